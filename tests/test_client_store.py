"""client.store against the real server, with both clients."""

from __future__ import annotations

import pytest

from tests._client_api import Api, unique, wire

pytest_plugins = ["tests._client_fixtures"]


async def test_put_get_and_delete_an_item(api: Api) -> None:
    namespace = ["tests", unique("ns")]
    assert await api.store.put_item(namespace, "key", {"colour": "green", "n": 1}) is None
    item = await api.store.get_item(namespace, "key")
    assert item is not None
    assert list(item["namespace"]) == namespace
    assert item["key"] == "key"
    assert wire(item["value"]) == {"colour": "green", "n": 1}
    await api.store.put_item(namespace, "key", {"colour": "blue"})
    replaced = await api.store.get_item(namespace, "key")
    assert replaced is not None
    assert wire(replaced["value"]) == {"colour": "blue"}
    assert await api.store.delete_item(namespace, "key") is None
    assert await api.store.get_item(namespace, "key") is None


async def test_search_items_by_prefix_and_filter(api: Api) -> None:
    root = unique("search")
    await api.store.put_item([root, "a"], "one", {"kind": "x", "n": 1})
    await api.store.put_item([root, "b"], "two", {"kind": "y", "n": 2})
    await api.store.put_item([root, "b"], "three", {"kind": "x", "n": 3})
    every = await api.store.search_items([root])
    assert {item["key"] for item in every["items"]} == {"one", "two", "three"}
    only_x = await api.store.search_items([root], filter={"kind": "x"})
    assert {item["key"] for item in only_x["items"]} == {"one", "three"}
    under_b = await api.store.search_items([root, "b"], limit=1)
    assert len(under_b["items"]) == 1
    assert list(under_b["items"][0]["namespace"]) == [root, "b"]


async def test_list_namespaces(api: Api) -> None:
    root = unique("list")
    await api.store.put_item([root, "a", "deep"], "k", {"v": 1})
    await api.store.put_item([root, "b"], "k", {"v": 2})
    listed = await api.store.list_namespaces(prefix=[root])
    assert sorted(map(list, listed["namespaces"])) == [[root, "a", "deep"], [root, "b"]]
    cut = await api.store.list_namespaces(prefix=[root], max_depth=2)
    assert sorted(map(list, cut["namespaces"])) == [[root, "a"], [root, "b"]]
    by_suffix = await api.store.list_namespaces(prefix=[root], suffix=["deep"])
    assert [list(ns) for ns in by_suffix["namespaces"]] == [[root, "a", "deep"]]


async def test_a_graph_writes_to_the_store(api: Api) -> None:
    said = unique("remember")
    await api.runs.wait(None, "storing", input={"messages": [{"role": "user", "content": said}]})
    item = await api.store.get_item(["memories"], "last")
    assert item is not None
    assert wire(item["value"]) == {"content": said}


async def test_a_namespace_label_with_a_period_is_refused_before_sending(api: Api) -> None:
    with pytest.raises(ValueError, match="period"):
        await api.store.put_item(["a.b"], "k", {"v": 1})

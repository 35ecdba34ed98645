"""client.assistants against the real server, with both clients."""

from __future__ import annotations

import pytest
from langgraph_client.errors import ConflictError, NotFoundError, UnprocessableEntityError

from tests._client_api import Api, unique
from tests._server import oldest_server

pytest_plugins = ["tests._client_fixtures"]

MISSING = "00000000-0000-4000-8000-000000000000"


async def system_assistant(api: Api, graph_id: str) -> str:
    """The id of the assistant the server made for ``graph_id`` at startup."""
    found = await api.assistants.search(graph_id=graph_id, metadata={"created_by": "system"})
    assert len(found) == 1
    return str(found[0]["assistant_id"])


async def test_create_returns_the_assistant_with_its_fields(api: Api) -> None:
    name = unique("assistant")
    created = await api.assistants.create(
        "agent",
        config={"tags": ["from-test"], "recursion_limit": 7},
        context={"reply_prefix": "ctx"},
        metadata={"owner": name},
        name=name,
        description="made by a test",
    )
    assert created["graph_id"] == "agent"
    assert created["name"] == name
    assert created["description"] == "made by a test"
    assert dict(created["metadata"]) == {"owner": name}
    assert dict(created["context"]) == {"reply_prefix": "ctx"}
    assert created["config"]["tags"] == ["from-test"]
    assert created["config"]["recursion_limit"] == 7
    assert created["version"] == 1
    assert str(created.assistant_id) == created["assistant_id"]


async def test_create_with_an_existing_id(api: Api) -> None:
    first = await api.assistants.create("agent", name=unique())
    kept = await api.assistants.create(
        "slow", assistant_id=str(first["assistant_id"]), if_exists="do_nothing"
    )
    assert kept["assistant_id"] == first["assistant_id"]
    assert kept["graph_id"] == "agent"
    with pytest.raises(ConflictError) as caught:
        await api.assistants.create(
            "agent", assistant_id=str(first["assistant_id"]), if_exists="raise"
        )
    assert caught.value.status_code == 409


async def test_get_returns_the_assistant(api: Api) -> None:
    assistant_id = await system_assistant(api, "agent")
    got = await api.assistants.get(assistant_id)
    assert str(got["assistant_id"]) == assistant_id
    assert got["graph_id"] == "agent"
    assert got["metadata"]["created_by"] == "system"


async def test_get_of_a_missing_assistant_is_not_found(api: Api) -> None:
    with pytest.raises(NotFoundError) as caught:
        await api.assistants.get(MISSING)
    assert caught.value.status_code == 404


async def test_get_by_graph_id_is_refused_by_the_server(api: Api) -> None:
    # The server takes only assistant UUIDs on this route (graph ids work for runs).
    with pytest.raises(UnprocessableEntityError, match="must be a UUID"):
        await api.assistants.get("agent")


async def test_get_graph_draws_nodes_and_edges(api: Api) -> None:
    drawing = await api.assistants.get_graph(await system_assistant(api, "agent"))
    assert [node["id"] for node in drawing["nodes"]] == ["__start__", "reply", "__end__"]
    edges = {(edge["source"], edge["target"]) for edge in drawing["edges"]}
    assert edges == {("__start__", "reply"), ("reply", "__end__")}


async def test_get_graph_with_xray_draws_the_subgraph(api: Api) -> None:
    assistant_id = await system_assistant(api, "subgraph")
    flat = await api.assistants.get_graph(assistant_id)
    deep = await api.assistants.get_graph(assistant_id, xray=True)
    assert "child" in {node["id"] for node in flat["nodes"]}
    assert "child:reply" in {node["id"] for node in deep["nodes"]}


async def test_get_schemas_describes_the_state(api: Api) -> None:
    assistant_id = await system_assistant(api, "self_call")
    schemas = await api.assistants.get_schemas(assistant_id)
    assert schemas["graph_id"] == "self_call"
    assert set(schemas["state_schema"]["properties"]) == {"topic", "graph_ids", "thread_id"}
    assert "topic" in schemas["input_schema"]["properties"]


async def test_get_subgraphs_lists_them_by_namespace(api: Api) -> None:
    assistant_id = await system_assistant(api, "self_call")
    every = await api.assistants.get_subgraphs(assistant_id)
    assert set(every) == {"inner"}
    assert "thread_id" in every["inner"]["state_schema"]["properties"]
    one = await api.assistants.get_subgraphs(assistant_id, namespace="inner", recurse=True)
    assert set(one) == {"inner"}


async def test_update_makes_a_new_version(api: Api) -> None:
    created = await api.assistants.create("agent", name=unique(), metadata={"a": 1})
    assistant_id = str(created["assistant_id"])
    updated = await api.assistants.update(
        assistant_id, metadata={"b": 2}, name="renamed", description="second"
    )
    assert updated["version"] == 2
    assert updated["name"] == "renamed"
    assert updated["description"] == "second"
    assert dict(updated["metadata"]) == {"a": 1, "b": 2}


async def test_get_versions_and_set_latest(api: Api) -> None:
    created = await api.assistants.create("agent", name="v1")
    assistant_id = str(created["assistant_id"])
    await api.assistants.update(assistant_id, name="v2", metadata={"round": 2})
    versions = await api.assistants.get_versions(assistant_id)
    assert [version["version"] for version in versions] == [2, 1]
    assert [version["name"] for version in versions] == ["v2", "v1"]
    only = await api.assistants.get_versions(assistant_id, metadata={"round": 2})
    assert [version["version"] for version in only] == [2]
    paged = await api.assistants.get_versions(assistant_id, limit=1, offset=1)
    assert [version["version"] for version in paged] == [1]

    back = await api.assistants.set_latest(assistant_id, 1)
    assert back["version"] == 1
    # langgraph-api 0.4.48 keeps the name out of the versions: it stays v2.
    name = "v2" if oldest_server() else "v1"
    assert back["name"] == name
    assert (await api.assistants.get(assistant_id))["name"] == name


async def test_delete_removes_the_assistant(api: Api) -> None:
    created = await api.assistants.create("agent", name=unique())
    assistant_id = str(created["assistant_id"])
    assert await api.assistants.delete(assistant_id) is None
    with pytest.raises(NotFoundError):
        await api.assistants.get(assistant_id)


async def test_delete_with_its_threads(api: Api) -> None:
    created = await api.assistants.create("agent", name=unique())
    assistant_id = str(created["assistant_id"])
    thread = await api.threads.create()
    await api.runs.wait(str(thread["thread_id"]), assistant_id, input={"messages": []})
    await api.assistants.delete(assistant_id, delete_threads=True)
    if oldest_server():  # langgraph-api 0.4.48 ignores delete_threads: the thread stays
        assert (await api.threads.get(str(thread["thread_id"])))["status"] == "idle"
        return
    with pytest.raises(NotFoundError):
        await api.threads.get(str(thread["thread_id"]))


async def test_search_filters_and_pages(api: Api) -> None:
    tag = unique("search")
    for name in ("first", "second", "third"):
        await api.assistants.create("agent", name=name, metadata={"tag": tag})
    found = await api.assistants.search(metadata={"tag": tag}, sort_by="name", sort_order="asc")
    assert [assistant["name"] for assistant in found] == ["first", "second", "third"]
    by_name = await api.assistants.search(metadata={"tag": tag}, name="second")
    # langgraph-api 0.4.48 has no name filter: the three come back.
    expected = ["first", "second", "third"] if oldest_server() else ["second"]
    assert sorted(assistant["name"] for assistant in by_name) == expected
    assert await api.assistants.search(metadata={"tag": tag}, graph_id="slow") == []


async def test_search_as_an_object_names_the_next_page(api: Api) -> None:
    tag = unique("page")
    for name in ("a", "b", "c"):
        await api.assistants.create("agent", name=name, metadata={"tag": tag})
    page = await api.assistants.search(
        metadata={"tag": tag},
        limit=2,
        sort_by="name",
        sort_order="asc",
        response_format="object",
    )
    assert [assistant["name"] for assistant in page["assistants"]] == ["a", "b"]
    assert page["next"] == "2"
    last = await api.assistants.search(
        metadata={"tag": tag},
        limit=2,
        offset=2,
        sort_by="name",
        sort_order="asc",
        response_format="object",
    )
    assert [assistant["name"] for assistant in last["assistants"]] == ["c"]
    assert last["next"] is None


async def test_search_with_select_returns_only_those_fields(api: Api) -> None:
    tag = unique("select")
    await api.assistants.create("agent", name="picked", metadata={"tag": tag})
    found = await api.assistants.search(metadata={"tag": tag}, select=["assistant_id", "name"])
    assert len(found) == 1
    assert found[0]["name"] == "picked"
    assert "graph_id" not in found[0]


async def test_count(api: Api) -> None:
    tag = unique("count")
    for name in ("x", "y"):
        await api.assistants.create("agent", name=name, metadata={"tag": tag})
    assert await api.assistants.count(metadata={"tag": tag}) == 2
    # langgraph-api 0.4.48 has no name filter: both are counted.
    assert await api.assistants.count(metadata={"tag": tag}, name="x") == (
        2 if oldest_server() else 1
    )
    assert await api.assistants.count(metadata={"tag": tag}, graph_id="slow") == 0

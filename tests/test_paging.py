"""The ``iter_*`` methods against the real server, with both clients: every match, each
once, in the order of the list method, whatever the page size."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from langgraph_api_client.api.crons import create_cron, search_crons
from langgraph_client import get_sync_client

from tests._client_api import Api, unique

pytest_plugins = ["tests._client_fixtures"]

THREADS = 250
YEARLY = "0 0 1 1 *"


@pytest.fixture(scope="module")
def tagged_threads(server_url: str) -> Iterator[tuple[str, list[str]]]:
    """250 threads under a label of their own, and their ids as ``search`` orders them."""
    tag = unique("paging")
    with get_sync_client(url=server_url, api_key=None) as client:
        for _ in range(THREADS):
            client.threads.create(metadata={"paging": tag})
        found = client.threads.search(metadata={"paging": tag}, limit=1000)
        yield tag, [str(thread["thread_id"]) for thread in found]


def ids(items: list[Any], key: str) -> list[str]:
    return [str(item[key]) for item in items]


@pytest.mark.parametrize("page_size", [7, 100])
async def test_iter_search_yields_every_thread_once_in_search_order(
    api: Api, tagged_threads: tuple[str, list[str]], page_size: int
) -> None:
    tag, expected = tagged_threads
    assert len(expected) == THREADS
    found = await api.threads.iter_search(metadata={"paging": tag}, page_size=page_size)
    assert ids(found, "thread_id") == expected


class CountingTransport(httpx.HTTPTransport):
    """The real transport, recording the path of each request it sends."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return super().handle_request(request)


def test_iter_search_stops_at_the_page_the_server_says_is_the_last(
    server_url: str, tagged_threads: tuple[str, list[str]]
) -> None:
    """250 threads in pages of 10: 25 requests, none after the last page (which is full, so
    only the server's headers can tell it is the last)."""
    tag, expected = tagged_threads
    transport = CountingTransport()
    with get_sync_client(url=server_url, api_key=None, transport=transport) as client:
        found = list(client.threads.iter_search(metadata={"paging": tag}, page_size=10))
    assert ids(found, "thread_id") == expected
    assert transport.paths == ["/threads/search"] * (THREADS // 10)


async def test_iter_search_of_threads_takes_the_filters_of_search(
    api: Api, tagged_threads: tuple[str, list[str]]
) -> None:
    tag, expected = tagged_threads
    found = await api.threads.iter_search(
        metadata={"paging": tag}, sort_by="thread_id", sort_order="asc", page_size=50
    )
    assert ids(found, "thread_id") == sorted(expected)


async def test_iter_search_with_a_page_size_of_zero_is_refused(api: Api) -> None:
    with pytest.raises(ValueError, match="page_size"):
        await api.threads.iter_search(page_size=0)


async def test_iter_search_yields_every_assistant_once(api: Api) -> None:
    tag = unique()
    made = [await api.assistants.create("agent", metadata={"tag": tag}) for _ in range(9)]
    found = await api.assistants.iter_search(metadata={"tag": tag}, page_size=4)
    assert sorted(ids(found, "assistant_id")) == sorted(ids(made, "assistant_id"))
    assert len(found) == 9


@pytest.mark.operation(create_cron, search_crons)
async def test_iter_search_yields_every_cron_once(api: Api) -> None:
    tag = unique()
    made = [
        await api.crons.create("agent", schedule=YEARLY, metadata={"tag": tag}) for _ in range(5)
    ]
    found = await api.crons.iter_search(metadata={"tag": tag}, page_size=2)
    assert sorted(ids(found, "cron_id")) == sorted(ids(made, "cron_id"))
    assert len(found) == 5


async def test_iter_search_items_yields_every_store_item_once(api: Api) -> None:
    namespace = ["paging", unique()]
    for n in range(12):
        await api.store.put_item(namespace, f"k{n:02}", {"n": n})
    found = await api.store.iter_search_items(namespace, page_size=5)
    assert sorted(item["key"] for item in found) == [f"k{n:02}" for n in range(12)]


async def test_iter_search_items_takes_the_filter_of_search_items(api: Api) -> None:
    namespace = ["paging", unique()]
    for n in range(8):
        await api.store.put_item(namespace, f"k{n}", {"even": n % 2 == 0})
    found = await api.store.iter_search_items(namespace, filter={"even": True}, page_size=3)
    assert sorted(item["key"] for item in found) == ["k0", "k2", "k4", "k6"]


async def test_iter_list_yields_every_run_once_in_list_order(api: Api) -> None:
    thread_id = str((await api.threads.create())["thread_id"])
    for _ in range(5):
        await api.runs.wait(thread_id, "agent", input={"messages": []})
    expected = ids(await api.runs.list(thread_id, limit=100), "run_id")
    assert len(expected) == 5
    assert ids(await api.runs.iter_list(thread_id, page_size=2), "run_id") == expected


async def test_iter_history_yields_every_state_once_newest_first(api: Api) -> None:
    thread_id = str((await api.threads.create())["thread_id"])
    for _ in range(3):
        await api.runs.wait(thread_id, "agent", input={"messages": []})
    expected = await api.threads.get_history(thread_id, limit=1000)
    assert len(expected) > 6
    found = await api.threads.iter_history(thread_id, page_size=3)
    key = [state["checkpoint"]["checkpoint_id"] for state in expected]
    assert [state["checkpoint"]["checkpoint_id"] for state in found] == key


async def test_iter_history_without_the_checkpoint_in_select_is_refused(api: Api) -> None:
    with pytest.raises(ValueError, match="checkpoint"):
        await api.threads.iter_history("any", select=["values"])

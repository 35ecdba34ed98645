"""Creates that are safe to retry, through the fault-injecting proxy: a create cut after
the server applied it is retried and returns the object made, never a second one; a
request that stays unsafe is sent once, and its error says whether it reached the server."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from langgraph_client import get_client, get_sync_client
from langgraph_client._core import AsyncCore, SyncCore
from langgraph_client.errors import APIConnectionError

from tests._client_api import Api, unique
from tests._proxy import Fault, FaultProxy
from tests._server import free_port

CUTS = 50


@pytest.fixture(scope="module")
def proxy(server_url: str) -> Iterator[FaultProxy]:
    with FaultProxy(server_url) as running:
        yield running


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between retries, recorded instead of waited."""
    delays: list[float] = []

    async def record(self: object, seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(AsyncCore, "_sleep", record)
    monkeypatch.setattr(SyncCore, "_sleep", record)
    return delays


@pytest.fixture(params=["async", "sync"])
async def api(
    request: pytest.FixtureRequest, proxy: FaultProxy, slept: list[float]
) -> AsyncIterator[Api]:
    """Both clients through the proxy, allowed enough retries to outlast the cuts."""
    proxy.clear()
    if request.param == "async":
        async with get_client(url=proxy.url, api_key=None) as client:
            yield Api(client.with_options(max_retries=CUTS))
    else:
        with get_sync_client(url=proxy.url, api_key=None) as sync_client:
            yield Api(sync_client.with_options(max_retries=CUTS))
    assert proxy.pending == 0


def cut(path: str, times: int = CUTS) -> Fault:
    """Drop the connection once the server has answered (so it has acted)."""
    return Fault(method="POST", path=path, reset_after_bytes=0, times=times)


async def test_a_thread_create_cut_50_times_makes_exactly_one_thread(
    api: Api, proxy: FaultProxy
) -> None:
    tag = unique()
    proxy.inject(cut(r"^/threads$"))
    thread = await api.threads.create(metadata={"tag": tag})
    assert len(proxy.seen("POST", r"^/threads$")) == CUTS + 1
    found = await api.threads.search(metadata={"tag": tag}, limit=100)
    assert [t["thread_id"] for t in found] == [thread["thread_id"]]


async def test_an_assistant_create_cut_50_times_makes_exactly_one_assistant(
    api: Api, proxy: FaultProxy
) -> None:
    tag = unique()
    proxy.inject(cut(r"^/assistants$"))
    assistant = await api.assistants.create("agent", metadata={"tag": tag})
    assert len(proxy.seen("POST", r"^/assistants$")) == CUTS + 1
    found = await api.assistants.search(metadata={"tag": tag}, limit=100)
    assert [a["assistant_id"] for a in found] == [assistant["assistant_id"]]


async def test_a_thread_create_with_the_callers_id_is_sent_once(
    api: Api, proxy: FaultProxy
) -> None:
    thread_id = unique("00000000")  # any string the caller picks
    proxy.inject(cut(r"^/threads$", times=1))
    with pytest.raises(APIConnectionError):
        await api.threads.create(thread_id=thread_id)
    assert len(proxy.seen("POST", r"^/threads$")) == 1


async def test_a_cut_run_create_is_sent_once_and_says_it_may_have_reached_the_server(
    api: Api, proxy: FaultProxy
) -> None:
    thread_id = str((await api.threads.create())["thread_id"])
    runs = rf"^/threads/{thread_id}/runs$"
    proxy.inject(cut(runs, times=1))
    with pytest.raises(APIConnectionError) as raised:
        await api.runs.create(thread_id, "agent", input={"messages": []})
    assert len(proxy.seen("POST", runs)) == 1
    assert raised.value.may_have_reached_server is True
    assert "may have reached the server" in str(raised.value)


@pytest.mark.parametrize("flavour", ["async", "sync"])
async def test_a_refused_run_create_says_it_did_not_reach_the_server(flavour: str) -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nobody listens there
    with pytest.raises(APIConnectionError) as raised:
        if flavour == "async":
            async with get_client(url=url, api_key=None) as client:
                await client.runs.create(None, "agent")
        else:
            with get_sync_client(url=url, api_key=None) as sync_client:
                sync_client.runs.create(None, "agent")
    assert raised.value.may_have_reached_server is False
    assert "did not reach the server" in str(raised.value)

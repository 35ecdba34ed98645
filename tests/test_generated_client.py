"""The generated endpoint functions get the client's behaviour: they are sent through the
``langgraph_client`` client (or its core) given as ``client=``.

Against the real server, through the fault-injecting proxy where a fault is needed: the
client's headers and API key, retries of requests safe to repeat (with ``Retry-After``) and
none of those that are not, a cut event stream resumed by ``stream``/``astream``, the answer
size cap, and ``UnsupportedOperationError`` from an old server. The generated package itself
imports nothing of the client.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from langgraph_api_client import errors
from langgraph_api_client.api.runs import stream_run
from langgraph_api_client.api.threads import (
    create_thread,
    get_thread,
    get_thread_storage,
    search_threads,
)
from langgraph_api_client.models import (
    RunCreateStreamingStateful,
    ThreadCreate,
    ThreadSearchRequest,
)
from langgraph_client import LangGraphClient, SyncLangGraphClient, get_client, get_sync_client

from tests._proxy import Fault, FaultProxy
from tests.conftest import serves

EVENTS = 60


@pytest.fixture(scope="module")
def proxy(server_url: str) -> Iterator[FaultProxy]:
    with FaultProxy(server_url) as running:
        yield running


@pytest.fixture
def sync_client(proxy: FaultProxy, slept: list[float]) -> Iterator[SyncLangGraphClient]:
    proxy.clear()
    with get_sync_client(url=proxy.url, api_key="sk-generated", headers={"x-team": "a"}) as c:
        yield c
    assert proxy.pending == 0


@pytest.fixture
async def async_client(proxy: FaultProxy, slept: list[float]) -> AsyncIterator[LangGraphClient]:
    proxy.clear()
    async with get_client(url=proxy.url, api_key="sk-generated", headers={"x-team": "a"}) as c:
        yield c
    assert proxy.pending == 0


def new_thread(client: SyncLangGraphClient) -> str:
    return str(create_thread.sync(client=client, body=ThreadCreate()).thread_id)


def test_the_sync_functions_send_the_clients_headers_and_api_key(
    sync_client: SyncLangGraphClient, proxy: FaultProxy
) -> None:
    thread_id = new_thread(sync_client)
    assert get_thread.sync(thread_id, client=sync_client)["thread_id"] == thread_id
    for seen in proxy.seen():
        assert seen.headers["x-api-key"] == "sk-generated"
        assert seen.headers["x-team"] == "a"
        assert seen.headers["user-agent"].startswith("langgraph-client-py/")


async def test_the_async_functions_send_the_clients_headers_and_api_key(
    async_client: LangGraphClient, proxy: FaultProxy
) -> None:
    created = await create_thread.asyncio(client=async_client, body=ThreadCreate())
    detailed = await get_thread.asyncio_detailed(created.thread_id, client=async_client)
    assert detailed.status_code == 200
    assert detailed.parsed == created
    assert detailed.headers["content-type"].startswith("application/json")
    (seen,) = proxy.seen("GET")
    assert (seen.headers["x-api-key"], seen.headers["x-team"]) == ("sk-generated", "a")


def test_the_core_itself_is_a_client_for_them(server_url: str) -> None:
    with get_sync_client(url=server_url, api_key=None) as client:
        thread = create_thread.sync(client=client._core, body=ThreadCreate())
        assert get_thread.sync_detailed(thread.thread_id, client=client._core).parsed == thread


def test_a_get_is_retried_after_a_503_as_its_retry_after_asks(
    sync_client: SyncLangGraphClient, proxy: FaultProxy, slept: list[float]
) -> None:
    thread_id = new_thread(sync_client)
    proxy.inject(Fault(method="GET", path="/threads/", status=503, retry_after="3"))
    assert get_thread.sync(thread_id, client=sync_client)["thread_id"] == thread_id
    assert proxy.faults["status 503"] == 1
    assert slept == [3.0]
    assert len(proxy.seen("GET")) == 2


async def test_a_search_is_retried_as_the_spec_marks_it_safe_to_repeat(
    async_client: LangGraphClient, proxy: FaultProxy, slept: list[float]
) -> None:
    assert search_threads.RETRY_SAFE is True  # a POST marked x-retry-safe in openapi.yaml
    proxy.inject(Fault(method="POST", path="/threads/search", status=503, retry_after="0"))
    found = await search_threads.asyncio(client=async_client, body=ThreadSearchRequest(limit=1))
    assert isinstance(found, list)
    assert len(proxy.seen("POST", "/threads/search")) == 2
    assert slept == [0.0]


def test_a_create_is_not_retried(sync_client: SyncLangGraphClient, proxy: FaultProxy) -> None:
    assert create_thread.RETRY_SAFE is False
    proxy.inject(Fault(method="POST", path="/threads$", status=503, retry_after="0"))
    with pytest.raises(errors.InternalServerError) as refused:
        create_thread.sync(client=sync_client, body=ThreadCreate())
    assert refused.value.status_code == 503
    assert len(proxy.seen("POST")) == 1


def burst_body(events: int, *, resumable: bool = True) -> RunCreateStreamingStateful:
    return RunCreateStreamingStateful.from_dict(
        {
            "assistant_id": "burst",
            "input": {},
            "stream_mode": ["custom"],
            "stream_resumable": resumable,
            "context": {"events": events, "batch": 5},
        }
    )


def custom_indexes(parts: list[Any]) -> list[int]:
    return [part.data["i"] for part in parts if part.event == "custom"]


def test_stream_resumes_a_cut_stream_each_event_once(
    sync_client: SyncLangGraphClient, proxy: FaultProxy
) -> None:
    thread_id = new_thread(sync_client)
    proxy.inject(Fault(method="POST", path="/runs/stream", reset_after_events=10))
    with stream_run.stream(thread_id, client=sync_client, body=burst_body(EVENTS)) as events:
        parts = list(events)
    assert proxy.faults["connection reset"] == 1
    assert len(proxy.seen("GET", r"/runs/[^/]+/stream")) >= 1  # the resumed stream
    assert custom_indexes(parts) == list(range(EVENTS))


async def test_astream_resumes_a_cut_stream_each_event_once(
    async_client: LangGraphClient, proxy: FaultProxy
) -> None:
    created = await create_thread.asyncio(client=async_client, body=ThreadCreate())
    proxy.inject(Fault(method="POST", path="/runs/stream", reset_after_events=10))
    async with stream_run.astream(
        created.thread_id, client=async_client, body=burst_body(EVENTS)
    ) as events:
        parts = [part async for part in events]
    assert proxy.faults["connection reset"] == 1
    assert custom_indexes(parts) == list(range(EVENTS))


def test_a_stream_not_asked_to_be_resumable_is_not_resumed(
    sync_client: SyncLangGraphClient, proxy: FaultProxy
) -> None:
    from langgraph_client.errors import StreamReconnectError

    thread_id = new_thread(sync_client)
    body = burst_body(EVENTS, resumable=False)
    proxy.inject(Fault(method="POST", path="/runs/stream", reset_after_events=10))
    with (
        pytest.raises(StreamReconnectError),
        stream_run.stream(thread_id, client=sync_client, body=body) as events,
    ):
        list(events)
    assert proxy.seen("GET", r"/runs/[^/]+/stream") == []


def test_an_answer_over_the_size_cap_is_refused(
    server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from langgraph_client import _constants

    with get_sync_client(url=server_url, api_key=None) as client:
        thread_id = new_thread(client)
        monkeypatch.setattr(_constants, "MAX_RESPONSE_BYTES", 16)
        with pytest.raises(errors.APIResponseValidationError, match="larger than 16 bytes"):
            get_thread.sync(thread_id, client=client)


async def test_an_operation_an_old_server_lacks_raises_unsupported_operation(
    server_url: str, server_version: str
) -> None:
    async with get_client(url=server_url, api_key=None) as client:
        created = await create_thread.asyncio(client=client, body=ThreadCreate())
        if serves(server_version, get_thread_storage):
            storage = await get_thread_storage.asyncio(created.thread_id, client=client)
            assert storage.total_bytes == 0
            return
        with pytest.raises(errors.UnsupportedOperationError) as caught:
            await get_thread_storage.asyncio(created.thread_id, client=client)
    assert caught.value.since == get_thread_storage.SINCE
    assert caught.value.server_version == server_version
    assert isinstance(caught.value, errors.NotFoundError)  # a 404 still


def test_the_generated_package_imports_without_the_client() -> None:
    code = (
        "import sys\n"
        "from langgraph_api_client.api.runs import stream_run\n"
        "from langgraph_api_client.api.threads import get_thread\n"
        "import langgraph_api_client.client\n"
        "assert 'langgraph_client' not in sys.modules, 'the client was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

"""Stream hooks and the reconnect budget: ``on_connect``, ``on_reconnect``, ``max_reconnects``
and ``reconnect_backoff_cap``, per client and per call (``with_options``), on both clients.

Streams of the real server are cut by the fault-injecting proxy in front of it; the clients'
waits are recorded instead of slept (``slept``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from langgraph_client import get_client, get_sync_client
from langgraph_client._core import AsyncCore, SyncCore
from langgraph_client.errors import StreamReconnectError

from tests._client_api import Api, client_of
from tests._proxy import Fault, FaultProxy

STREAM = r"/runs/(stream|[^/]+/stream)"
RESUME = r"/runs/[^/]+/stream"


@pytest.fixture(scope="module")
def proxy(server_url: str) -> Iterator[FaultProxy]:
    with FaultProxy(server_url) as running:
        yield running


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
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
    proxy.clear()
    async with client_of(request.param, proxy.url, api_key=None) as both:
        yield both
    assert proxy.pending == 0


async def burst(api: Api, events: int = 200) -> list[Any]:
    thread = await api.threads.create()
    parts = await api.runs.stream(
        thread["thread_id"],
        "burst",
        input={},
        stream_mode="custom",
        stream_resumable=True,
        context={"events": events, "batch": 5, "linger": 0.0},
    )
    return [part.data["i"] for part in parts if part.event == "custom"]


async def test_hooks_see_every_connection_and_reconnection(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    connected: list[int] = []
    reconnects: list[tuple[int, float, type[BaseException] | None]] = []
    hooked = api.client.with_options(
        on_connect=lambda response: connected.append(response.status_code),
        on_reconnect=lambda attempt, delay, error: reconnects.append(
            (attempt, delay, type(error) if error else None)
        ),
    )
    proxy.inject(Fault(method="POST", path=STREAM, reset_after_events=30))
    proxy.inject(Fault(method="GET", path=RESUME, reset_after_events=30))
    indexes = await burst(Api(hooked))
    assert indexes == list(range(200))
    assert connected == [200, 200, 200]  # the first answer and two reconnections
    assert [attempt for attempt, _, _ in reconnects] == [1, 1]  # each resumed stream read on
    assert [delay for _, delay, _ in reconnects] == slept
    errors = [error for *_, error in reconnects]
    assert all(error is not None and issubclass(error, httpx.TransportError) for error in errors)


async def test_max_reconnects_is_the_budget_of_attempts_in_a_row(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    attempts: list[int] = []
    strict = api.client.with_options(
        max_reconnects=2, on_reconnect=lambda attempt, delay, error: attempts.append(attempt)
    )
    proxy.inject(Fault(method="POST", path=STREAM, reset_after_events=10))
    proxy.inject(Fault(method="GET", path=RESUME, status=503, times=5))
    with pytest.raises(StreamReconnectError) as raised:
        await burst(Api(strict))
    assert attempts == [1, 2]
    assert raised.value.attempts == 3
    assert "reconnect_limit=2" in str(raised.value)
    proxy.clear()


async def test_backoff_is_capped_by_reconnect_backoff_cap(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    capped = api.client.with_options(max_reconnects=4, reconnect_backoff_cap=0.25)
    proxy.inject(Fault(method="POST", path=STREAM, reset_after_events=10))
    proxy.inject(Fault(method="GET", path=RESUME, status=502, times=3))
    assert await burst(Api(capped)) == list(range(200))
    assert len(slept) == 4 and max(slept) <= 0.25


async def test_a_hook_that_raises_stops_the_stream_with_its_error(
    api: Api, proxy: FaultProxy
) -> None:
    def refuse(response: httpx.Response) -> None:
        raise RuntimeError("not this one")

    with pytest.raises(RuntimeError, match="not this one"):
        await burst(Api(api.client.with_options(on_connect=refuse)))


async def test_an_async_hook_is_awaited_on_the_async_client(
    server_url: str, proxy: FaultProxy, slept: list[float]
) -> None:
    seen: list[int] = []

    async def on_reconnect(attempt: int, delay: float, error: Exception | None) -> None:
        seen.append(attempt)

    proxy.clear()
    proxy.inject(Fault(method="POST", path=STREAM, reset_after_events=10))
    async with get_client(url=proxy.url, api_key=None) as client:
        hooked = client.with_options(on_reconnect=on_reconnect)
        assert await burst(Api(hooked)) == list(range(200))
    assert seen == [1]


def test_the_sync_client_refuses_an_async_hook(proxy: FaultProxy, slept: list[float]) -> None:
    async def on_reconnect(attempt: int, delay: float, error: Exception | None) -> None:
        raise AssertionError("never awaited")

    proxy.clear()
    proxy.inject(Fault(method="POST", path=STREAM, reset_after_events=10))
    with get_sync_client(url=proxy.url, api_key=None) as client:
        hooked = client.with_options(on_reconnect=on_reconnect)
        thread = hooked.threads.create()
        stream = hooked.runs.stream(
            thread["thread_id"],
            "burst",
            input={},
            stream_mode="custom",
            stream_resumable=True,
            context={"events": 200, "batch": 5, "linger": 0.0},
        )
        with pytest.raises(TypeError, match="plain functions"):
            list(stream)


@pytest.mark.parametrize(
    ("option", "value"), [("max_reconnects", -1), ("reconnect_backoff_cap", -0.5)]
)
def test_a_negative_budget_is_refused_naming_it(option: str, value: Any) -> None:
    client = get_sync_client(url="http://127.0.0.1:9", api_key=None)
    with pytest.raises(ValueError, match=option):
        client.with_options(**{option: value})

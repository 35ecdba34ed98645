"""A thread stream (``client.threads.stream``) whose event connection is cut, over SSE and over
a websocket, through the fault proxy in front of the real server: the events go on once each,
in order, and the reconnections keep the client's rules (``on_reconnect``, ``max_reconnects``,
``StreamReconnectError`` with ``attempts``) whichever the transport."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from langgraph_api_client.api.streaming import stream_thread_events
from langgraph_client._constants import MAX_RETRY_AFTER
from langgraph_client._core import HEARTBEAT
from langgraph_client.errors import (
    APIConnectionError,
    StreamReconnectError,
    UnsupportedOperationError,
)
from langgraph_client.protocol import _End, _Feed
from langgraph_client.sse import StreamPart

from tests._client_api import Api, client_of, read_until
from tests._proxy import Fault, FaultProxy
from tests._server import free_port

pytest_plugins = ["tests._client_fixtures"]

#: The tests that reach the server's thread stream (langgraph-api 0.9 on).
served = pytest.mark.operation(stream_thread_events)

#: The thread stream's event connection: an SSE POST, or a websocket's GET handshake.
EVENTS_ROUTE = r"/threads/[^/]+/stream/events"
EVENTS = 300


@pytest.fixture(params=["sse", "websocket"])
def transport(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def index_of(event: Any) -> int | None:
    """The ``i`` of a ``burst`` graph's custom event."""
    data = event["params"]["data"]
    payload = data.get("payload", data) if isinstance(data, dict) else None
    return payload.get("i") if isinstance(payload, dict) else None


async def custom_events(client: Any, thread_id: str, transport: str, last: Any) -> list[Any]:
    """The custom events of the thread, read up to ``last`` from a thread stream."""
    made = client.threads.stream(thread_id, assistant_id="burst", transport=transport)
    if hasattr(made, "__aenter__"):
        async with made as thread:
            return await read_until(thread.subscribe(["custom"]), last)
    with made as thread:
        return await read_until(thread.subscribe(["custom"]), last)


async def burst_events(client: Any, api: Api, proxy: FaultProxy, transport: str) -> list[int]:
    """The indexes of the custom events of a run of ``burst`` (``EVENTS`` of them, the run
    kept running a while after), read from the thread stream of ``client``."""
    thread_id = str((await api.threads.create())["thread_id"])
    context = {"events": EVENTS, "batch": 5, "linger": 0.3}
    await api.runs.create(
        thread_id, "burst", input={}, stream_mode="custom", stream_resumable=True, context=context
    )
    last = lambda event: index_of(event) == EVENTS - 1  # noqa: E731
    try:
        got = await custom_events(client, thread_id, transport, last)
    except UnsupportedOperationError:
        proxy.clear()  # a server before the protocol: the faults never came
        raise
    return [i for i in map(index_of, got) if i is not None]


@served
async def test_a_cut_connection_is_resumed_with_each_event_once_and_the_hook_told(
    proxied: Api, proxy: FaultProxy, slept: list[float], transport: str
) -> None:
    reconnects: list[tuple[int, float, Exception | None]] = []
    hooked = proxied.client.with_options(
        on_reconnect=lambda attempt, delay, error: reconnects.append((attempt, delay, error))
    )
    proxy.inject(Fault(path=EVENTS_ROUTE, reset_after_events=40))
    indexes = await burst_events(hooked, proxied, proxy, transport)
    assert proxy.faults["connection reset"] == 1
    assert indexes == list(range(EVENTS))
    assert [attempt for attempt, _, _ in reconnects] == [1]
    assert [delay for _, delay, _ in reconnects] == slept
    (_, _, error), *_ = reconnects
    assert error is not None  # what cut it
    assert len(proxy.seen(path=EVENTS_ROUTE)) == 2


#: How each reconnection fails, and how many attempts (the first connection's cut included)
#: are made with ``max_reconnects=2``: refused (a 503 asking for a one-second wait), cut
#: before its first event, or refused asking for a wait longer than the client ever waits
#: (given up at once).
FAILING = {
    "refused": ({"status": 503, "retry_after": "1"}, 3),
    "cut-before-any-event": ({"reset_after_events": 0}, 3),
    "asked-to-wait-an-hour": ({"status": 503, "retry_after": "3600"}, 2),
}


@served
@pytest.mark.parametrize(("again", "made"), FAILING.values(), ids=FAILING)
async def test_reconnections_that_fail_run_out_with_a_typed_error_counting_them(
    proxied: Api,
    proxy: FaultProxy,
    slept: list[float],
    transport: str,
    again: dict[str, Any],
    made: int,
) -> None:
    attempts: list[int] = []
    strict = proxied.client.with_options(
        max_reconnects=2, on_reconnect=lambda attempt, delay, error: attempts.append(attempt)
    )
    proxy.inject(
        Fault(path=EVENTS_ROUTE, reset_after_events=10),
        Fault(path=EVENTS_ROUTE, times=made - 1, **again),  # each reconnection
    )
    with pytest.raises(StreamReconnectError) as raised:
        await burst_events(strict, proxied, proxy, transport)
    assert isinstance(raised.value, APIConnectionError)  # what it was before
    assert attempts == list(range(1, made))
    assert raised.value.attempts == made  # type: ignore[attr-defined]
    message = str(raised.value)
    said = "refused with 503" if "status" in again else "cut"
    if again.get("retry_after") == "3600":  # the reason is the wait asked, not the limit
        said += "; the server asked to wait 3600 s, more than the 60 s the client waits"
        assert "reconnect_limit" not in message
    else:
        assert "reconnect_limit=2" in message
    assert said in message
    assert transport != "websocket" or "websocket" in message
    assert sum(proxy.faults.values()) == made
    assert len(slept) == made - 1 and max(slept) <= MAX_RETRY_AFTER  # never the server's hour
    if again.get("retry_after") == "1":
        assert slept[1] == 1.0  # the refusal's Retry-After


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_a_connection_that_never_opened_is_no_reconnection(
    kind: str, slept: list[float], transport: str
) -> None:
    reconnects: list[int] = []
    async with client_of(kind, f"http://127.0.0.1:{free_port()}", api_key=None) as api:
        hooked = api.client.with_options(
            on_reconnect=lambda attempt, delay, error: reconnects.append(attempt)
        )
        with pytest.raises(APIConnectionError) as raised:
            await custom_events(hooked, str(uuid.uuid4()), transport, lambda event: True)
    assert not isinstance(raised.value, StreamReconnectError)
    assert raised.value.attempts == 1  # type: ignore[attr-defined]
    assert reconnects == [] and slept == []


def _scripted_sockets(monkeypatch: pytest.MonkeyPatch, answered: bool) -> list[int]:
    """Stand-in sockets (the real server cannot be made to cut a quiet socket): each is
    answered (a success for the subscription, if `answered`), then quiet (`recv` gives None, as
    after QUIET seconds without a frame), then cut; the fourth brings an event and ends the
    feed. Gives the list of sockets opened."""
    from langgraph_client import _websocket
    from websockets.exceptions import ConnectionClosed
    from websockets.frames import Close

    opened: list[int] = []
    success = json.dumps({"type": "success", "id": 1, "result": {}})
    event = json.dumps({"type": "event", "method": "values", "seq": 1, "params": {"data": {}}})

    class Socket:
        def __init__(self, blocking: bool) -> None:
            self.frames: list[str | None] = []

        async def open(self, url: str, headers: Any, agent: Any) -> None:
            opened.append(len(opened))
            self.frames = ([success] if answered else []) + ([None] if len(opened) < 4 else [event])

        async def send(self, text: str) -> None:
            assert json.loads(text)["method"] == "subscription.subscribe"

        async def recv(self) -> str | None:
            if self.frames:
                return self.frames.pop(0)
            if len(opened) < 4:
                raise ConnectionClosed(None, None)  # cut, without a close frame
            raise ConnectionClosed(Close(1000, ""), None)  # the feed ends

        async def close(self) -> None:
            pass

    monkeypatch.setattr(_websocket, "_Socket", Socket)
    return opened


@pytest.mark.parametrize("answered", [True, False], ids=["subscribed", "never-answered"])
async def test_a_websocket_cut_after_a_quiet_spell_restarts_the_count_once_subscribed(
    monkeypatch: pytest.MonkeyPatch, slept: list[float], answered: bool
) -> None:
    # A socket whose subscription was answered and that stayed open through a quiet spell
    # worked: max_reconnects=2 is never reached however many such cuts. One never answered
    # did not: a server that accepts, stays quiet and cuts runs the count out.
    from langgraph_client import _websocket

    opened = _scripted_sockets(monkeypatch, answered)
    attempts: list[int] = []
    async with client_of("async", f"http://127.0.0.1:{free_port()}", api_key=None) as api:
        core = api.client.with_options(
            max_reconnects=2,
            on_reconnect=lambda attempt, delay, error: attempts.append(attempt),
        )._core
        parts = _websocket.websocket_parts(
            core,
            "/threads/t/stream/events",
            {},
            lambda: {"channels": ["values"]},
            lambda: None,
            False,
        )
        if answered:
            events = [part.event async for part in parts if part is not HEARTBEAT]
            assert events == ["values"]
            assert len(opened) == 4 and attempts == [1, 1, 1]
        else:
            with pytest.raises(StreamReconnectError):
                [part async for part in parts]
            assert len(opened) == 3 and attempts == [1, 2]


async def test_a_connection_that_failed_is_opened_again_at_the_next_read() -> None:
    # Whatever a connection raises (a refusal such as 401 on reconnection, an on_reconnect
    # hook's error, ...), the next read opens a new connection: it is not the stream's end.
    # A stand-in connection: the real server cannot be made to fail so on demand.
    event = {"type": "event", "seq": 3, "method": "values", "params": {"namespace": [], "data": {}}}
    opened: list[int] = []

    class Feed(_Feed):
        async def _connect(self) -> Any:  # type: ignore[override]
            opened.append(len(opened))
            if len(opened) == 1:
                raise RuntimeError("the hook failed")
            yield StreamPart(event="values", data=event)

    async with client_of("async", f"http://127.0.0.1:{free_port()}", api_key=None) as api:
        feed = Feed(api.client.threads.stream("t", assistant_id="agent"), ["values"])
        with pytest.raises(RuntimeError, match="the hook failed"):
            await feed.read()
        read = await feed.read()
    assert not isinstance(read, _End) and read is not None and read.seq == 3
    assert opened == [0, 1] and not feed.ended

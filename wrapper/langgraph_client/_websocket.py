"""The websocket transport of thread streams: ``client.threads.stream(..., transport="websocket")``.

langgraph-api (0.9 on) serves the streaming protocol on a websocket at the same path as the SSE
event stream, ``/threads/{thread_id}/stream/events``: every frame the client sends is a command
(here one, ``subscription.subscribe`` with the feed's filter), every frame it receives an event
or a command's answer. Commands that start and answer runs still go over HTTP, as langgraph-sdk
does. This module only turns one event feed into websocket frames; ``protocol._Feed`` reads them
the way it reads SSE parts.

It needs the ``websocket`` extra (``websockets``); without it, ``threads.stream(...,
transport="websocket")`` raises ``ImportError`` naming the extra. The sync client uses
websockets' blocking client, the async one its asyncio client: both behind ``_Socket``, so the
feed is written once.

A quiet socket (no frame for ``QUIET`` seconds) yields ``HEARTBEAT``, as a quiet SSE stream
does. A cut socket is opened again, subscribed after the last ``seq`` read, at most the client's
``max_reconnects`` times in a row, with the core's backoff; events at or below that ``seq`` (the
server replays from the start of its buffer) are skipped. The server closing the socket (code
1000, or 1011 once its thread stream ended) ends the feed.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable, Mapping
from typing import TYPE_CHECKING, Any

import orjson

from ._core import HEARTBEAT, backoff_delay
from .sse import StreamPart

if TYPE_CHECKING:
    from ._core import _CoreBase

#: Seconds without a frame after which a quiet socket is reported (as an SSE heartbeat).
QUIET = 5.0
#: Close codes with which the server ends the event feed (not a cut).
_ENDED = frozenset({1000, 1011})
#: Handshake headers websockets writes itself.
_OWN_HEADERS = frozenset(
    {"host", "connection", "upgrade", "content-length", "accept-encoding", "user-agent"}
)
_SUBSCRIBE_ID = 1


def require_websockets() -> None:
    """``ImportError`` naming the extra, when ``websockets`` is not installed."""
    try:
        import websockets  # noqa: F401
    except ImportError as exc:
        raise ImportError(
            'threads.stream(transport="websocket") needs the websockets package: '
            "pip install 'langgraph-client[websocket]'"
        ) from exc


class _Socket:
    """One websocket, blocking (sync client) or not (async client), behind coroutines."""

    def __init__(self, blocking: bool) -> None:
        self._blocking = blocking
        self._ws: Any = None

    async def open(self, url: str, headers: list[tuple[str, str]], agent: str | None) -> None:
        kwargs: dict[str, Any] = {"additional_headers": headers, "user_agent_header": agent}
        if self._blocking:
            from websockets.sync.client import connect as connect_sync

            self._ws = connect_sync(url, **kwargs).__enter__()  # as websockets asks
        else:
            from websockets.asyncio.client import connect

            self._ws = await connect(url, **kwargs)

    async def send(self, text: str) -> None:
        sent = self._ws.send(text)
        if not self._blocking:
            await sent

    async def recv(self) -> str | bytes | None:
        """The next frame; None after ``QUIET`` seconds without one."""
        try:
            if self._blocking:
                frame: str | bytes = self._ws.recv(timeout=QUIET)
            else:
                frame = await asyncio.wait_for(self._ws.recv(), QUIET)
        except TimeoutError:
            return None
        return frame

    async def close(self) -> None:
        ws, self._ws = self._ws, None
        if ws is None:
            return
        if self._blocking:
            ws.__exit__(None, None, None)
        else:
            await ws.close()


async def _handshake(
    core: _CoreBase[Any], path: str, headers: dict[str, str]
) -> tuple[str, list[tuple[str, str]], str | None]:
    """The websocket URL and handshake headers: those of an HTTP request of the core (base
    URL, API key, the client's and the stream's headers, the bearer token)."""
    request = core.build_request({"method": "GET", "url": path}, headers=headers)
    if core.token is not None:
        await core.authorize(request)
    scheme = {"http": "ws", "https": "wss"}.get(request.url.scheme, request.url.scheme)
    url = str(request.url.copy_with(scheme=scheme))
    extra = [(k, v) for k, v in request.headers.items() if k.lower() not in _OWN_HEADERS]
    return url, extra, request.headers.get("user-agent")


async def _refused(core: _CoreBase[Any], status: int, body: bytes, url: str) -> Exception:
    """The typed error of a refused handshake, as the core raises for an HTTP answer (a
    server older than the protocol: ``UnsupportedOperationError``)."""
    import httpx
    from langgraph_api_client.api.streaming import stream_thread_events
    from langgraph_api_client.errors import status_error

    request = httpx.Request("GET", url)
    error = status_error(httpx.Response(status, content=body, request=request))
    if status in (403, 404, 405):  # Starlette refuses a websocket on no route with a 403
        return await core._unsupported(error, vars(stream_thread_events))
    return error


async def websocket_parts(
    core: _CoreBase[Any],
    path: str,
    headers: dict[str, str],
    body: Callable[[], Mapping[str, Any]],
    last_seq: Callable[[], int | None],
    blocking: bool,
) -> AsyncGenerator[StreamPart]:
    """The event feed of one subscription over a websocket: each event as a part,
    ``HEARTBEAT`` for a quiet spell. ``body()`` is the subscription (channels, namespaces, depth,
    since), asked again at each reconnection; ``last_seq()`` the last ``seq`` read."""
    from langgraph_api_client.models import JsonObject, ProtocolCommand
    from websockets.exceptions import ConnectionClosed, InvalidStatus

    from .errors import APIConnectionError
    from .protocol import ProtocolCommandError

    failures = 0
    while True:
        socket = _Socket(blocking)
        url, extra, agent = await _handshake(core, path, headers)
        try:
            try:
                await socket.open(url, extra, agent)
            except InvalidStatus as exc:
                response = exc.response
                answer = bytes(response.body or b"")
                raise await _refused(core, response.status_code, answer, url) from None
            command = ProtocolCommand(
                id=_SUBSCRIBE_ID,
                method="subscription.subscribe",
                params=JsonObject.from_dict(body()),
            )
            await socket.send(orjson.dumps(command).decode())
            while True:
                frame = await socket.recv()
                if frame is None:
                    yield HEARTBEAT
                    continue
                failures = 0
                try:
                    data = orjson.loads(frame)
                except orjson.JSONDecodeError:
                    data = None  # not JSON: no frame of the protocol
                if not isinstance(data, dict):
                    continue
                kind = data.get("type")
                if kind == "error" and data.get("id") == _SUBSCRIBE_ID:
                    raise ProtocolCommandError(
                        "subscription.subscribe", str(data.get("error")), str(data.get("message"))
                    )
                if kind != "event":
                    continue  # a command's answer
                seq, known = data.get("seq"), last_seq()
                if isinstance(seq, int) and known is not None and seq <= known:
                    continue  # replayed after a reconnection: read already
                yield StreamPart(event=str(data.get("method", "event")), data=data)
        except ConnectionClosed as exc:
            code = exc.rcvd.code if exc.rcvd is not None else None
            if code in _ENDED:
                return
            cut: BaseException = exc
        except OSError as exc:
            cut = exc
        finally:
            await socket.close()
        failures += 1
        if failures > core.max_reconnects:
            import httpx

            raise APIConnectionError(
                message=f"the thread's event websocket was cut {failures} times in a row: {cut!r}",
                request=httpx.Request("GET", url),
            ) from cut
        await core._sleep(min(backoff_delay(failures), core.reconnect_backoff_cap))

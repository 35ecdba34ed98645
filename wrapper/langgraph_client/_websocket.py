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
does. A cut socket is opened again, subscribed after the last ``seq`` read, as the core decides
for every stream (``max_reconnects`` attempts in a row, backoff, ``on_reconnect``, then
``StreamReconnectError``; a socket that brought a new event, or whose subscription was
answered with success and that then stayed open through a quiet spell, worked, so the count
starts again: a server that accepts, stays quiet and cuts is not reconnected forever); events
at or below that ``seq`` (the server replays from the start of its buffer) are skipped. The
server closing the socket (code 1000, or 1011 once its thread stream ended) ends the feed.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx
import orjson

from ._constants import RETRY_STATUSES
from ._core import HEARTBEAT, _attempted, _retry_after
from .errors import APIConnectionError
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


def _no_redirect(exc: Exception) -> Exception:
    return exc


class _Socket:
    """One websocket, blocking (sync client) or not (async client), behind coroutines."""

    def __init__(self, blocking: bool) -> None:
        self._blocking = blocking
        self._ws: Any = None

    async def open(self, url: str, headers: list[tuple[str, str]], agent: str | None) -> None:
        kwargs: dict[str, Any] = {"additional_headers": headers, "user_agent_header": agent}
        # websockets follows a 3xx answer to the handshake by itself and, on another origin,
        # drops only Authorization and Cookie: our x-api-key would go there. A redirect is
        # refused (raised as its InvalidStatus), as the HTTP client follows none.
        if self._blocking:
            from websockets.sync import client

            if hasattr(client, "reconnect"):  # websockets 17 (16 follows no redirect)
                connecter = client.reconnect(url, **kwargs)
                connecter.process_redirect = _no_redirect  # type: ignore[method-assign]
                self._ws = connecter.connect().__enter__()  # as websockets asks
            else:
                self._ws = client.connect(url, **kwargs).__enter__()
        else:
            from websockets.asyncio.client import connect

            connecting = connect(url, **kwargs)
            connecting.process_redirect = _no_redirect  # type: ignore[method-assign]
            self._ws = await connecting

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


def _answer(refused: Any, request: httpx.Request) -> httpx.Response:
    """A refused handshake's answer (websockets' ``InvalidStatus.response``) as httpx's."""
    headers = list(refused.headers.raw_items())
    body = bytes(refused.body or b"")
    return httpx.Response(refused.status_code, headers=headers, content=body, request=request)


async def _refused(core: _CoreBase[Any], response: httpx.Response) -> Exception:
    """The typed error of a refused handshake, as the core raises for an HTTP answer (a
    server older than the protocol: ``UnsupportedOperationError``)."""
    from langgraph_api_client.api.streaming import stream_thread_events
    from langgraph_api_client.errors import status_error

    error = status_error(response)
    if response.status_code in (403, 404, 405):  # Starlette refuses a websocket on no route
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
    since), asked again at each reconnection; ``last_seq()`` the last ``seq`` read.

    The first handshake failing is an ``APIConnectionError`` (refused with a status: its typed
    error); after that, a cut or a failed reconnection (refused with a retryable status, such
    as 503 with ``Retry-After``) is decided by ``core.reconnecting``, as for an SSE stream."""
    from langgraph_api_client.models import JsonObject, ProtocolCommand
    from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

    from .protocol import ProtocolCommandError

    failures = 0
    opened = False
    while True:
        socket = _Socket(blocking)
        url, extra, agent = await _handshake(core, path, headers)
        request = httpx.Request("GET", url)
        cause: Exception | None = None
        wait: float | None = None
        subscribed = False
        try:
            await socket.open(url, extra, agent)
            opened = True
            command = ProtocolCommand(
                id=_SUBSCRIBE_ID,
                method="subscription.subscribe",
                params=JsonObject.from_dict(body()),
            )
            await socket.send(orjson.dumps(command).decode())
            while True:
                frame = await socket.recv()
                if frame is None:
                    if subscribed:
                        failures = 0  # subscribed, then open through a quiet spell: working
                    yield HEARTBEAT
                    continue
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
                subscribed = subscribed or (kind == "success" and data.get("id") == _SUBSCRIBE_ID)
                if kind != "event":
                    continue  # a command's answer
                seq, known = data.get("seq"), last_seq()
                if isinstance(seq, int) and known is not None and seq <= known:
                    continue  # replayed after a reconnection: read already
                failures = 0
                yield StreamPart(event=str(data.get("method", "event")), data=data)
        except InvalidStatus as exc:
            response = _answer(exc.response, request)
            if not opened or response.status_code not in RETRY_STATUSES:
                raise await _refused(core, response) from None
            problem = f"the websocket's reconnection was refused with {response.status_code}"
            wait = _retry_after(response)
        except ConnectionClosed as exc:
            if exc.rcvd is not None and exc.rcvd.code in _ENDED:
                return
            problem, cause = f"the thread's event websocket was cut ({exc})", exc
        except (OSError, InvalidHandshake) as exc:
            if not opened:
                error = APIConnectionError(
                    message=f"the thread's event websocket could not be opened ({exc!r})",
                    request=request,
                )
                raise _attempted(error, 1) from exc
            problem, cause = f"reconnecting the thread's event websocket failed ({exc!r})", exc
        finally:
            await socket.close()
        failures += 1
        limit = core.max_reconnects
        await core._sleep(await core.reconnecting(failures, limit, problem, cause, request, wait))

"""The HTTP core: one per client, holding the httpx client and every cross-cutting rule.

Headers, the API key, timeouts, retries with backoff, error mapping and resumable streams
live here and nowhere else. The core is written once, as coroutines; its four I/O
primitives (send, read, close, iterate bytes) and ``sleep`` are the only things that differ
between ``AsyncCore`` (``httpx.AsyncClient``) and ``SyncCore`` (``httpx.Client``, called
inside ``async def`` without ever suspending; see ``langgraph_api_client.sync``).
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import functools
import inspect
import logging
import random
import re
import sys
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator, Mapping
from email.utils import parsedate_to_datetime
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Self, TypedDict, TypeVar, Unpack
from urllib.parse import urlsplit

import httpx
import orjson
from langgraph_api_client.errors import raise_for_event_stream, transport_error
from langgraph_api_client.resources import NOT_GIVEN, CallOptions, NotGiven
from langgraph_api_client.resources import QueryParams as QueryParams
from langgraph_api_client.sync import _iterate_sync, run_sync

from . import _constants as C
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    StreamReconnectError,
    raise_for_status,
)
from .sse import SSEDecoder, StreamPart

if TYPE_CHECKING:
    from .client import TimeoutTypes

T = TypeVar("T")
E = TypeVar("E", bound=APIError)
ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)

logger = logging.getLogger("langgraph_client")
_HTTPX_LOG = logging.getLogger("httpx")


#: ``on_connect(response)``: each answer a stream connects to, the first and every reconnection.
OnConnect = Callable[[httpx.Response], Any]
#: ``on_reconnect(attempt, delay, error)``: before each reconnection (1-based ``attempt``, the
#: ``delay`` in seconds about to be waited, the error that cut the connection, or None when the
#: server closed the stream while the run went on). Either may be a coroutine function on the
#: async client.
OnReconnect = Callable[[int, float, Exception | None], Any]

#: A callable giving the bearer token to send, called once per request (sync or async).
TokenProvider = Callable[[], str | Awaitable[str]]

#: Loaded by an application that uses OpenTelemetry; until then tracing costs one lookup.
OTEL = "opentelemetry.trace"


class Options(TypedDict, total=False):
    """What ``with_options`` can change; a key left out keeps the client's setting."""

    max_retries: int
    """Retries of a request safe to repeat (connection errors, 408, 429, 502, 503, 504)."""
    retry_unsafe: bool
    """Retry requests that are not safe to repeat (a run's create) too."""
    timeout: TimeoutTypes | None
    """Seconds or an ``httpx.Timeout``; None: no timeout at all."""
    headers: Mapping[str, str]
    """Sent with every request, after the client's own."""
    max_reconnects: int
    """How many times in a row a cut stream (or a long answer) is resumed; default 5."""
    reconnect_backoff_cap: float
    """The longest backoff between reconnections, in seconds (default 8); a server's
    ``Retry-After`` or a stream's ``retry:`` is kept."""
    on_connect: OnConnect | None
    """Called with each answer a stream connects to."""
    on_reconnect: OnReconnect | None
    """Called before each reconnection: ``(attempt, delay, error or None)``."""


class StreamOptions(CallOptions, total=False):
    """What ``stream`` takes besides a call's options (see ``stream``)."""

    last_event_id: str | None
    resumable: bool
    heartbeats: bool
    reopen: Callable[[], Mapping[str, Any]] | None
    endpoint: ModuleType | None
    connected: bool


#: What ``stream(..., heartbeats=True)`` yields for a chunk of comments only.
HEARTBEAT = StreamPart(event=":heartbeat", data=None)
#: What ``stream(..., connected=True)`` yields first, once the stream is open and checked.
CONNECTED = StreamPart(event=":connected", data=None)


#: The response extensions where ``send`` notes how many times the request was sent, and
#: ``_run_ids`` the ids of the run the answer is about (for an ``on_response``).
ATTEMPTS = "langgraph_client.attempts"
RUN_IDS = "langgraph_client.run"

#: httpx errors raised before a request left: the server cannot have seen it.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds the server asked us to wait (Retry-After as seconds or an HTTP date)."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return None
    return max(0.0, seconds)


def backoff_delay(attempt: int) -> float:
    """Seconds before retry number ``attempt`` (1-based): exponential, capped, with jitter."""
    delay: float = min(C.MAX_RETRY_DELAY, C.INITIAL_RETRY_DELAY * 2.0 ** (attempt - 1))
    return delay + random.uniform(0.0, delay * 0.25)


_DIRECT_KEYS = frozenset(("method", "url", "params", "content", "headers"))
"""What ``build_request`` can put in a request it builds itself (the rest goes to httpx)."""


def check_headers(headers: Mapping[str, str] | None) -> None:
    """Refuse headers that set the API key's header, which only ``api_key`` sets."""
    if headers and any(key.lower() == C.API_KEY_HEADER for key in headers):
        raise ValueError(
            f"the {C.API_KEY_HEADER!r} header is reserved: the client sends the key of "
            "get_client(api_key=...) (or of the environment) in it"
        )


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = 443 if url.scheme == "https" else 80
    return (url.scheme, url.host, url.port or default)


class _CoreBase(Generic[ClientT]):
    """What both cores share; subclasses supply the I/O primitives."""

    def __init__(
        self,
        client: ClientT,
        *,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        timeout: httpx.Timeout | None = None,
        token: TokenProvider | None = None,
    ) -> None:
        self.http: ClientT = client
        #: Sent as ``Authorization: Bearer <token>`` by ``send``; applied here rather than as
        #: an ``httpx.Auth``, which would take every request off the short way.
        self.token = token
        # The settings ``Options`` describes (``with_options`` changes them).
        self.max_retries = max_retries
        self.retry_unsafe = False
        #: None: the httpx client's timeout; ``httpx.Timeout(None)``: none at all.
        self.timeout = timeout
        self.max_reconnects = C.STREAM_RECONNECT_LIMIT
        self.reconnect_backoff_cap = C.MAX_RETRY_DELAY
        self.on_connect: OnConnect | None = None
        self.on_reconnect: OnReconnect | None = None
        #: Headers sent with every call of this core (a call's own headers win).
        self.headers: Mapping[str, str] | None = None
        self._base: httpx.URL | None = None
        self._prefix = ""
        #: When a list: every final response ``send`` returns is added (``with_raw_response``).
        self.responses: list[httpx.Response] | None = None
        #: What the server said about itself (``GET /info``), shared by ``with_options``.
        self._server: dict[str, str] = {}
        # How httpx picks a request's transport (mounts, proxies), fixed for the client's
        # life like its default encoding; None: the short way is never taken (see below).
        plain = getattr(client, "_default_encoding", None) == "utf-8"
        self._pick: Callable[[httpx.URL], Any] | None = (
            getattr(client, "_transport_for_url", None) if plain else None
        )
        self._configure({"max_retries": max_retries})

    def _configure(self, options: Options) -> None:
        if unknown := options.keys() - Options.__optional_keys__:
            raise TypeError(f"unknown options {sorted(unknown)}: the keys are those of Options")
        for name in ("max_retries", "max_reconnects", "reconnect_backoff_cap"):
            value: Any = options.get(name, 0)
            if not value >= 0:
                raise ValueError(f"{name} must be 0 or more, not {value!r}")
        settings: dict[str, Any] = dict(options)
        if "timeout" in settings:
            settings["timeout"] = httpx.Timeout(settings["timeout"])
        if headers := settings.pop("headers", None):  # added to this core's
            check_headers(headers)
            self.headers = {**self.headers, **headers} if self.headers else headers
        for name, value in settings.items():
            setattr(self, name, value)

    def __repr__(self) -> str:
        # Never shows headers: the API key stays out of reprs, logs and tracebacks.
        return f"<{type(self).__name__} base_url={str(self.http.base_url)!r}>"

    def with_options(self, **options: Unpack[Options]) -> Self:
        """A core sharing this one's connection pool (and what it learnt of the server), with
        the ``options`` given changed (see ``Options``); ``headers`` add to this core's."""
        core = copy.copy(self)
        core.responses = None
        core._configure(options)
        return core

    # -- I/O primitives, one small implementation per flavour -------------------------------
    #: Send a request; the response comes back with its body not yet read.
    _send: Callable[[httpx.Request], Awaitable[httpx.Response]]
    _read_body: Callable[[httpx.Response], Awaitable[bytes]]
    _close: Callable[[httpx.Response], Awaitable[None]]
    _iter_bytes: Callable[[httpx.Response], AsyncIterator[bytes]]
    _sleep: Callable[[float], Awaitable[None]]
    #: ``_awaited(value, what)``: what a user's callable (``what``: its kind) returned as an
    #: awaitable, awaited; the sync core refuses it.
    _awaited: Callable[[Awaitable[Any], str], Awaitable[Any]]

    def _direct_transport(self, request: httpx.Request) -> Any | None:
        """The transport to hand ``request`` to directly, or None for the httpx client's ``send``.

        Around its transport, httpx's ``send`` runs the auth flow, the redirect loop, event
        hooks, a request log line, a wrapper on every body chunk and a cookie-jar pass that
        builds a urllib request: a fifth of a small call's time here, and none of it does
        anything unless configured. So when nothing is (no auth, in the client or in the
        URL; no hooks, redirects or request logging; the default encoding), the transport
        httpx would pick gets the request; what still applies (cookies a response sets, the
        request on an error, ``elapsed``) is kept by ``_adopt``. Anything configured, or an
        httpx without these attributes: ``send``.
        """
        http = self.http
        pick = self._pick
        if (
            pick is None
            or http.auth is not None
            or request.url.userinfo  # httpx sends user:password of the URL as basic auth
            or http.follow_redirects
            or http.is_closed
            or "timeout" not in request.extensions  # send fills in the client's
            or _HTTPX_LOG.isEnabledFor(logging.INFO)
        ):
            return None
        hooks = http.event_hooks
        if hooks["request"] or hooks["response"]:
            return None
        return pick(request.url)

    def _adopt(
        self, request: httpx.Request, response: httpx.Response, start: float
    ) -> httpx.Response:
        """A response straight from a transport, given what httpx's ``send`` would add."""
        response.request = request
        response.stream = _Timed(response, start)
        if "set-cookie" in response.headers:
            self.http.cookies.extract_cookies(response)
        if response.has_redirect_location:  # where send says a redirect would go
            redirect = getattr(self.http, "_build_redirect_request", None)
            if redirect is not None:
                with contextlib.suppress(httpx.HTTPError):  # a Location httpx cannot follow
                    response.next_request = redirect(request, response)
        return response

    async def _read(self, response: httpx.Response) -> bytes:
        """Read the body of ``response``, refusing one larger than ``MAX_RESPONSE_BYTES``."""
        limit = C.MAX_RESPONSE_BYTES
        declared = response.headers.get("content-length", "")
        if declared.isdigit():  # the HTTP layer stops the body at its declared length
            if int(declared) > limit:
                await self._close(response)
                raise _too_large(response, limit)
        else:
            response.stream = _CappedStream(response, limit)
        try:
            return await self._read_body(response)
        except httpx.DecodingError as exc:
            await self._close(response)
            raise transport_error(exc, response.request) from exc
        except BaseException:
            await self._close(response)
            raise

    # -- requests ---------------------------------------------------------------------------
    def build_request(
        self,
        kwargs: Mapping[str, Any],
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> httpx.Request:
        """An httpx request from a generated endpoint's ``get_kwargs`` plus per-call extras;
        ``timeout`` (None: none) replaces the core's for this request.

        The request is what ``httpx.Client.build_request`` makes, built directly when the
        path is one of ours (``/...`` without a query): httpx's own merge of the base URL
        parses the path alone and then the joined URL again, a third of a small call's
        client-side time; here the joined URL is parsed once. Anything else (an absolute
        ``Location``, a path with a query, client-wide cookies or params) goes through httpx.
        """
        check_headers(headers)
        if self.headers:
            headers = {**self.headers, **headers} if headers else self.headers
        extra = kwargs.get("headers")
        if headers:
            extra = {**extra, **headers} if extra else headers
        if timeout is NOT_GIVEN:
            timeout = self.timeout
        elif not isinstance(timeout, httpx.Timeout):
            timeout = httpx.Timeout(timeout)
        http = self.http
        url: str = kwargs["url"]
        query = kwargs.get("params")
        if params:
            query = {**query, **params} if query else params
        base = http.base_url
        if base is not self._base:  # the base URL as a prefix, made again if it was replaced
            self._base = base
            plain = not (base.query or base.fragment)
            self._prefix = str(base).rstrip("/") + "/" if plain else ""
        if (
            not self._prefix
            or url[:1] != "/"
            or url[:2] == "//"
            or "?" in url
            or "#" in url
            or http.cookies
            or http.params
            or kwargs.keys() - _DIRECT_KEYS
        ):
            args = dict(kwargs)
            if extra:
                args["headers"] = extra
            if query:
                args["params"] = query
            if timeout is not None:
                args["timeout"] = timeout
            return http.build_request(**args)
        merged = httpx.Headers(http.headers)
        if extra:
            merged.update(extra)
        if timeout is None:
            timeout = http.timeout
        return httpx.Request(
            kwargs["method"],
            httpx.URL(self._prefix + url[1:], params=query or None),
            content=kwargs.get("content"),
            headers=merged,
            extensions={"timeout": timeout.as_dict()},
        )

    async def send(
        self,
        request: httpx.Request,
        *,
        retry_safe: bool,
        stream: bool = False,
        max_retries: int | None = None,
    ) -> httpx.Response:
        """Send with retries (``max_retries``: the client's unless given); returns the final
        response, whatever its status.

        With the ``langgraph_client`` logger at INFO or OpenTelemetry loaded, ``_observe``
        logs and traces the request; otherwise this costs the two checks.
        """
        if self.token is not None:
            await self.authorize(request)
        if logger.isEnabledFor(logging.INFO) or OTEL in sys.modules:
            from ._observe import observed_send

            return await observed_send(self, request, retry_safe, stream, max_retries)
        return await self.send_attempts(request, retry_safe, stream, max_retries)

    async def authorize(self, request: httpx.Request) -> None:
        """Add the bearer token of the token provider (asked for once per request)."""
        assert self.token is not None
        token = self.token()
        if not isinstance(token, str):
            if inspect.isawaitable(token):
                token = await self._awaited(token, "token providers")
            if not isinstance(token, str):
                raise TypeError(f"the token provider returned {type(token).__name__}, not a str")
        request.headers["Authorization"] = "Bearer " + token

    async def send_attempts(
        self, request: httpx.Request, retry_safe: bool, stream: bool, max_retries: int | None
    ) -> httpx.Response:
        """``send`` without the token or the observers: the attempts themselves."""
        retries = self.max_retries if (retry_safe or self.retry_unsafe) else 0
        if max_retries is not None:
            retries = min(retries, max_retries)
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._send(request)
                if not stream:
                    await self._read(response)
            except APIError:  # already typed: a body too large, or one that cannot be decoded
                raise
            except httpx.TransportError as exc:  # refused, reset, timed out: worth another try
                if attempt > retries:
                    error = _reached(transport_error(exc, request), exc, retry_safe)
                    raise _attempted(error, attempt) from exc
                delay = backoff_delay(attempt)
                reason = type(exc).__name__
            except httpx.RequestError as exc:  # too many redirects: the same again
                raise _attempted(transport_error(exc, request), attempt) from exc
            else:
                wait = None
                if (
                    response.status_code not in C.RETRY_STATUSES
                    or attempt > retries
                    or ((wait := _retry_after(response)) is not None and wait > C.MAX_RETRY_AFTER)
                ):
                    response.extensions[ATTEMPTS] = attempt
                    if self.responses is not None:
                        self.responses.append(response)
                    return response
                delay = backoff_delay(attempt) if wait is None else wait
                reason = f"status {response.status_code}"
                await self._close(response)
            logger.debug(
                "retrying %s %s after %s (attempt %d of %d) in %.2f s",
                request.method,
                request.url.path,
                reason,
                attempt + 1,
                retries + 1,
                delay,
            )
            await self._sleep(delay)

    async def call(
        self,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        retry_safe: bool | None = None,
        reconnect_limit: int | None = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> T:
        """Send one request built by a generated endpoint and parse the answer with it, as
        ``ResourceCore.call`` says. ``parse`` is a function of the endpoint's module
        (``parse_response``, ``build_response``), whose ``RETRY_SAFE`` and ``RESUMABLE``
        (the spec's ``x-retry-safe`` and ``x-resumable``) give the defaults of
        ``retry_safe`` and ``reconnect_limit``. With ``reconnect_limit`` > 0, an answer whose
        body is cut off is fetched again from the first answer's ``Location`` (or, for a
        GET, its own URL) through the resume loop of streams (``_resumed``).
        """
        endpoint = sys.modules.get(getattr(parse, "__module__", None) or "")
        if retry_safe is None:
            safe = getattr(endpoint, "RETRY_SAFE", None)
            retry_safe = (
                safe
                if isinstance(safe, bool)
                else kwargs["method"].upper() in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")
            )
        if reconnect_limit is NOT_GIVEN:
            reconnect_limit = None if getattr(endpoint, "RESUMABLE", None) is True else 0
        if reconnect_limit is None:
            reconnect_limit = self.max_reconnects
        if reconnect_limit > 0:
            answers = self._resumed(
                kwargs,
                whole=True,
                retry_safe=retry_safe,
                reconnect_limit=reconnect_limit,
                endpoint=endpoint,
                **options,
            )
            response = await anext(answers)  # the one answer, its body read (or an error)
            await answers.aclose()
        else:
            response = await self.send(self._request(kwargs, options), retry_safe=retry_safe)
            if (on_response := options.get("on_response")) is not None:
                _run_ids(response, None, endpoint)
                on_response(response)
        try:
            return parse(response)
        except APIError as exc:
            _note_attempts(exc, response)
            if response.status_code in (404, 405):
                typed = await self._unsupported(exc, vars(endpoint) if endpoint else {})
                if typed is not exc:
                    raise typed from None
            raise

    async def _unsupported(self, error: APIError, endpoint: Mapping[str, Any]) -> APIError:
        """``UnsupportedOperationError`` for ``error`` (a 404 or 405) when the endpoint module
        answered says its operation came after the server's langgraph-api version; else
        ``error``. The version is read from ``GET /info`` once per client."""
        from langgraph_api_client.errors import unsupported_operation

        since = endpoint.get("SINCE")
        if not since or not isinstance(error, APIStatusError):
            return error
        version = self._server.get("version") or await self._server_version()
        if version is None or _release(version) >= _release(since):
            return error
        typed = unsupported_operation(
            error, operation=endpoint["OPERATION_ID"], server_version=version, since=since
        )
        return _attempted(typed, getattr(error, "attempts", 1))

    async def _server_version(self) -> str | None:
        """The langgraph-api version from ``GET /info`` (every server of the window sends
        ``version``), kept once read; None when the server does not say."""
        request = self.build_request({"method": "GET", "url": "/info"})
        try:
            response = await self._send(request)
            body = orjson.loads(await self._read(response))
        except (httpx.HTTPError, APIError, orjson.JSONDecodeError):
            return None
        version = body.get("version") if response.is_success and isinstance(body, dict) else None
        if not isinstance(version, str) or not version:
            return None
        self._server["version"] = version
        return version

    @staticmethod
    def json_kwargs(method: str, path: str, json: Any = None) -> dict[str, Any]:
        """Request arguments for a raw call with an optional JSON body."""
        from langgraph_api_client.types import encode_json

        kwargs: dict[str, Any] = {"method": method.upper(), "url": path}
        if json is not None:
            kwargs["content"] = encode_json(json)
            kwargs["headers"] = {"Content-Type": "application/json"}
        return kwargs

    # -- streams ----------------------------------------------------------------------------
    def stream(
        self,
        kwargs: Mapping[str, Any],
        *,
        reconnect_limit: int | None = None,
        **options: Unpack[StreamOptions],
    ) -> AsyncGenerator[StreamPart, None]:
        """Stream parts as they arrive; resume a cut stream where it stopped.

        With ``heartbeats``, a chunk of comments only (the server's keep-alive while the
        stream is quiet) yields ``HEARTBEAT``, so a reader waiting on a quiet stream regains
        control every few seconds.

        The server ends a run's stream by closing it. A stream is cut when the connection
        fails, or when it closes while the run is still pending or running. A ``resumable``
        stream that is cut is reopened at its ``Location`` (or its own URL, for a GET) with
        ``Last-Event-ID``, the same headers and query parameters, and each part reaches the
        caller once, in order (see ``_ResumeCursor``). A reconnection is one request (not
        retried on its own): refused with a retryable status (429, 503, ...) or failing to
        connect, it counts as an attempt; once ``reconnect_limit`` attempts in a row have
        failed (the count starts again at a connection that brought a new event, or the
        server's heartbeat comment: it worked, so the next cut is a first again), or at once
        for a stream that is not resumable, ``StreamReconnectError`` says so. Between
        attempts the client waits as the server asked (``Retry-After``, or the stream's last
        ``retry:`` field), else with backoff.

        ``reopen`` is for a stream that says itself where to resume (the thread stream's
        ``since``): it gives the request arguments of each reconnection, sent as they are
        (every part they bring is new).

        ``endpoint``, the generated module of the operation, lets an old server's 404 or
        405 become ``UnsupportedOperationError`` (``call`` finds it from its ``parse``).
        ``timeout`` (None: none) replaces the core's for this stream, reconnections included;
        a read that runs out of it ends the stream with ``APITimeoutError``. With
        ``connected``, ``CONNECTED`` comes first, once the first answer is open and checked.
        Nothing is sent before the first part is asked for.
        """
        return self._resumed(
            kwargs,
            whole=False,
            retry_safe=kwargs["method"].upper() == "GET",
            reconnect_limit=self.max_reconnects if reconnect_limit is None else reconnect_limit,
            **options,
        )

    async def _resumed(
        self,
        kwargs: Mapping[str, Any],
        *,
        whole: bool,
        retry_safe: bool,
        reconnect_limit: int,
        **options: Unpack[StreamOptions],
    ) -> AsyncGenerator[Any, None]:
        """The one resume loop: send the request of ``kwargs``, and while its answer is cut,
        send it again at the place the first answer named, counting every attempt once.

        ``whole``: yields the answer once, its body read (a call such as ``runs.wait``),
        fetched again from the first answer's ``Location`` (or, for a GET such as
        ``runs.join``, its own URL) when the body is cut off. Otherwise yields the parts of
        an event stream, resumed with ``Last-Event-ID``. ``on_response`` sees the first
        answer; if it raises, the answer is closed. The rest: as in ``stream``.
        """
        request = self._request(kwargs, options, event_stream=not whole)
        last_event_id = options.get("last_event_id")
        if last_event_id:
            request.headers["Last-Event-ID"] = last_event_id
        resume_url: str | None = str(request.url) if request.method == "GET" else None
        endpoint, reopen = options.get("endpoint"), options.get("reopen")
        timeout = options.get("timeout", NOT_GIVEN)
        resumable, connected = options.get("resumable", True), options.get("connected")
        run: dict[str, str] | None = None  # the ids of the run behind a stream
        decoder = SSEDecoder(last_event_id=last_event_id)
        cursor = _ResumeCursor(last_event_id or None)
        failures = 0
        first = True
        while True:
            problem: str | None = None  # why this connection did not finish the answer
            cause: Exception | None = None
            wait: float | None = None
            try:
                # The first request has its own retries; a reconnection is one attempt.
                response = await self.send(
                    request,
                    retry_safe=retry_safe if first else True,
                    stream=True,
                    max_retries=None if first else 0,
                )
            except APIConnectionError as exc:
                if first:
                    raise
                problem, cause = f"reconnecting failed ({exc.message})", exc
            else:
                try:
                    if first:
                        first = False
                        resume_url = response.headers.get("location") or resume_url
                        run = _run_ids(response, resume_url, endpoint)
                        on_response = options.get("on_response")
                        if on_response is not None and (whole or response.status_code < 300):
                            on_response(response)
                    elif response.status_code in C.RETRY_STATUSES:
                        await self._read(response)
                        problem = f"the reconnection was refused with {response.status_code}"
                        wait = _retry_after(response)
                    if problem is None and self.on_connect is not None and response.is_success:
                        await self._hook(self.on_connect, response)
                    if problem is not None:
                        pass
                    elif whole:
                        try:
                            await self._read(response)
                        except httpx.TransportError as exc:
                            cause = exc
                            problem = _cut(
                                "the answer was cut off", exc, request, timeout, failures
                            )
                        else:
                            yield response  # the whole answer, read (closed with this loop)
                            return
                    elif response.status_code >= 300:
                        await self._read(response)
                        try:
                            raise_for_status(response)
                        except APIError as exc:
                            if endpoint is not None and response.status_code in (404, 405):
                                typed = await self._unsupported(exc, vars(endpoint))
                                if typed is not exc:
                                    raise typed from None
                            raise
                    else:
                        raise_for_event_stream(response)
                        decoder.response = response
                        if connected:
                            connected = False
                            yield CONNECTED
                        heartbeats = options.get("heartbeats")
                        try:
                            async for chunk in self._iter_bytes(response):
                                parts = decoder.feed(chunk)
                                if not parts and chunk.lstrip()[:1] == b":":
                                    failures = 0  # the server's heartbeat: a working connection
                                    if heartbeats:
                                        yield HEARTBEAT
                                for part in parts:
                                    if reopen or part.id is None or cursor.accept(part):
                                        failures = 0
                                        yield part
                        except httpx.TransportError as exc:
                            cause = exc
                            problem = _cut("the stream was cut", exc, request, timeout, failures)
                        decoder.close()
                finally:
                    await self._close(response)
            if problem is None:
                if decoder.finished or not resumable:
                    return
                if not await self._still_running(run, options):
                    return
                problem = "the stream closed while the run was still running"
            failures += 1
            refused = None
            if not resumable or (resume_url is None and reopen is None):
                refused = (
                    "and the server named no Location to fetch it from"
                    if whole
                    else "and it cannot be resumed (pass stream_resumable=True to resume it)"
                )
            elif reopen is None and resume_url:  # checked before the reconnection is announced
                refused = _foreign(self.http.base_url, resume_url)
            if refused:
                error = StreamReconnectError(message=f"{problem}, {refused}", request=request)
                raise _attempted(error, failures) from cause
            if wait is None and decoder.retry is not None:
                # The stream's own ``retry:`` field: a reconnection delay, never a refusal.
                wait = min(decoder.retry / 1000, C.MAX_RETRY_AFTER)
            await self._sleep(
                await self.reconnecting(failures, reconnect_limit, problem, cause, request, wait)
            )
            resume = reopen() if reopen is not None else {"method": "GET", "url": resume_url}
            request = self._request(resume, options, event_stream=not whole)
            if not whole and reopen is None and (resume_from := cursor.reconnect()):
                request.headers["Last-Event-ID"] = resume_from

    async def reconnecting(
        self,
        failures: int,
        limit: int,
        problem: str,
        cause: Exception | None,
        request: httpx.Request,
        wait: float | None = None,
    ) -> float:
        """The one reconnect decision of every stream (this loop's and the websocket's): after
        ``failures`` cuts or failed attempts in a row, ``StreamReconnectError`` (with
        ``attempts``) past ``limit`` or when the server asked to wait longer than
        ``MAX_RETRY_AFTER``; else the delay to wait (the server's ``wait``, or backoff up to
        ``reconnect_backoff_cap``), logged and shown to ``on_reconnect`` first."""
        why = None
        if wait is not None and wait > C.MAX_RETRY_AFTER:
            why = (
                f"the server asked to wait {wait:g} s, more than the "
                f"{C.MAX_RETRY_AFTER:g} s the client waits"
            )
        elif failures > limit:
            why = f"gave up after {failures - 1} reconnect attempt(s) in a row "
            why += f"(reconnect_limit={limit})"
        if why is not None:
            error = StreamReconnectError(message=f"{problem}; {why}", request=request)
            raise _attempted(error, failures) from cause
        if wait is None:
            wait = min(backoff_delay(failures), self.reconnect_backoff_cap)
        logger.debug(
            "%s (%s %s); reconnect attempt %d of %d in %.2f s",
            problem,
            request.method,
            request.url,
            failures,
            limit,
            wait,
        )
        if self.on_reconnect is not None:
            await self._hook(self.on_reconnect, failures, wait, cause)
        return wait

    async def _hook(self, hook: Callable[..., Any], *args: Any) -> None:
        """Call a stream hook; an async one (the async client only) is awaited."""
        result = hook(*args)
        if inspect.isawaitable(result):
            await self._awaited(result, "hooks")

    def _request(
        self, kwargs: Mapping[str, Any], options: CallOptions, event_stream: bool = False
    ) -> httpx.Request:
        """``build_request`` with a call's options; for an event stream, with the headers that
        ask for one (set here only)."""
        request = self.build_request(
            kwargs,
            headers=options.get("headers"),
            params=options.get("params"),
            timeout=options.get("timeout", NOT_GIVEN),
        )
        if event_stream:
            request.headers.update(C.EVENT_STREAM_HEADERS)
        return request

    async def _still_running(self, run: Mapping[str, str] | None, options: CallOptions) -> bool:
        """Whether the run behind a stream that closed without an end is still going (asked
        with ``get_run``; a stateless run, whose thread is not named, cannot be asked); an
        answer that cannot say (an error status, not a run) is a ``StreamReconnectError``."""
        if run is None or "thread_id" not in run:
            return False
        from langgraph_api_client.api.runs import get_run

        kwargs = get_run.get_kwargs(run["thread_id"], run["run_id"])
        request = self.build_request(
            kwargs, headers=options.get("headers"), params=options.get("params")
        )
        try:
            response = await self.send(request, retry_safe=True)
        except APIConnectionError:
            return True  # the server is unreachable: treat the stream as cut, and retry it
        if response.status_code == 404:
            return False  # the run is gone: nothing more will come
        status: Any = None
        if response.is_success:
            with contextlib.suppress(orjson.JSONDecodeError, AttributeError):
                status = orjson.loads(response.content).get("status")
        if not isinstance(status, str):
            answer = "no run status" if response.is_success else response.status_code
            error = StreamReconnectError(
                message="the stream closed before its end, and the status check of its run "
                f"answered {answer}: whether the stream is complete is unknown",
                request=request,
            )
            _note_attempts(error, response)
            raise error
        return status in ("pending", "running")


def _release(version: str) -> tuple[int, ...]:
    """A version's release numbers (``"0.10.3rc1"`` -> ``(0, 10, 3)``), for comparing."""
    return tuple(map(int, re.findall(r"\d+", re.split(r"[^\d.]", version, maxsplit=1)[0])))


#: Event ids as the LangGraph server makes them, ``<milliseconds>-<sequence>``: ordered.
_ORDERED_ID = re.compile(r"(\d+)-(\d+)")


def _id_key(event_id: str) -> tuple[int, int] | None:
    found = _ORDERED_ID.fullmatch(event_id)
    return (int(found[1]), int(found[2])) if found else None


#: How many parts of one id group delivered on a resumed connection are kept to recognise
#: the server's echo of one of them.
_ECHO_MEMORY = 1024


class _ResumeCursor:
    """Where a resumable stream stands, so that a reconnection delivers each part once.

    A part is known by its id and its position among the parts of that id, not by its
    content: two identical events are two events. Resuming right after the last id is not
    enough with the LangGraph server: its in-memory runtime gives every event of one
    millisecond the same id (``<ms>-0``), so the events that shared the last id but had not
    arrived yet would be skipped. So the cursor keeps the current *id group* (how many
    parts were delivered with the last id) and the id before it, resumes after that earlier
    id, and skips as many parts of the group as it had delivered when the server sends the
    group again. On a resumed connection it also drops a part whose ``<ms>-<seq>`` id sorts
    before the current group (already delivered).

    One overlap remains that positions cannot tell: on a resumed connection that server
    sends the events made while it replays twice, once replayed and once live, with the
    same id. Such an echo repeats a part delivered *on that same connection* (never one
    delivered before the cut, nor one skipped); only that is dropped. With no earlier id,
    ordered ids resume after ``0-0`` (the start of the stream) and other ids after the
    last one.
    """

    __slots__ = ("before", "count", "echoes", "group_id", "resumed", "skip")

    def __init__(self, last_event_id: str | None) -> None:
        self.before = last_event_id  # the id before the current group
        self.group_id: str | None = None
        self.count = 0  # how many parts of the group were delivered
        self.skip = 0  # how many of them the server is about to send again
        self.resumed = False
        # The group's parts delivered on this resumed connection (what an echo repeats).
        self.echoes: list[tuple[str, Any]] = []

    def accept(self, part: StreamPart) -> bool:
        """Whether ``part`` is new (deliver it) rather than one the caller already has."""
        part_id = part.id
        if not part_id:
            return True
        if part_id == self.group_id:
            if self.skip:
                self.skip -= 1
                return False
            if self.resumed:
                item = (part.event, part.data)
                if item in self.echoes:
                    return False
                if len(self.echoes) < _ECHO_MEMORY:
                    self.echoes.append(item)
            self.count += 1
            return True
        if self.resumed and self.group_id is not None:
            new, current = _id_key(part_id), _id_key(self.group_id)
            if new is not None and current is not None and new < current:
                return False
        if self.group_id is not None:
            self.before = self.group_id
        self.group_id = part_id
        self.count = 1
        self.skip = 0
        self.echoes = [(part.event, part.data)] if self.resumed else []
        return True

    def reconnect(self) -> str | None:
        """The ``Last-Event-ID`` to resume with; the group will be skipped as it comes again."""
        self.resumed = True
        self.echoes = []
        self.skip = 0
        if self.group_id is None:
            return self.before
        if self.before is None and _id_key(self.group_id) is None:
            return self.group_id
        self.skip = self.count
        return self.before if self.before is not None else "0-0"


@functools.lru_cache(maxsize=8)
def _path_shape(template: str) -> re.Pattern[str]:
    """A URL of the shape of ``template``, a generated endpoint module's path
    (``/threads/{thread_id}/runs/{run_id}``): its parameters as named groups, what comes
    before the path as group 1, and maybe a query after it."""
    shape = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/?#]+)", re.escape(template))
    return re.compile(rf"(.*?){shape}(?:[?#].*)?")


def _run_ids(
    response: httpx.Response, resume_url: str | None, endpoint: ModuleType | None
) -> dict[str, str] | None:
    """The ids of the run behind an answer (``run_id``, and ``thread_id`` when the path names
    it), also left in its extension ``RUN_IDS``: read from the ``Content-Location`` in the
    shape the endpoint's spec gives it (``CONTENT_LOCATION``), else from a ``Location``
    where its stream is joined again."""
    shape = getattr(endpoint, "CONTENT_LOCATION", None)
    where = response.headers.get("content-location")
    if shape and where and (found := _path_shape(shape).fullmatch(where)):
        if found[1] and _foreign(response.request.url, where):  # never ask another origin
            return None
    elif resume_url and _is_relative(resume_url):
        from langgraph_api_client.api.runs import join_run_stream

        found = _path_shape(join_run_stream.PATH).fullmatch(httpx.URL(resume_url).path)
        if found is None:
            return None
    else:
        return None
    ids = response.extensions[RUN_IDS] = found.groupdict()
    return ids


def _cut(
    what: str, exc: httpx.TransportError, request: httpx.Request, timeout: Any, failures: int
) -> str:
    """Why a connection did not finish its answer (a cut to reconnect after); a read that ran
    out of the call's own ``timeout`` is that call's bound instead, raised typed."""
    if timeout is not NOT_GIVEN and isinstance(exc, httpx.TimeoutException):
        raise _attempted(transport_error(exc, request), failures + 1) from exc
    return f"{what} ({type(exc).__name__}: {exc})"


def _too_large(response: httpx.Response, limit: int) -> APIResponseValidationError:
    return APIResponseValidationError(
        response,
        None,
        message=(
            f"the answer is larger than {limit:,} bytes (status {response.status_code}, "
            f"{response.headers.get('content-type', 'no content type')}); refused"
        ),
    )


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response's body, wrapped: closing it closes the body it wraps (after ``_stop``)."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self._inner: Any = response.stream

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._inner)

    def __aiter__(self) -> AsyncIterator[bytes]:
        return aiter(self._inner)

    def _stop(self) -> None:
        pass

    def close(self) -> None:
        self._stop()
        self._inner.close()

    async def aclose(self) -> None:
        self._stop()
        await self._inner.aclose()


class _Timed(_Body):
    """A transport's response body that sets the response's ``elapsed`` when it is closed,
    as httpx's ``send`` does; its chunks pass through untouched."""

    def __init__(self, response: httpx.Response, start: float) -> None:
        super().__init__(response)
        self._start = start

    def _stop(self) -> None:
        self._response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._start)


class _CappedStream(_Body):
    """A response body that raises once more than ``limit`` bytes have arrived."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        super().__init__(response)
        self._left = limit
        self._limit = limit

    def _count(self, chunk: bytes) -> bytes:
        self._left -= len(chunk)
        if self._left < 0:
            raise _too_large(self._response, self._limit)
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            yield self._count(chunk)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield self._count(chunk)


def _attempted(exc: E, attempts: int) -> E:
    """Record on ``exc`` how many attempts were made, and say so in a note (its message stays
    what the server said, for a status error)."""
    exc.attempts = attempts
    if attempts > 1:
        exc.add_note(f"after {attempts} attempts")
    return exc


def _reached(error: APIError, exc: httpx.TransportError, retry_safe: bool) -> APIError:
    """Say on a connection error whether the request may have reached the server
    (``may_have_reached_server``); for a request that is not safe to repeat, say it in the
    message too, with what that means for sending it again."""
    if not isinstance(error, APIConnectionError):
        return error
    reached = not isinstance(exc, _NOT_SENT)
    error.may_have_reached_server = reached
    if not retry_safe:
        error.message += (
            " The request may have reached the server, which may have acted on it: check"
            " before sending it again."
            if reached
            else " The request did not reach the server: nothing was done."
        )
        error.args = (error.message, *error.args[1:])
    return error


def _note_attempts(exc: APIError, response: httpx.Response) -> None:
    _attempted(exc, response.extensions.get(ATTEMPTS, 1))


def _is_relative(location: str) -> bool:
    parts = urlsplit(location)
    return not parts.scheme and not parts.netloc


def _foreign(base_url: httpx.URL, location: str) -> str | None:
    """Why a reconnect Location on another origin is refused (no request or key goes
    elsewhere); None for one on the client's origin."""
    if _is_relative(location) or _origin(httpx.URL(location)) == _origin(base_url):
        return None
    return (
        f"refusing to reconnect to {location!r}: not on the client's origin "
        f"{base_url.scheme}://{base_url.netloc.decode()}"
    )


def parse_json_response(response: httpx.Response) -> Any:
    """Decode a JSON answer of a raw call, raising the typed error for a non-2xx status."""
    raise_for_status(response)
    if not response.content:
        return None
    try:
        return orjson.loads(response.content)
    except orjson.JSONDecodeError as exc:
        raise APIResponseValidationError(
            response, None, message=f"the answer is not valid JSON: {exc}"
        ) from exc


class AsyncCore(_CoreBase[httpx.AsyncClient]):
    """The core of ``LangGraphClient``: every primitive awaits ``httpx.AsyncClient``."""

    async def _send(self, request: httpx.Request) -> httpx.Response:
        transport = self._direct_transport(request)
        if transport is None:
            return await self.http.send(request, stream=True)
        start = time.perf_counter()
        try:
            response = await transport.handle_async_request(request)
        except httpx.RequestError as exc:
            exc.request = request
            raise
        return self._adopt(request, response, start)

    _read_body = staticmethod(httpx.Response.aread)
    _close = staticmethod(httpx.Response.aclose)
    _iter_bytes = staticmethod(httpx.Response.aiter_bytes)

    async def _sleep(self, seconds: float) -> None:
        import asyncio

        await asyncio.sleep(seconds)

    async def _awaited(self, value: Awaitable[Any], what: str) -> Any:
        return await value

    async def aclose(self) -> None:
        await self.http.aclose()

    # -- the generated endpoint functions send through these (langgraph_api_client.client) --
    asend_operation = _CoreBase.call

    @contextlib.asynccontextmanager
    async def astream_operation(
        self, kwargs: Mapping[str, Any], operation: ModuleType, *, resumable: bool
    ) -> AsyncIterator[AsyncIterator[StreamPart]]:
        """``stream`` with what the endpoint's module says (``AsyncSender``), open (its
        status and content type checked) when the block is entered, closed when it is left."""
        parts = self.stream(kwargs, endpoint=operation, resumable=resumable, connected=True)
        async with contextlib.aclosing(parts):
            await anext(parts, None)  # CONNECTED
            yield parts


class SyncCore(_CoreBase[httpx.Client]):
    """The core of ``SyncLangGraphClient``: same coroutines, but nothing ever suspends."""

    async def _send(self, request: httpx.Request) -> httpx.Response:
        transport = self._direct_transport(request)
        if transport is None:
            return self.http.send(request, stream=True)
        start = time.perf_counter()
        try:
            response = transport.handle_request(request)
        except httpx.RequestError as exc:
            exc.request = request
            raise
        return self._adopt(request, response, start)

    async def _read_body(self, response: httpx.Response) -> bytes:
        return response.read()

    async def _close(self, response: httpx.Response) -> None:
        response.close()

    async def _iter_bytes(self, response: httpx.Response) -> AsyncIterator[bytes]:
        for chunk in response.iter_bytes():
            yield chunk

    async def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def _awaited(self, value: Awaitable[Any], what: str) -> Any:
        if inspect.iscoroutine(value):
            value.close()  # a coroutine never awaited: closed, so that it does not warn
        raise TypeError(f"the sync client takes plain functions as {what}, not async ones")

    def close(self) -> None:
        self.http.close()

    # -- the generated endpoint functions send through these (langgraph_api_client.client) --
    def send_operation(self, kwargs: Mapping[str, Any], parse: Callable[[httpx.Response], T]) -> T:
        """``call`` with what the endpoint's module says (``SyncSender``)."""
        return run_sync(self.call(kwargs, parse))

    @contextlib.contextmanager
    def stream_operation(
        self, kwargs: Mapping[str, Any], operation: ModuleType, *, resumable: bool
    ) -> Iterator[Iterator[StreamPart]]:
        """``stream`` with what the endpoint's module says (``SyncSender``), open when the
        block is entered, closed when it is left."""
        parts = _iterate_sync(
            self.stream(kwargs, endpoint=operation, resumable=resumable, connected=True)
        )
        with contextlib.closing(parts):
            next(parts, None)  # CONNECTED
            yield parts


__all__ = ["NOT_GIVEN", "AsyncCore", "NotGiven", "SyncCore", "backoff_delay"]

"""The HTTP core: one per client, holding the httpx client and every cross-cutting rule.

Headers, the API key, timeouts, retries with backoff, error mapping and resumable streams
live here and nowhere else. The core is written once, as coroutines; its four I/O
primitives (send, read, close, iterate bytes) and ``sleep`` are the only things that differ
between ``AsyncCore`` (``httpx.AsyncClient``) and ``SyncCore`` (``httpx.Client``, called
inside ``async def`` without ever suspending; see ``_sync``).
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import random
import re
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar
from urllib.parse import urlsplit

import httpx
import orjson
from langgraph_api_client.errors import transport_error

from . import _constants as C
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
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

#: Query parameters as httpx accepts them.
QueryParams = Mapping[str, Any] | None

#: What ``stream(..., heartbeats=True)`` yields for a chunk of comments only.
HEARTBEAT = StreamPart(event=":heartbeat", data=None)


class NotGiven:
    """The type of ``NOT_GIVEN``: "use the default", distinct from ``None``, which means "none"."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Any = NotGiven()

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


def _check_headers(headers: Mapping[str, str] | None) -> None:
    if headers and any(key.lower() == C.API_KEY_HEADER for key in headers):
        raise ValueError(f"the {C.API_KEY_HEADER!r} header is set by the client's api_key")


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
        retry_unsafe: bool = False,
        timeout: httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {max_retries!r}")
        self.http: ClientT = client
        self.max_retries = max_retries
        self.retry_unsafe = retry_unsafe
        #: None: the httpx client's timeout; ``httpx.Timeout(None)``: none at all.
        self.timeout = timeout
        #: Headers sent with every call of this core (a call's own headers win).
        self.headers = headers
        self._base: httpx.URL | None = None
        self._prefix = ""
        #: When a list: every final response ``send`` returns is added (``with_raw_response``).
        self.responses: list[httpx.Response] | None = None
        # How httpx picks a request's transport (mounts, proxies), fixed for the client's
        # life like its default encoding; None: the short way is never taken (see below).
        plain = getattr(client, "_default_encoding", None) == "utf-8"
        self._pick: Callable[[httpx.URL], Any] | None = (
            getattr(client, "_transport_for_url", None) if plain else None
        )

    def __repr__(self) -> str:
        # Never shows headers: the API key stays out of reprs, logs and tracebacks.
        return f"<{type(self).__name__} base_url={str(self.http.base_url)!r}>"

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        retry_unsafe: bool | None = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A core sharing this one's connection pool, with other per-call options:
        ``timeout=None`` turns the timeout off, ``headers`` add to this core's."""
        _check_headers(headers)
        if self.headers and headers:
            headers = {**self.headers, **headers}
        return type(self)(
            self.http,
            max_retries=self.max_retries if max_retries is None else max_retries,
            retry_unsafe=self.retry_unsafe if retry_unsafe is None else retry_unsafe,
            timeout=self.timeout if timeout is NOT_GIVEN else httpx.Timeout(timeout),
            headers=headers or self.headers,
        )

    # -- I/O primitives, one small implementation per flavour -------------------------------
    async def _send(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``; the response comes back with its body not yet read."""
        raise NotImplementedError

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

    async def _read_body(self, response: httpx.Response) -> bytes:
        raise NotImplementedError

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

    async def _close(self, response: httpx.Response) -> None:
        raise NotImplementedError

    def _iter_bytes(self, response: httpx.Response) -> AsyncIterator[bytes]:
        raise NotImplementedError

    async def _sleep(self, seconds: float) -> None:
        raise NotImplementedError

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
        _check_headers(headers)
        if self.headers:
            headers = {**self.headers, **headers} if headers else self.headers
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
            if headers:
                args["headers"] = {**kwargs.get("headers", {}), **headers}
            if query:
                args["params"] = query
            if timeout is not None:
                args["timeout"] = timeout
            return http.build_request(**args)
        merged = httpx.Headers(http.headers)
        extra = kwargs.get("headers")
        if headers:
            extra = {**extra, **headers} if extra else headers
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
        self, request: httpx.Request, *, retry_safe: bool, stream: bool = False
    ) -> httpx.Response:
        """Send with retries; returns the final response, whatever its status."""
        retries = self.max_retries if (retry_safe or self.retry_unsafe) else 0
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
                    response.extensions["langgraph_client.attempts"] = attempt
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
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        retry_safe: bool | None = None,
        on_response: Callable[[httpx.Response], None] | None = None,
        reconnect_limit: int = 0,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> T:
        """Send one request built by a generated endpoint and parse the answer with it.

        ``retry_safe`` defaults to whether the method is safe to repeat (GET, PUT, DELETE);
        read-only POSTs (search, count, history) pass True. With ``reconnect_limit`` > 0, an
        answer whose body is cut off is fetched again from its ``Location`` header (the
        server names one for long calls such as ``runs.wait`` and ``runs.join``). ``timeout``
        (None: none) replaces the core's for this call.
        """
        request = self.build_request(kwargs, headers=headers, params=params, timeout=timeout)
        if retry_safe is None:
            retry_safe = request.method in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")
        response = await self.send(request, retry_safe=retry_safe, stream=reconnect_limit > 0)
        if on_response is not None:
            on_response(response)
        failures = 0
        while reconnect_limit > 0:
            location = response.headers.get("location")
            try:
                await self._read(response)
                break
            except httpx.TransportError as exc:
                failures += 1
                # A timeout of the call's own is its bound, not a cut to reconnect after.
                own_timeout = timeout is not NOT_GIVEN and isinstance(exc, httpx.TimeoutException)
                if not location or failures > reconnect_limit or own_timeout:
                    error = transport_error(
                        exc, request, message=f"the answer was cut off: {type(exc).__name__}: {exc}"
                    )
                    raise _attempted(error, failures) from exc
            finally:
                await self._close(response)
            try:
                location = _same_origin(self.http.base_url, location)
            except ValueError as exc:
                refused = APIConnectionError(
                    message=f"the answer was cut off; {exc}", request=request
                )
                raise _attempted(refused, failures) from exc
            await self._sleep(backoff_delay(failures))
            request = self.build_request(
                {"method": "GET", "url": location}, headers=headers, timeout=timeout
            )
            response = await self.send(request, retry_safe=True, stream=True)
        try:
            return parse(response)
        except APIError as exc:
            _note_attempts(exc, response)
            raise

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
    async def stream(
        self,
        kwargs: Mapping[str, Any],
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        last_event_id: str | None = None,
        on_response: Callable[[httpx.Response], None] | None = None,
        resumable: bool = True,
        reconnect_limit: int = C.STREAM_RECONNECT_LIMIT,
        heartbeats: bool = False,
    ) -> AsyncIterator[StreamPart]:
        """Stream parts as they arrive; resume a cut stream where it stopped.

        With ``heartbeats``, a chunk of comments only (the server's keep-alive while the
        stream is quiet) yields ``HEARTBEAT``, so a reader waiting on a quiet stream regains
        control every few seconds.

        The server ends a run's stream by closing it. A stream is cut when the connection
        fails, or when it closes while the run is still pending or running. A ``resumable``
        stream that is cut is reopened at its ``Location`` (or its own URL, for a GET) with
        ``Last-Event-ID``, and each part reaches the caller once, in order (see
        ``_ResumeCursor``). A reconnection refused with a retryable status (429, 503, ...)
        or a failed connection counts as an attempt; once ``reconnect_limit`` attempts in a
        row have failed, or at once for a stream that is not resumable,
        ``StreamReconnectError`` says so.
        """
        request = self._event_stream_request(kwargs, headers=headers, params=params)
        if last_event_id:
            request.headers["Last-Event-ID"] = last_event_id
        resume_url: str | None = str(request.url) if request.method == "GET" else None
        run_url: str | None = None
        decoder = SSEDecoder(last_event_id=last_event_id)
        cursor = _ResumeCursor(last_event_id or None)
        failures = 0
        first = True
        while True:
            problem: str | None = None  # why this connection did not finish the stream
            cause: Exception | None = None
            wait: float | None = None
            try:
                response = await self.send(request, retry_safe=request.method == "GET", stream=True)
            except APIConnectionError as exc:
                if first:
                    raise
                problem, cause = f"reconnecting failed ({exc.message})", exc
            else:
                try:
                    if not first and response.status_code in C.RETRY_STATUSES:
                        await self._read(response)
                        problem = f"the reconnection was refused with {response.status_code}"
                        wait = _retry_after(response)
                    elif response.status_code >= 300:
                        await self._read(response)
                        raise_for_status(response)
                    else:
                        _check_event_stream(response)
                        decoder.response = response
                        if first:
                            if on_response is not None:
                                on_response(response)
                            resume_url = response.headers.get("location") or resume_url
                            run_url = _run_url(response, resume_url)
                            first = False
                        try:
                            async for chunk in self._iter_bytes(response):
                                parts = decoder.feed(chunk)
                                if not parts and heartbeats and chunk.lstrip()[:1] == b":":
                                    yield HEARTBEAT
                                for part in parts:
                                    if part.id is None or cursor.accept(part):  # no id: new
                                        failures = 0
                                        yield part
                        except httpx.TransportError as exc:
                            problem = f"the stream was cut ({type(exc).__name__}: {exc})"
                            cause = exc
                        decoder.close()
                finally:
                    await self._close(response)
            if problem is None:
                if decoder.finished:
                    return
                if not (resumable and await self._still_running(run_url, headers)):
                    return
                problem = "the stream closed while the run was still running"
            failures += 1
            if not resumable or resume_url is None:
                error = StreamReconnectError(
                    message=f"{problem}, and it cannot be resumed "
                    "(pass stream_resumable=True to resume it)",
                    request=request,
                )
                raise _attempted(error, failures) from cause
            if failures > reconnect_limit or (wait is not None and wait > C.MAX_RETRY_AFTER):
                error = StreamReconnectError(
                    message=f"{problem}; gave up after {failures - 1} reconnect attempt(s) "
                    f"in a row (reconnect_limit={reconnect_limit})",
                    request=request,
                )
                raise _attempted(error, failures) from cause
            if wait is None:
                wait = backoff_delay(failures)
            logger.debug(
                "%s; resuming at %s (attempt %d of %d) in %.2f s",
                problem,
                resume_url,
                failures,
                reconnect_limit,
                wait,
            )
            try:
                resume_url = _same_origin(self.http.base_url, resume_url)
            except ValueError as exc:
                error = StreamReconnectError(message=f"{problem}; {exc}", request=request)
                raise _attempted(error, failures) from cause
            await self._sleep(wait)
            request = self._event_stream_request(
                {"method": "GET", "url": resume_url}, headers=headers
            )
            resume_from = cursor.reconnect()
            if resume_from:
                request.headers["Last-Event-ID"] = resume_from

    def _event_stream_request(
        self,
        kwargs: Mapping[str, Any],
        *,
        headers: Mapping[str, str] | None,
        params: QueryParams = None,
    ) -> httpx.Request:
        """``build_request`` for an event stream: the one place its headers are set."""
        request = self.build_request(kwargs, headers=headers, params=params)
        request.headers.update(C.EVENT_STREAM_HEADERS)
        return request

    async def _still_running(self, run_url: str | None, headers: Mapping[str, str] | None) -> bool:
        """Whether the run behind a stream that closed without an end is still going."""
        if run_url is None:
            return False
        request = self.build_request({"method": "GET", "url": run_url}, headers=headers)
        try:
            response = await self.send(request, retry_safe=True)
        except APIConnectionError:
            return True  # the server is unreachable: treat the stream as cut, and retry it
        if not response.is_success:
            return False
        try:
            status = orjson.loads(response.content).get("status")
        except (orjson.JSONDecodeError, AttributeError):
            return False
        return status in ("pending", "running")


#: Event ids as the LangGraph server makes them, ``<milliseconds>-<sequence>``: ordered.
_ORDERED_ID = re.compile(r"(\d+)-(\d+)")

#: How many delivered parts of one id group are kept to recognise a repeat of one of them.
_GROUP_MEMORY = 1024


def _id_key(event_id: str) -> tuple[int, int] | None:
    found = _ORDERED_ID.fullmatch(event_id)
    return (int(found[1]), int(found[2])) if found else None


class _ResumeCursor:
    """Where a resumable stream stands, so that a reconnection delivers each part once.

    Resuming right after the last id is not enough with the LangGraph server: its
    in-memory runtime gives every event of one millisecond the same id (``<ms>-0``), so
    the events that shared the last id but had not arrived yet would be skipped, and a
    reconnection made while the run goes on can send an event twice (once replayed, once
    live). So the cursor keeps the current *id group* (the parts delivered with the last
    id) and the id before it, resumes after that earlier id, and skips the group's parts
    as the server sends them again. On a resumed connection it also drops a part whose
    ``<ms>-<seq>`` id sorts before the current group, or that repeats a part of the group
    exactly (same event name and data). With no earlier id, ordered ids resume after
    ``0-0`` (the start of the stream) and other ids after the last one.
    """

    __slots__ = ("before", "count", "group", "group_id", "resumed", "skip")

    def __init__(self, last_event_id: str | None) -> None:
        self.before = last_event_id  # the id before the current group
        self.group_id: str | None = None
        self.group: list[tuple[str, Any]] = []  # the group's parts, up to _GROUP_MEMORY
        self.count = 0  # how many parts the group has
        self.skip = 0  # how many of them the server is about to send again
        self.resumed = False

    def accept(self, part: StreamPart) -> bool:
        """Whether ``part`` is new (deliver it) rather than one the caller already has."""
        part_id = part.id
        if not part_id:
            return True
        if part_id == self.group_id:
            if self.skip:
                self.skip -= 1
                return False
            item = (part.event, part.data)
            if self.resumed and item in self.group:
                return False
            self.count += 1
            if len(self.group) < _GROUP_MEMORY:
                self.group.append(item)
            return True
        if self.resumed and self.group_id is not None:
            new, current = _id_key(part_id), _id_key(self.group_id)
            if new is not None and current is not None and new < current:
                return False
        if self.group_id is not None:
            self.before = self.group_id
        self.group_id = part_id
        self.group = [(part.event, part.data)]
        self.count = 1
        self.skip = 0
        return True

    def reconnect(self) -> str | None:
        """The ``Last-Event-ID`` to resume with; the group will be skipped as it comes again."""
        self.resumed = True
        if self.group_id is None:
            self.skip = 0
            return self.before
        if self.before is None and _id_key(self.group_id) is None:
            self.skip = 0
            return self.group_id
        self.skip = self.count
        return self.before if self.before is not None else "0-0"


_RUN_STREAM = re.compile(r"^(?P<run>.*/runs/[^/?#]+)/stream(?:[?#].*)?$")


def _run_url(response: httpx.Response, resume_url: str | None) -> str | None:
    """Where the status of the run behind a stream can be read, if the server said."""
    where = response.headers.get("content-location")
    if where and "/runs/" in where:
        try:
            return _same_origin(response.request.url, where)
        except ValueError:
            return None  # never ask another origin
    if resume_url and _is_relative(resume_url):
        found = _RUN_STREAM.match(httpx.URL(resume_url).path)
        if found and "/threads/" in found["run"]:
            return found["run"]
    return None


def _too_large(response: httpx.Response, limit: int) -> APIResponseValidationError:
    return APIResponseValidationError(
        response,
        None,
        message=(
            f"the answer is larger than {limit:,} bytes (status {response.status_code}, "
            f"{response.headers.get('content-type', 'no content type')}); refused"
        ),
    )


class _Timed(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A transport's response body that sets the response's ``elapsed`` when it is closed,
    as httpx's ``send`` does; its chunks pass through untouched."""

    def __init__(self, response: httpx.Response, start: float) -> None:
        self._response = response
        self._inner: Any = response.stream
        self._start = start

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._inner)

    def __aiter__(self) -> AsyncIterator[bytes]:
        return aiter(self._inner)

    def _stop(self) -> None:
        self._response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._start)

    def close(self) -> None:
        self._stop()
        self._inner.close()

    async def aclose(self) -> None:
        self._stop()
        await self._inner.aclose()


class _CappedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that raises once more than ``limit`` bytes have arrived."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self._response = response
        self._inner = response.stream
        self._left = limit
        self._limit = limit

    def _count(self, chunk: bytes) -> bytes:
        self._left -= len(chunk)
        if self._left < 0:
            raise _too_large(self._response, self._limit)
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:  # type: ignore[union-attr]
            yield self._count(chunk)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:  # type: ignore[union-attr]
            yield self._count(chunk)

    def close(self) -> None:
        self._inner.close()  # type: ignore[union-attr]

    async def aclose(self) -> None:
        await self._inner.aclose()  # type: ignore[union-attr]


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
    _attempted(exc, response.extensions.get("langgraph_client.attempts", 1))


def _check_event_stream(response: httpx.Response) -> None:
    content_type = response.headers.get("content-type", "")
    if not content_type.split(";", 1)[0].strip().lower() == "text/event-stream":
        raise APIResponseValidationError(
            response,
            None,
            message=(
                f"expected a text/event-stream answer, got {content_type or 'no content type'!r} "
                f"(status {response.status_code})"
            ),
        )


def _is_relative(location: str) -> bool:
    parts = urlsplit(location)
    return not parts.scheme and not parts.netloc


def _same_origin(base_url: httpx.URL, location: str) -> str:
    """Refuse a reconnect Location on another origin: no request or key goes elsewhere."""
    parts = urlsplit(location)
    if not parts.scheme and not parts.netloc:
        return location
    if _origin(httpx.URL(location)) != _origin(base_url):
        raise ValueError(
            f"refusing to reconnect to {location!r}: not on the client's origin "
            f"{base_url.scheme}://{base_url.netloc.decode()}"
        )
    return location


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

    async def _read_body(self, response: httpx.Response) -> bytes:
        return await response.aread()

    async def _close(self, response: httpx.Response) -> None:
        await response.aclose()

    def _iter_bytes(self, response: httpx.Response) -> AsyncIterator[bytes]:
        return response.aiter_bytes()

    async def _sleep(self, seconds: float) -> None:
        import asyncio

        await asyncio.sleep(seconds)

    async def aclose(self) -> None:
        await self.http.aclose()


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

    def close(self) -> None:
        self.http.close()


__all__ = ["NOT_GIVEN", "AsyncCore", "NotGiven", "SyncCore", "backoff_delay"]

"""Logs and traces of the requests the core sends, once someone is listening.

``_CoreBase.send`` hands a request here only when the ``langgraph_client`` logger is enabled
for INFO or OpenTelemetry is loaded; otherwise this module is never imported. A request,
with its retries, then gives:

- at INFO, one line: method, route template (or path), status, elapsed time, retries and
  the server's request id (``x-request-id``), also as the record's attributes ``http_method``,
  ``http_route``, ``http_status``, ``elapsed_ms``, ``retries`` and ``request_id``;
- at DEBUG, the request's and the answer's headers and body excerpts too;
- with a tracer provider set, one span (see ``_tracing``).

The API key, Authorization values and cookies never reach a line: their values read
``[redacted]``. A stream's line and span end when its answer is closed.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from importlib import resources
from typing import TYPE_CHECKING, Any

import httpx

from . import _constants as C
from ._core import ATTEMPTS, OTEL, _Body

if TYPE_CHECKING:
    from ._core import _CoreBase

logger = logging.getLogger("langgraph_client")

#: Headers whose values never reach a log line.
SECRET_HEADERS = frozenset(
    {C.API_KEY_HEADER, "authorization", "proxy-authorization", "cookie", "set-cookie"}
)
REDACTED = "[redacted]"

_LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}

#: The route line of a generated endpoint module's docstring: `GET /threads/{thread_id}`.
_DOC_ROUTE = re.compile(r"`([A-Z]+) (/\S*)`")

Routes = dict[tuple[str, int], list[tuple[tuple[str | None, ...], str, str]]]


def configure_from_env() -> None:
    """Apply ``LANGGRAPH_CLIENT_LOG`` (``info`` or ``debug``): the logger's level, and a
    handler writing to stderr unless the logger has one already."""
    value = os.environ.get(C.LOG_ENV_VAR, "").strip().lower()
    if not value:
        return
    if value not in _LEVELS:
        raise ValueError(f"{C.LOG_ENV_VAR} must be 'info' or 'debug', not {value!r}")
    logger.setLevel(_LEVELS[value])
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)


@functools.cache
def _routes() -> Routes:
    """Every route of the API by (method, segment count): its segments (None for a
    parameter), template and operation, the ones with fewer parameters first."""
    table: Routes = {}
    for tag in resources.files("langgraph_api_client.api").iterdir():
        if not tag.is_dir() or tag.name.startswith("_"):
            continue
        for module in tag.iterdir():
            if not module.name.endswith(".py") or module.name.startswith("_"):
                continue
            with module.open(encoding="utf-8") as lines:
                head = "".join(next(lines, "") for _ in range(3))
            found = _DOC_ROUTE.search(head)
            if found is None:
                continue
            method, template = found.groups()
            parts = template.strip("/").split("/")
            segments = tuple(None if part.startswith("{") else part for part in parts)
            operation = f"{tag.name}.{module.name[:-3]}"
            table.setdefault((method, len(segments)), []).append((segments, template, operation))
    for candidates in table.values():
        candidates.sort(key=lambda candidate: candidate[0].count(None))
    return table


def route(method: str, path: str) -> tuple[str, str] | None:
    """The (operation, route template) of a request to the API, or None for another route:
    ``route("GET", "/threads/1f0")`` is ``("threads.get_thread", "/threads/{thread_id}")``."""
    parts = path.strip("/").split("/")
    for segments, template, operation in _routes().get((method, len(parts)), ()):
        if all(s is None or s == part for s, part in zip(segments, parts, strict=True)):
            return operation, template
    return None


def redacted(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers as a log line shows them: secret values replaced."""
    return {
        name: REDACTED if name.lower() in SECRET_HEADERS else value
        for name, value in headers.items()
    }


def excerpt(body: bytes) -> str:
    """The start of a body, as text."""
    text = body[: C.LOG_BODY_EXCERPT].decode("utf-8", "replace")
    return text + "..." if len(body) > C.LOG_BODY_EXCERPT else text


class _Watch:
    """One request being logged and traced, from its first attempt to its answer's end."""

    __slots__ = ("done", "failure", "label", "request", "span", "start", "streamed")

    def __init__(self, core: _CoreBase[Any], request: httpx.Request, tracer: Any) -> None:
        self.request = request
        self.done = False
        self.failure: BaseException | None = None  # a stream cut while it was read
        self.streamed = False  # the answer's body is read by the caller, not logged
        path = request.url.path
        base = core.http.base_url.path.rstrip("/")
        if base and path.startswith(base):
            path = path[len(base) :]
        found = route(request.method, path)
        operation, self.label = found if found is not None else (None, path)
        self.span = None
        if tracer is not None:
            from ._tracing import start_span

            self.span = start_span(tracer, request, operation, found and found[1])
        if logger.isEnabledFor(logging.DEBUG):
            try:
                body = excerpt(request.content)
            except httpx.RequestNotRead:
                body = "(streamed)"
            logger.debug(
                "%s %s sends headers %s, body %s",
                request.method,
                self.label,
                redacted(request.headers),
                body or "(none)",
            )
        self.start = time.perf_counter()

    def finish(self, response: httpx.Response | None, error: BaseException | None) -> None:
        """Log and end the span, once: the answer is in (or its stream closed), or it failed."""
        if self.done:
            return
        self.done = True
        elapsed_ms = (time.perf_counter() - self.start) * 1000
        error = error or self.failure
        if response is not None:
            attempts = response.extensions.get(ATTEMPTS, 1)
            request_id = response.headers.get("x-request-id")
            outcome = str(response.status_code)
        else:
            attempts = getattr(error, "attempts", 1)
            request_id = None
            outcome = type(error).__name__
        if error is not None and response is not None:
            outcome += f" then {type(error).__name__}"
        if self.span is not None:
            from ._tracing import end_span

            end_span(self.span, response, error, attempts - 1, request_id)
        if logger.isEnabledFor(logging.INFO):
            method = self.request.method
            logger.info(
                "%s %s %s in %.1f ms, %d retries, request id %s",
                method,
                self.label,
                outcome,
                elapsed_ms,
                attempts - 1,
                request_id or "-",
                extra={
                    "http_method": method,
                    "http_route": self.label,
                    "http_status": response.status_code if response is not None else None,
                    "elapsed_ms": elapsed_ms,
                    "retries": attempts - 1,
                    "request_id": request_id,
                },
            )
        if response is not None and logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s got headers %s, body %s",
                self.request.method,
                self.label,
                redacted(response.headers),
                "(streamed)" if self.streamed else excerpt(response.content) or "(none)",
            )


class _Observed(_Body):
    """A streamed answer's body that finishes its request's watch when it is closed."""

    def __init__(self, response: httpx.Response, watch: _Watch) -> None:
        super().__init__(response)
        self._watch = watch

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._inner
        except Exception as exc:
            self._watch.failure = exc
            raise

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except Exception as exc:
            self._watch.failure = exc
            raise

    def _stop(self) -> None:
        self._watch.finish(self._response, None)


async def observed_send(
    core: _CoreBase[Any],
    request: httpx.Request,
    retry_safe: bool,
    stream: bool,
    max_retries: int | None,
) -> httpx.Response:
    """``core.send_attempts``, logged and traced as the logger's level and OpenTelemetry ask."""
    tracer = None
    if OTEL in sys.modules:
        from ._tracing import current_tracer

        tracer = current_tracer()
    if tracer is None and not logger.isEnabledFor(logging.INFO):
        return await core.send_attempts(request, retry_safe, stream, max_retries)
    watch = _Watch(core, request, tracer)
    try:
        response = await core.send_attempts(request, retry_safe, stream, max_retries)
    except BaseException as exc:
        watch.finish(None, exc)
        raise
    if stream:
        watch.streamed = True
        response.stream = _Observed(response, watch)
    else:
        watch.finish(response, None)
    return response

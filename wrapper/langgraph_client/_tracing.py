"""OpenTelemetry spans of the requests the core sends (the ``otel`` extra).

Imported by ``_observe`` only once the application has loaded ``opentelemetry.trace``
itself, so a program that does not trace never imports OpenTelemetry through this package.
A request gets one client span, named after its operation (``threads.get_thread``, or the
method for a route the API does not have), with the attributes of OpenTelemetry's HTTP
conventions: ``http.request.method``, ``url.template``, ``server.address``, ``server.port``,
``http.response.status_code``, ``http.request.resend_count`` (the retries) and
``http.response.header.x-request-id`` (the server's request id). The span's context goes to
the server in ``traceparent`` (the globally configured propagator, W3C by default).
"""

from __future__ import annotations

import functools
from typing import Any

import httpx
from opentelemetry import propagate, trace
from opentelemetry.trace import SpanKind, StatusCode

from ._version import version


def current_tracer() -> trace.Tracer | None:
    """This package's tracer from the global tracer provider; None while none is set."""
    provider = trace.get_tracer_provider()
    return None if isinstance(provider, trace.ProxyTracerProvider) else _tracer(provider)


@functools.lru_cache(maxsize=1)
def _tracer(provider: trace.TracerProvider) -> trace.Tracer:
    return provider.get_tracer("langgraph_client", version())


def start_span(
    tracer: trace.Tracer, request: httpx.Request, operation: str | None, template: str | None
) -> trace.Span:
    """Start the span of ``request`` and put its context in the request's headers."""
    url = request.url
    attributes: dict[str, Any] = {
        "http.request.method": request.method,
        "server.address": url.host,
        "server.port": url.port or (443 if url.scheme == "https" else 80),
    }
    if template is not None:
        attributes["url.template"] = template
    span = tracer.start_span(
        operation or request.method, kind=SpanKind.CLIENT, attributes=attributes
    )
    propagate.inject(request.headers, context=trace.set_span_in_context(span))
    return span


def end_span(
    span: trace.Span,
    response: httpx.Response | None,
    error: BaseException | None,
    retries: int,
    request_id: str | None,
) -> None:
    """Record the outcome on ``span`` and end it."""
    span.set_attribute("http.request.resend_count", retries)
    if response is not None:
        status = response.status_code
        span.set_attribute("http.response.status_code", status)
        if request_id:
            span.set_attribute("http.response.header.x-request-id", (request_id,))
        if status >= 400:
            span.set_attribute("error.type", str(status))
            span.set_status(StatusCode.ERROR)
    if error is not None:
        span.record_exception(error)
        span.set_attribute("error.type", type(error).__qualname__)
        span.set_status(StatusCode.ERROR, f"{type(error).__name__}: {error}")
    span.end()

"""OpenTelemetry (the ``otel`` extra): one client span per request, ``traceparent`` sent.

Spans are captured with the OpenTelemetry SDK's in-memory exporter (the SDK is installed in
the test environment only). The tracer provider is global and can be set once per process,
so this module sets it and resets it afterwards, as OpenTelemetry's own test helpers do.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from typing import TYPE_CHECKING

import httpx
import pytest
from langgraph_client import get_client, get_sync_client
from langgraph_client.errors import APIConnectionError, NotFoundError

from tests._mock import get_thread_after_a_503, get_thread_refused, ok, scripted

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import ReadableSpan
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

MISSING = "00000000-0000-4000-8000-00000000dead"


@pytest.fixture(scope="module")
def exporter() -> Iterator[InMemorySpanExporter]:
    # Imported here, not at the top: the other test modules keep running without
    # OpenTelemetry loaded, as most applications do (see _CoreBase.send).
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
    from opentelemetry.util._once import Once

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    yield exporter
    provider.shutdown()
    trace._TRACER_PROVIDER = None  # type: ignore[attr-defined]
    trace._TRACER_PROVIDER_SET_ONCE = Once()  # type: ignore[attr-defined]


@pytest.fixture
def spans(exporter: InMemorySpanExporter) -> Iterator[InMemorySpanExporter]:
    exporter.clear()
    yield exporter


def finished(spans: InMemorySpanExporter) -> list[ReadableSpan]:
    return list(spans.get_finished_spans())


def test_a_call_makes_one_client_span_named_after_its_operation(
    server_url: str, spans: InMemorySpanExporter
) -> None:
    with get_sync_client(url=server_url, api_key=None) as client:
        thread = client.threads.create()
        client.threads.get(thread["thread_id"])
    create, get = finished(spans)
    assert (create.name, get.name) == ("threads.create_thread", "threads.get_thread")
    assert get.kind.name == "CLIENT"
    assert dict(get.attributes or {}) == {
        "http.request.method": "GET",
        "url.template": "/threads/{thread_id}",
        "server.address": "127.0.0.1",
        "server.port": httpx.URL(server_url).port,
        "http.response.status_code": 200,
        "http.request.resend_count": 0,
    }
    assert get.status.status_code.name == "UNSET"


async def test_traceparent_carries_the_span_to_the_server(
    server_url: str, spans: InMemorySpanExporter
) -> None:
    sent: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        sent.append(request.headers["traceparent"])

    http = httpx.AsyncClient(event_hooks={"request": [on_request]})
    async with get_client(url=server_url, api_key=None, http_client=http) as client:
        await client.assistants.search(limit=1)
    (span,) = finished(spans)
    context = span.get_span_context()
    assert context.trace_flags.sampled
    flags = f"{context.trace_flags:02x}"
    assert sent == [f"00-{context.trace_id:032x}-{context.span_id:016x}-{flags}"]


def test_a_span_is_a_child_of_the_callers_span(
    server_url: str, spans: InMemorySpanExporter
) -> None:
    from opentelemetry import trace

    tracer = trace.get_tracer("tests")
    with tracer.start_as_current_span("caller") as outer:
        with get_sync_client(url=server_url, api_key=None) as client:
            client.assistants.search(limit=1)
    search, caller = finished(spans)
    assert caller.name == "caller" and search.name == "assistants.search_assistants"
    assert search.parent is not None
    assert search.parent.span_id == outer.get_span_context().span_id
    assert search.context.trace_id == outer.get_span_context().trace_id


def test_a_stream_span_ends_when_the_stream_ends(
    server_url: str, spans: InMemorySpanExporter
) -> None:
    said = {"messages": [{"role": "user", "content": "hi"}]}
    with get_sync_client(url=server_url, api_key=None) as client:
        stream = client.runs.stream(None, "agent", input=said, stream_mode="updates")
        assert next(stream).event == "metadata"
        assert finished(spans) == []
        assert [part.event for part in stream] == ["updates"]
    (span,) = finished(spans)
    assert span.name == "runs.stream_run_stateless"
    assert (span.attributes or {})["http.response.status_code"] == 200


async def test_an_async_stream_span_ends_when_the_stream_ends(
    server_url: str, spans: InMemorySpanExporter
) -> None:
    said = {"messages": [{"role": "user", "content": "hi"}]}
    async with get_client(url=server_url, api_key=None) as client:
        stream = client.runs.stream(None, "agent", input=said, stream_mode="updates")
        assert (await stream.__anext__()).event == "metadata"
        assert finished(spans) == []
        assert [part.event async for part in stream] == ["updates"]
    (span,) = finished(spans)
    assert span.name == "runs.stream_run_stateless" and span.end_time is not None


def test_an_error_status_marks_the_span(server_url: str, spans: InMemorySpanExporter) -> None:
    with get_sync_client(url=server_url, api_key=None) as client:
        with pytest.raises(NotFoundError):
            client.threads.get(MISSING)
    (span,) = finished(spans)
    assert span.status.status_code.name == "ERROR"
    attributes = span.attributes or {}
    assert attributes["http.response.status_code"] == 404 and attributes["error.type"] == "404"


def test_the_retries_and_the_servers_request_id_are_on_the_span(
    spans: InMemorySpanExporter, slept: list[float]
) -> None:
    seen = get_thread_after_a_503("req-9")
    (span,) = finished(spans)
    attributes = span.attributes or {}
    assert len(seen) == 2 and attributes["http.request.resend_count"] == 1
    assert attributes["http.response.header.x-request-id"] == ("req-9",)


def test_a_request_that_failed_records_its_error(
    spans: InMemorySpanExporter, slept: list[float]
) -> None:
    assert isinstance(get_thread_refused(), APIConnectionError)
    (span,) = finished(spans)
    assert span.status.status_code.name == "ERROR"
    assert (span.attributes or {})["error.type"] == "APIConnectionError"
    assert [event.name for event in span.events] == ["exception"]


def test_a_custom_route_span_is_named_after_its_method(
    server_url: str, spans: InMemorySpanExporter
) -> None:
    transport, _ = scripted(ok)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        client.http.get("/custom/route")
    (span,) = finished(spans)
    assert span.name == "GET" and "url.template" not in (span.attributes or {})


def _run(script: str) -> str:
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        env={k: v for k, v in os.environ.items() if not k.startswith("OTEL_")},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return run.stdout.strip()


def test_opentelemetry_is_never_imported_by_the_client(server_url: str) -> None:
    said = _run(f"""
        import sys
        from langgraph_client import get_sync_client
        with get_sync_client(url={server_url!r}, api_key=None) as client:
            thread = client.threads.create()
            client.threads.get(thread["thread_id"])
        print(sorted(name for name in sys.modules if name.startswith("opentelemetry")))
        print("langgraph_client._observe" in sys.modules)
    """)
    assert said.splitlines() == ["[]", "False"]


def test_no_traceparent_is_sent_without_a_tracer_provider(server_url: str) -> None:
    said = _run(f"""
        import httpx
        import opentelemetry.trace
        from langgraph_client import get_sync_client
        sent = []
        http = httpx.Client(event_hooks={{"request": [sent.append]}})
        with get_sync_client(url={server_url!r}, api_key=None, http_client=http) as client:
            client.threads.create()
        print(len(sent), "traceparent" in sent[0].headers)
    """)
    assert said == "1 False"

"""The ``langgraph_client`` log: one line per request at INFO, headers and bodies at DEBUG.

Against the real server, except what it cannot be made to do (send an ``x-request-id``,
answer 503 on demand, refuse a connection), scripted with ``httpx.MockTransport``.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap

import httpx
import pytest
from langgraph_client import get_client, get_sync_client
from langgraph_client.errors import APIConnectionError, NotFoundError

from tests._mock import THREAD, get_thread_after_a_503, get_thread_refused, ok, scripted

LOGGER = "langgraph_client"
SECRET_KEY = "lg-secret-api-key-0042"


def lines(caplog: pytest.LogCaptureFixture, level: int = logging.INFO) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER and r.levelno == level]


@pytest.fixture
def info(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger=LOGGER)
    return caplog


@pytest.fixture
def debug(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    return caplog


def test_a_request_logs_one_line_with_its_route_status_and_time(
    server_url: str, info: pytest.LogCaptureFixture
) -> None:
    with get_sync_client(url=server_url, api_key=None) as client:
        thread = client.threads.create()
        client.threads.get(thread["thread_id"])
    create, get = lines(info)
    assert create.getMessage().startswith("POST /threads 200 in ")
    assert get.getMessage().startswith("GET /threads/{thread_id} 200 in ")
    assert get.getMessage().endswith(" ms, 0 retries, request id -")
    assert (get.http_method, get.http_route, get.http_status) == (  # type: ignore[attr-defined]
        "GET",
        "/threads/{thread_id}",
        200,
    )
    assert get.elapsed_ms > 0 and get.retries == 0  # type: ignore[attr-defined]


async def test_the_async_client_logs_the_same_line(
    server_url: str, info: pytest.LogCaptureFixture
) -> None:
    async with get_client(url=server_url, api_key=None) as client:
        with pytest.raises(NotFoundError):
            await client.threads.get("00000000-0000-4000-8000-00000000dead")
    (line,) = lines(info)
    assert line.getMessage().startswith("GET /threads/{thread_id} 404 in ")


def test_a_route_the_api_does_not_have_is_logged_by_its_path(
    server_url: str, info: pytest.LogCaptureFixture
) -> None:
    with get_sync_client(url=server_url, api_key=None) as client:
        client.http.get("/ok")
        with pytest.raises(NotFoundError):
            client.http.get("/no/such/route")
    ok_line, missing = lines(info)
    assert ok_line.http_route == "/ok"  # type: ignore[attr-defined]
    assert missing.getMessage().startswith("GET /no/such/route 404 in ")


def test_the_servers_request_id_and_the_retries_are_logged(
    info: pytest.LogCaptureFixture, slept: list[float]
) -> None:
    seen = get_thread_after_a_503("req-7")
    (line,) = lines(info)
    assert len(seen) == 2
    assert line.getMessage().endswith(" ms, 1 retries, request id req-7")
    assert (line.retries, line.request_id) == (1, "req-7")  # type: ignore[attr-defined]


def test_a_request_that_never_got_an_answer_is_logged(
    info: pytest.LogCaptureFixture, slept: list[float]
) -> None:
    assert isinstance(get_thread_refused(), APIConnectionError)
    (line,) = lines(info)
    assert line.getMessage().startswith("GET /threads/{thread_id} APIConnectionError in ")
    assert line.retries == 2 and line.http_status is None  # type: ignore[attr-defined]


def test_a_stream_is_logged_when_it_ends(server_url: str, info: pytest.LogCaptureFixture) -> None:
    said = {"messages": [{"role": "user", "content": "hi"}]}
    with get_sync_client(url=server_url, api_key=None) as client:
        stream = client.runs.stream(None, "agent", input=said, stream_mode="updates")
        first = next(stream)
        assert first.event == "metadata" and lines(info) == []
        rest = list(stream)
    (line,) = lines(info)
    assert rest[-1].event == "updates"
    assert line.getMessage().startswith("POST /runs/stream 200 in ")


def test_debug_shows_headers_and_body_excerpts(
    server_url: str, debug: pytest.LogCaptureFixture
) -> None:
    with get_sync_client(url=server_url, api_key=None) as client:
        client.threads.create(metadata={"topic": "logged"})
    sent, got = (r.getMessage() for r in lines(debug, logging.DEBUG))
    assert sent.startswith("POST /threads sends headers {") and "'content-type'" in sent
    assert '"metadata":{"topic":"logged"}' in sent
    assert got.startswith("POST /threads got headers {") and '"topic":"logged"' in got


def test_debug_cuts_a_long_body_short(debug: pytest.LogCaptureFixture) -> None:
    big = {**THREAD, "metadata": {"text": "x" * 5000}}
    transport, _ = scripted(lambda request: httpx.Response(200, json=big))
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        client.threads.get(THREAD["thread_id"])
    got = lines(debug, logging.DEBUG)[-1].getMessage()
    assert got.endswith("...") and len(got) < 1500


def test_the_api_key_and_the_token_never_reach_the_log(
    server_url: str, debug: pytest.LogCaptureFixture
) -> None:
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with get_sync_client(
        url=server_url, api_key=SECRET_KEY, auth=lambda: "alice-token", http_client=http
    ) as client:
        client.threads.create()
    assert sent[0].headers["authorization"] == "Bearer alice-token"
    assert sent[0].headers["x-api-key"] == SECRET_KEY
    text = "\n".join(r.getMessage() + repr(r.__dict__) for r in debug.records)
    assert "POST /threads sends headers" in text
    assert SECRET_KEY not in text and "alice-token" not in text
    assert "'x-api-key': '[redacted]'" in text and "'authorization': '[redacted]'" in text


def test_nothing_is_logged_below_info(server_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    with get_sync_client(url=server_url, api_key=None) as client:
        client.threads.create()
    assert [r for r in caplog.records if r.name == LOGGER] == []


def test_langgraph_client_log_turns_the_log_on(server_url: str) -> None:
    script = textwrap.dedent(f"""
        from langgraph_client import get_sync_client
        with get_sync_client(url={server_url!r}, api_key={SECRET_KEY!r}) as client:
            client.threads.create()
    """)
    run = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "LANGGRAPH_CLIENT_LOG": "debug"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert " INFO langgraph_client: POST /threads 200 in " in run.stderr
    assert " DEBUG langgraph_client: POST /threads sends headers " in run.stderr
    assert SECRET_KEY not in run.stderr


def test_an_unknown_langgraph_client_log_level_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGGRAPH_CLIENT_LOG", "loud")
    with pytest.raises(ValueError, match="must be 'info' or 'debug'"):
        get_sync_client(url="http://test", transport=httpx.MockTransport(ok))

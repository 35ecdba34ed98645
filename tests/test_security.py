"""Hostile and bad input: nothing reaches another route, another host, or a log.

Against the real server through the counting proxy (tests/_proxy.py): hostile path
parameters stay one path segment of the intended route; a reconnect ``Location`` or a
redirect on another origin gets no request (a second proxy stands in for the other host
and counts), and a run named on another origin (a scripted answer: the real server names
its own) is not taken for the run started; the API key stays out of reprs, logs and
errors; input JSON cannot hold raises before anything is sent, naming where it is; a
malformed answer is a typed error with its status and the start of its body.
"""

from __future__ import annotations

import logging
import re
import ssl
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from langgraph_client import get_client, get_sync_client
from langgraph_client._core import AsyncCore, SyncCore
from langgraph_client.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    RequestEncodingError,
    StreamReconnectError,
)
from langgraph_client.sse import SSEDecodeError

from tests._client_api import Api, read_until
from tests._mock import scripted
from tests._proxy import Fault, FaultProxy

SECRET = "lg-test-secret-7f3a9c"

HOSTILE_IDS = [
    "../assistants",
    "..",
    ".",
    "a/b?x=1#y",
    "%2e%2e",
    "x/../../assistants/search",
    "?limit=1",
    "#fragment",
    "a%2Fb",
    "search",
    "\\..\\assistants",
    "..;/assistants",
    "a b\r\nX-Injected: 1",
]

#: Hostile inputs tried in this module, reported once its tests have run.
TRIED: list[str] = []


@pytest.fixture(scope="module", autouse=True)
def report_hostile_inputs(pytestconfig: pytest.Config) -> Iterator[None]:
    """Print how many hostile inputs the module's tests tried (a report, not a check)."""
    yield
    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(f"\nhostile inputs tried: {len(TRIED)} ({len(set(TRIED))} distinct)")


@pytest.fixture(scope="module")
def proxy(server_url: str) -> Iterator[FaultProxy]:
    with FaultProxy(server_url) as running:
        yield running


@pytest.fixture(scope="module")
def elsewhere(server_url: str) -> Iterator[FaultProxy]:
    """Another origin: it would pass requests on, and counts them (there must be none)."""
    with FaultProxy(server_url) as running:
        yield running


@pytest.fixture(autouse=True)
def no_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    async def skip(self: object, seconds: float) -> None:
        pass

    monkeypatch.setattr(AsyncCore, "_sleep", skip)
    monkeypatch.setattr(SyncCore, "_sleep", skip)


@pytest.fixture(params=["async", "sync"])
async def api(
    request: pytest.FixtureRequest, proxy: FaultProxy, elsewhere: FaultProxy
) -> AsyncIterator[Api]:
    proxy.clear()
    elsewhere.clear()
    if request.param == "async":
        async with get_client(url=proxy.url, api_key=SECRET) as client:
            yield Api(client)
    else:
        with get_sync_client(url=proxy.url, api_key=SECRET) as sync_client:
            yield Api(sync_client)
    assert elsewhere.requests == []
    assert proxy.pending == 0


def one_segment(target: str, prefix: str) -> bool:
    """Whether ``target`` is ``prefix`` and one encoded segment, with no query or fragment."""
    return re.fullmatch(re.escape(prefix) + r"[^/?#]+", target) is not None


# -- path parameters -------------------------------------------------------------------------


@pytest.mark.parametrize("hostile", HOSTILE_IDS)
async def test_a_hostile_id_stays_in_its_route(api: Api, proxy: FaultProxy, hostile: str) -> None:
    TRIED.append(f"path {hostile!r}")
    for call, prefix in [
        (lambda: api.threads.get(hostile), "/threads/"),
        (lambda: api.assistants.get(hostile), "/assistants/"),
        (lambda: api.threads.delete(hostile), "/threads/"),
        (lambda: api.crons.delete(hostile), "/runs/crons/"),
    ]:
        proxy.clear()
        with pytest.raises(APIStatusError) as raised:
            await call()
        assert raised.value.status_code in (404, 422)
        # A 404 to an operation newer than some servers (crons) also asks /info the version.
        [seen] = [request for request in proxy.requests if request.target != "/info"]
        assert one_segment(seen.target, prefix), seen.target
        assert "x-injected" not in seen.headers


async def test_a_hostile_id_in_a_nested_route_stays_there(api: Api, proxy: FaultProxy) -> None:
    thread_id = str((await api.threads.create())["thread_id"])
    for hostile in HOSTILE_IDS:
        proxy.clear()
        with pytest.raises(APIStatusError) as raised:
            await api.runs.get(thread_id, hostile)
        assert raised.value.status_code in (404, 422)
        [seen] = proxy.requests
        assert one_segment(seen.target, f"/threads/{thread_id}/runs/"), seen.target


# -- other origins ------------------------------------------------------------------------------


async def test_a_reconnect_location_on_another_origin_is_refused(
    api: Api, proxy: FaultProxy, elsewhere: FaultProxy
) -> None:
    TRIED.append("foreign reconnect Location (stream)")
    thread_id = str((await api.threads.create())["thread_id"])
    proxy.inject(
        Fault(
            method="POST",
            path=r"/runs/stream",
            reset_after_events=5,
            location=f"{elsewhere.url}/threads/{thread_id}/runs/stolen/stream",
        )
    )
    announced: list[int] = []
    hooked = Api(api.client.with_options(on_reconnect=lambda n, *_: announced.append(n)))
    with pytest.raises(StreamReconnectError) as raised:
        await hooked.runs.stream(
            thread_id,
            "burst",
            input={},
            stream_mode="custom",
            stream_resumable=True,
            context={"events": 50},
        )
    assert "not on the client's origin" in str(raised.value)
    assert elsewhere.requests == []
    assert SECRET not in str(raised.value)
    assert announced == []  # refused before a reconnection was announced


async def test_a_cut_answer_with_a_foreign_location_is_not_fetched_from_there(
    api: Api, proxy: FaultProxy, elsewhere: FaultProxy
) -> None:
    TRIED.append("foreign reconnect Location (wait)")
    thread_id = str((await api.threads.create())["thread_id"])
    proxy.inject(
        Fault(
            method="POST",
            path=r"/runs/wait",
            reset_after_bytes=0,
            location=f"{elsewhere.url}/threads/{thread_id}/runs/stolen/join",
        )
    )
    with pytest.raises(APIConnectionError) as raised:
        await api.runs.wait(thread_id, "agent", input={"messages": []})
    assert "not on the client's origin" in str(raised.value)
    assert elsewhere.requests == []


THREAD_ID = "01a20dca-a8f8-7033-bb03-df432c585824"
RUN_ID = "1f0a1b2c-0000-7000-8000-000000000001"
RUN_PATH = f"/threads/{THREAD_ID}/runs/{RUN_ID}"


@pytest.mark.parametrize(
    ("where", "named"),
    [
        (RUN_PATH, True),
        ("http://test" + RUN_PATH, True),
        ("http://elsewhere.test" + RUN_PATH, False),
    ],
    ids=["relative", "same-origin", "other-origin"],
)
def test_a_run_named_on_another_origin_is_not_taken_for_the_run_started(
    where: str, named: bool
) -> None:
    TRIED.append("foreign Content-Location")
    run = {"run_id": RUN_ID, "thread_id": THREAD_ID, "status": "pending"}
    transport, _ = scripted(
        lambda request: httpx.Response(200, json=run, headers={"Content-Location": where})
    )
    created: list[Any] = []
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        assert client.runs.create(THREAD_ID, "agent", on_run_created=created.append) == run
    assert created == ([{"run_id": RUN_ID, "thread_id": THREAD_ID}] if named else [])


@pytest.mark.parametrize("status", [301, 302, 307, 308])
async def test_a_redirect_to_another_origin_is_not_followed(
    api: Api, proxy: FaultProxy, elsewhere: FaultProxy, status: int
) -> None:
    TRIED.append(f"redirect {status} to another origin")
    proxy.inject(
        Fault(method="GET", path=r"^/threads/", status=status, location=f"{elsewhere.url}/ok")
    )
    with pytest.raises(APIStatusError) as raised:
        await api.threads.get("00000000-0000-0000-0000-000000000000")
    assert raised.value.status_code == status
    assert elsewhere.requests == []
    assert api.client._core.http.follow_redirects is False
    # The key went to the client's own origin only.
    assert [r.headers.get("x-api-key") for r in proxy.requests] == [SECRET]


@pytest.mark.parametrize("status", [302, 307])
async def test_a_websocket_handshake_redirected_to_another_origin_is_not_followed(
    api: Api, proxy: FaultProxy, elsewhere: FaultProxy, status: int
) -> None:
    # websockets follows a handshake's redirect by itself, keeping headers such as x-api-key.
    TRIED.append(f"websocket handshake redirect {status} to another origin")
    there = elsewhere.url.replace("http://", "ws://", 1)
    proxy.inject(Fault(method="GET", path=r"/stream/events$", status=status, location=f"{there}/x"))
    made = api.client.threads.stream(str(uuid.uuid4()), assistant_id="agent", transport="websocket")
    with pytest.raises(APIStatusError) as raised:
        if hasattr(made, "__aenter__"):
            async with made as thread:
                await read_until(thread.subscribe(["values"]), lambda event: True)
        else:
            with made as thread:
                await read_until(thread.subscribe(["values"]), lambda event: True)
    assert raised.value.status_code == status
    assert elsewhere.requests == []
    assert [r.headers.get("x-api-key") for r in proxy.requests] == [SECRET]


# -- the API key ----------------------------------------------------------------------------------


async def test_the_api_key_stays_out_of_reprs_logs_and_errors(
    api: Api, proxy: FaultProxy, caplog: pytest.LogCaptureFixture
) -> None:
    TRIED.append("API key in reprs, logs, errors")
    caplog.set_level(logging.DEBUG)
    errors: list[BaseException] = []
    proxy.inject(
        Fault(method="GET", path=r"^/threads/", status=503, retry_after="0"),
        Fault(method="POST", path=r"/runs/stream", reset_after_events=2),
    )
    for attempt in (
        lambda: api.threads.get("00000000-0000-0000-0000-000000000000"),
        lambda: api.runs.stream(None, "agent", input={"messages": []}),
        lambda: api.http.get("/no/such/route"),
        lambda: api.assistants.search(metadata={"k": {1}}),
    ):
        try:
            await attempt()
        except Exception as exc:
            errors.append(exc)
    assert len(errors) == 4
    texts = [str(e) for e in errors] + [repr(e) for e in errors]
    texts += [repr(api.client), str(api.client), repr(api.client._core), repr(api.client.runs)]
    texts += [r.getMessage() for r in caplog.records] + [caplog.text]
    assert all(SECRET not in text for text in texts)
    assert proxy.requests[0].headers["x-api-key"] == SECRET  # it was sent, to the server


@pytest.mark.parametrize("flavour", ["async", "sync"])
async def test_tls_certificates_are_verified_by_default(flavour: str) -> None:
    if flavour == "async":
        async with get_client(url="https://example.invalid", api_key=None) as client:
            context = _ssl_context(client._core.http)
    else:
        with get_sync_client(url="https://example.invalid", api_key=None) as sync_client:
            context = _ssl_context(sync_client._core.http)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True


def _ssl_context(http: Any) -> ssl.SSLContext:
    # httpx keeps the context of its default transport on the connection pool.
    context = http._transport._pool._ssl_context
    assert isinstance(context, ssl.SSLContext)
    return context


# -- input JSON cannot hold ------------------------------------------------------------------


class Opaque:
    pass


@pytest.mark.parametrize(
    "bad", [{1, 2}, Opaque(), float("nan"), float("inf"), 2**70, {1: "x"}], ids=repr
)
async def test_input_json_cannot_hold_raises_before_sending_and_names_the_path(
    api: Api, proxy: FaultProxy, bad: Any
) -> None:
    TRIED.append(f"input {type(bad).__name__}")
    messages = [{"content": "a"}, {"content": "b"}, {"content": bad}]
    with pytest.raises(RequestEncodingError) as raised:
        await api.runs.create(
            "00000000-0000-0000-0000-000000000000", "agent", input={"messages": messages}
        )
    assert "input.messages[2].content" in str(raised.value)
    assert proxy.requests == []


# -- malformed answers --------------------------------------------------------------------------


async def test_an_answer_that_is_not_json_is_a_typed_error_with_an_excerpt(
    api: Api, proxy: FaultProxy
) -> None:
    TRIED.append("invalid JSON answer")
    thread_id = str((await api.threads.create())["thread_id"])
    proxy.inject(
        Fault(method="GET", path=thread_id, rewrite=lambda body: b"<html>gateway " + body[:20])
    )
    with pytest.raises(APIResponseValidationError) as raised:
        await api.threads.get(thread_id)
    assert raised.value.status_code == 200
    assert "<html>gateway" in str(raised.value)
    assert len(str(raised.value)) < 1000


async def test_a_stream_answered_with_another_content_type_is_a_typed_error(
    api: Api, proxy: FaultProxy
) -> None:
    TRIED.append("stream with a JSON content type")
    proxy.inject(
        Fault(method="POST", path=r"/runs/stream", status=200, body=b'{"not": "a stream"}')
    )
    with pytest.raises(APIResponseValidationError) as raised:
        await api.runs.stream(None, "agent", input={"messages": []})
    assert raised.value.status_code == 200
    assert "application/json" in str(raised.value)


async def test_an_event_stream_line_that_cannot_be_parsed_is_a_typed_error(
    api: Api, proxy: FaultProxy
) -> None:
    TRIED.append("unparsable SSE line")
    proxy.inject(
        Fault(
            method="POST",
            path=r"/runs/stream",
            rewrite=lambda block: b"\x00<<not an event>>\r\n\r\n" if b"values" in block else block,
        )
    )
    with pytest.raises(SSEDecodeError) as raised:
        await api.runs.stream(None, "agent", input={"messages": []})
    assert raised.value.status_code == 200
    assert b"not an event" in raised.value.excerpt


async def test_event_data_that_is_not_json_is_a_typed_error(api: Api, proxy: FaultProxy) -> None:
    TRIED.append("SSE data that is not JSON")
    proxy.inject(
        Fault(
            method="POST",
            path=r"/runs/stream",
            rewrite=lambda block: re.sub(rb"data: .*", b"data: {oops", block),
        )
    )
    with pytest.raises(SSEDecodeError) as raised:
        await api.runs.stream(None, "agent", input={"messages": []})
    assert raised.value.status_code == 200
    assert b"{oops" in raised.value.excerpt

"""The core hands a request to the transport itself when the httpx client has nothing to add.

httpx's ``send`` wraps its transport in an auth flow, a redirect loop, event hooks, a log line,
a wrapper on every body chunk and a cookie-jar pass. The core skips that when none of it is
configured; these tests check both halves of that promise: the short way is really taken
(``send`` is never called) and gives what ``send`` gives, on the real server; and anything a
caller configures on their own httpx client (auth, hooks, redirects, mounts, request logging,
cookies a response sets) still applies. Answers a real server does not give (a Set-Cookie, a
redirect) come from ``httpx.MockTransport``.
"""

from __future__ import annotations

import base64
import datetime
import logging
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from langgraph_api_client.sync import run_sync
from langgraph_client import LangGraphClient, SyncLangGraphClient, get_client, get_sync_client
from langgraph_client.errors import APIConnectionError, APIStatusError, NotFoundError

from tests._mock import THREAD, ok, scripted


@pytest.fixture
def sends(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Request]:
    """Every request that went through ``httpx.Client.send`` or ``httpx.AsyncClient.send``."""
    seen: list[httpx.Request] = []
    sync_send, async_send = httpx.Client.send, httpx.AsyncClient.send

    def record_sync(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        seen.append(request)
        return sync_send(self, request, **kwargs)

    async def record_async(
        self: httpx.AsyncClient, request: httpx.Request, **kwargs: Any
    ) -> httpx.Response:
        seen.append(request)
        return await async_send(self, request, **kwargs)

    monkeypatch.setattr(httpx.Client, "send", record_sync)
    monkeypatch.setattr(httpx.AsyncClient, "send", record_async)
    return seen


def test_the_short_way_gives_what_send_gives(server_url: str, sends: list[httpx.Request]) -> None:
    hooked: list[str] = []
    with get_sync_client(url=server_url, api_key=None) as short:
        created = short.threads.create(metadata={"via": "transport"})
        got = short.threads.get(created["thread_id"])
        with pytest.raises(NotFoundError) as missing:
            short.threads.get("00000000-0000-4000-8000-00000000dead")
    assert sends == []  # the transport got every request itself

    plain = httpx.Client(
        base_url=server_url, event_hooks={"request": [lambda r: hooked.append(r.url.path)]}
    )
    with SyncLangGraphClient(plain) as through_send:
        again = through_send.threads.get(created["thread_id"])
    assert len(sends) == 1 and hooked == [f"/threads/{created['thread_id']}"]

    assert got == again == created
    response = missing.value.response
    assert response.request.url.path.endswith("00000000dead")
    assert isinstance(response.elapsed, datetime.timedelta)
    assert response.elapsed.total_seconds() > 0


async def test_the_short_way_async_on_the_real_server(
    server_url: str, sends: list[httpx.Request]
) -> None:
    async with get_client(url=server_url, api_key=None) as client:
        created = await client.threads.create()
        assert (await client.threads.get(created["thread_id"])) == created
        said = {"messages": [{"role": "user", "content": "hi"}]}
        parts = [
            part
            async for part in client.runs.stream(None, "agent", input=said, stream_mode="updates")
        ]
    assert sends == []
    assert [part.event for part in parts] == ["metadata", "updates"]
    assert parts[1].data["reply"]["messages"] == [{"role": "ai", "content": "echo: hi"}]


def test_cookies_a_response_sets_are_kept_and_sent_back() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=THREAD, headers={"Set-Cookie": "affinity=node-2; Path=/"})

    transport, seen = scripted(answer)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        client.threads.get(THREAD["thread_id"])
        client.threads.get(THREAD["thread_id"])
        assert client._core.http.cookies.get("affinity") == "node-2"
    assert "cookie" not in seen[0].headers
    assert seen[1].headers["cookie"] == "affinity=node-2"


async def test_a_callers_hooks_still_apply() -> None:
    transport, seen = scripted(ok)
    events: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        events.append("request")

    async def on_response(response: httpx.Response) -> None:
        events.append(f"response {response.status_code}")

    hooks = {"request": [on_request], "response": [on_response]}
    http = httpx.AsyncClient(base_url="http://test", transport=transport, event_hooks=hooks)
    async with LangGraphClient(http) as client:
        await client.threads.get(THREAD["thread_id"])
    assert len(seen) == 1 and events == ["request", "response 200"]


def test_a_callers_auth_still_applies() -> None:
    transport, seen = scripted(ok)
    http = httpx.Client(
        base_url="http://test", transport=transport, auth=httpx.BasicAuth("ada", "secret")
    )
    with SyncLangGraphClient(http) as client:
        client.threads.get(THREAD["thread_id"])
    assert seen[0].headers["authorization"] == "Basic " + base64.b64encode(b"ada:secret").decode()


def test_a_callers_default_encoding_still_applies() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, content=b"caf\xe9", headers={"content-type": "text/plain"})

    transport, _ = scripted(answer)
    http = httpx.Client(base_url="http://test", transport=transport, default_encoding="latin-1")
    with SyncLangGraphClient(http, max_retries=0) as client:
        with pytest.raises(APIStatusError) as raised:
            client.threads.get(THREAD["thread_id"])
    assert raised.value.response.text == "caf\u00e9"


def test_a_password_in_the_url_is_sent_as_basic_auth() -> None:
    transport, seen = scripted(ok)
    with get_sync_client(url="http://ada:secret@test", api_key=None, transport=transport) as c:
        c.threads.get(THREAD["thread_id"])
    assert seen[0].headers["authorization"] == "Basic " + base64.b64encode(b"ada:secret").decode()


def test_a_callers_redirects_and_mounts_still_apply() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/old"):
            return httpx.Response(307, headers={"Location": "/threads/" + THREAD["thread_id"]})
        return httpx.Response(200, json=THREAD)

    mounted, seen = scripted(answer)
    unused, unused_seen = scripted(ok)
    http = httpx.Client(
        base_url="http://test/old",
        transport=unused,
        mounts={"http://test": mounted},
        follow_redirects=True,
    )
    with SyncLangGraphClient(http) as client:
        assert client.threads.get(THREAD["thread_id"])["thread_id"] == THREAD["thread_id"]
    assert [r.url.path for r in seen] == [
        "/old/threads/" + THREAD["thread_id"],
        "/threads/" + THREAD["thread_id"],
    ]
    assert unused_seen == []

    mounted_only = httpx.Client(
        base_url="http://test", transport=unused, mounts={"http://test": mounted}
    )
    with SyncLangGraphClient(mounted_only) as client:
        client.threads.get(THREAD["thread_id"])
    assert len(seen) == 3 and unused_seen == []


def test_a_redirect_not_followed_says_where_it_goes() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(307, headers={"Location": "/elsewhere"}, json={"detail": "moved"})

    transport, seen = scripted(answer)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        with pytest.raises(APIStatusError) as raised:
            client.threads.get(THREAD["thread_id"])
    assert len(seen) == 1 and raised.value.status_code == 307
    moved = raised.value.response.next_request
    assert moved is not None and str(moved.url) == "http://test/elsewhere"


def test_a_redirect_to_nowhere_is_the_status_error_it_is() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "http://test:abc/"}, text="moved")

    transport, seen = scripted(answer)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        with pytest.raises(APIStatusError) as raised:
            client.threads.get(THREAD["thread_id"])
    assert len(seen) == 1 and raised.value.status_code == 302
    assert raised.value.response.next_request is None and raised.value.response.is_closed


def test_a_request_without_a_timeout_gets_the_clients(sends: list[httpx.Request]) -> None:
    transport, seen = scripted(ok)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        http = client._core.http
        bare = httpx.Request("GET", f"http://test/threads/{THREAD['thread_id']}")
        response = run_sync(client._core.send(bare, retry_safe=True))
    assert response.status_code == 200 and len(sends) == 1
    assert seen[0].extensions["timeout"] == http.timeout.as_dict()


def test_httpx_request_logging_is_kept_when_enabled(caplog: pytest.LogCaptureFixture) -> None:
    transport, _ = scripted(ok)
    with caplog.at_level(logging.INFO, logger="httpx"):
        with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
            client.threads.get(THREAD["thread_id"])
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert len(lines) == 1 and THREAD["thread_id"] in lines[0] and "200" in lines[0]


@pytest.fixture
def closed_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    yield port


def test_a_proxy_from_the_environment_is_used(
    server_url: str, closed_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # httpx mounts a proxy transport for HTTP_PROXY; the short way must pick it as send
    # would: with the proxy unreachable, the call fails although the server is up.
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{closed_port}")
    with get_sync_client(url=server_url, api_key=None, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as raised:
            client.threads.search(limit=1)
    assert isinstance(raised.value.__cause__, httpx.ProxyError | httpx.ConnectError)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with get_sync_client(url=server_url, api_key=None, max_retries=0) as client:
        assert isinstance(client.threads.search(limit=1), list)


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_a_transport_error_carries_its_request(closed_port: int, flavour: str) -> None:
    url = f"http://127.0.0.1:{closed_port}"
    with pytest.raises(APIConnectionError) as raised:
        if flavour == "sync":
            with get_sync_client(url=url, api_key=None, max_retries=0) as client:
                client.threads.get(THREAD["thread_id"])
        else:
            async with get_client(url=url, api_key=None, max_retries=0) as aclient:
                await aclient.threads.get(THREAD["thread_id"])
    cause = raised.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert cause.request.url == f"{url}/threads/{THREAD['thread_id']}"


def test_a_closed_client_sends_nothing() -> None:
    transport, seen = scripted(ok)
    client = get_sync_client(url="http://test", api_key=None, transport=transport)
    client.close()
    with pytest.raises(RuntimeError, match="closed"):
        client.threads.get(THREAD["thread_id"])
    assert seen == []


def test_a_token_provider_keeps_the_short_way(server_url: str, sends: list[httpx.Request]) -> None:
    asked: list[int] = []

    def provide() -> str:
        asked.append(1)
        return f"token-{len(asked)}"

    with get_sync_client(url=server_url, api_key=None, auth=provide) as client:
        created = client.threads.create()
        assert client.threads.get(created["thread_id"]) == created
    assert sends == [] and len(asked) == 2


def test_without_the_httpx_internal_it_relies_on_the_core_uses_send(
    server_url: str, sends: list[httpx.Request], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An httpx that renamed or dropped the method the short way reads: every request goes
    through the public ``send``, generated endpoint functions included, and works."""
    from langgraph_api_client.api.threads import create_thread, get_thread
    from langgraph_api_client.models import ThreadCreate

    with monkeypatch.context() as renamed:  # the core looks for it when it is made
        renamed.delattr(httpx.Client, "_transport_for_url")
        client = get_sync_client(url=server_url, api_key=None)
    with client:
        created = create_thread.sync(client=client, body=ThreadCreate())
        assert get_thread.sync(created.thread_id, client=client) == created
        assert client.threads.get(created["thread_id"]) == created
    assert [request.method for request in sends] == ["POST", "GET", "GET"]

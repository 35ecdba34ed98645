"""``get_client(auth=..., http_client=...)``: bearer tokens, httpx auth and your own httpx client.

The token tests run against a real server whose Auth handler (tests/app/auth_app.py through
langgraph_auth.json) accepts only "Bearer alice-token" and "Bearer bob-token", and records
who created a thread in its metadata ("owner"), so the server itself says which token came.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator

import httpx
import pytest
from langgraph_client import get_client, get_sync_client
from langgraph_client.errors import AuthenticationError

from tests._mock import THREAD, ok, scripted
from tests._server import running_server


@pytest.fixture(scope="module")
def auth_url() -> Iterator[str]:
    with running_server(config="langgraph_auth.json") as url:
        yield url


class BearerAuth(httpx.Auth):
    """A caller's own httpx auth: the token in the Authorization header."""

    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


def test_the_server_refuses_a_client_without_a_token(auth_url: str) -> None:
    with get_sync_client(url=auth_url, api_key=None) as client:
        with pytest.raises(AuthenticationError):
            client.threads.create()


def test_a_token_provider_authenticates_the_sync_client(auth_url: str) -> None:
    with get_sync_client(url=auth_url, api_key=None, auth=lambda: "alice-token") as client:
        thread = client.threads.create()
        assert client.threads.get(thread["thread_id"]) == thread
    assert thread["metadata"]["owner"] == "alice"


def test_a_token_provider_is_asked_again_for_every_request(auth_url: str) -> None:
    tokens = iter(["alice-token", "bob-token", "alice-token"])
    with get_sync_client(url=auth_url, api_key=None, auth=lambda: next(tokens)) as client:
        owners = [client.threads.create()["metadata"]["owner"] for _ in range(3)]
    assert owners == ["alice", "bob", "alice"]


async def test_an_async_token_provider_is_awaited_for_every_request(auth_url: str) -> None:
    tokens = iter(["bob-token", "alice-token"])

    async def provide() -> str:
        return next(tokens)

    async with get_client(url=auth_url, api_key=None, auth=provide) as client:
        owners = [(await client.threads.create())["metadata"]["owner"] for _ in range(2)]
    assert owners == ["bob", "alice"]


async def test_a_plain_function_is_a_token_provider_for_the_async_client(auth_url: str) -> None:
    async with get_client(url=auth_url, api_key=None, auth=lambda: "bob-token") as client:
        assert (await client.threads.create())["metadata"]["owner"] == "bob"


def test_an_httpx_auth_is_applied(auth_url: str) -> None:
    with get_sync_client(url=auth_url, api_key=None, auth=BearerAuth("bob-token")) as client:
        assert client.threads.create()["metadata"]["owner"] == "bob"


def test_the_api_key_is_sent_beside_the_token() -> None:
    transport, seen = scripted(ok)
    with get_sync_client(
        url="http://test", api_key="key-1", auth=lambda: "token-1", transport=transport
    ) as client:
        client.threads.get(THREAD["thread_id"])
    assert seen[0].headers["x-api-key"] == "key-1"
    assert seen[0].headers["authorization"] == "Bearer token-1"


async def test_a_client_with_other_options_keeps_the_token_provider() -> None:
    transport, seen = scripted(ok)

    async def provide() -> str:
        return "token-2"

    async with get_client(url="http://test", auth=provide, transport=transport) as client:
        await client.with_options(max_retries=0).threads.get(THREAD["thread_id"])
    assert seen[0].headers["authorization"] == "Bearer token-2"


def test_the_sync_client_refuses_an_async_token_provider() -> None:
    async def provide() -> str:
        return "alice-token"

    with pytest.raises(TypeError, match="must return the token"):
        get_sync_client(url="http://test", auth=provide)  # type: ignore[arg-type]


@pytest.mark.filterwarnings("error::RuntimeWarning")  # the coroutine is closed, not left unawaited
def test_the_sync_client_refuses_a_token_provider_returning_an_awaitable() -> None:
    async def token() -> str:
        return "alice-token"

    transport, seen = scripted(ok)
    with get_sync_client(url="http://test", auth=lambda: token(), transport=transport) as c:  # type: ignore[arg-type,return-value]
        with pytest.raises(TypeError, match="plain functions as token providers"):
            c.threads.get(THREAD["thread_id"])
    assert seen == []


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_a_token_provider_returning_no_str_is_a_type_error(flavour: str) -> None:
    transport, seen = scripted(ok)
    with pytest.raises(TypeError, match="returned NoneType, not a str"):
        if flavour == "sync":
            with get_sync_client(url="http://test", auth=lambda: None, transport=transport) as c:  # type: ignore[arg-type,return-value]
                c.threads.get(THREAD["thread_id"])
        else:
            async with get_client(
                url="http://test",
                auth=lambda: None,  # type: ignore[arg-type,return-value]
                transport=transport,
            ) as client:
                await client.threads.get(THREAD["thread_id"])
    assert seen == []


def test_auth_of_another_kind_is_refused() -> None:
    with pytest.raises(TypeError, match=r"httpx\.Auth or a callable"):
        get_client(url="http://test", auth="alice-token")  # type: ignore[arg-type]


# --- your own httpx client --------------------------------------------------------------------


def test_a_configured_sync_http_client_sees_our_requests(server_url: str) -> None:
    hooked: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [hooked.append]})
    with get_sync_client(url=server_url, api_key="key-2", http_client=http) as client:
        thread = client.threads.create(metadata={"via": "http_client"})
    assert client._core.http is http and http.is_closed
    assert thread["metadata"] == {"via": "http_client"}
    (request,) = hooked
    assert str(request.url) == f"{server_url}/threads"
    assert request.headers["x-api-key"] == "key-2"
    assert request.headers["user-agent"].startswith("langgraph-client-py/")


async def test_a_configured_async_http_client_sees_our_requests(server_url: str) -> None:
    hooked: list[str] = []

    async def on_response(response: httpx.Response) -> None:
        hooked.append(f"{response.request.method} {response.url.path} {response.status_code}")

    http = httpx.AsyncClient(event_hooks={"response": [on_response]})
    async with get_client(url=server_url, api_key=None, http_client=http) as client:
        thread = await client.threads.create()
        await client.threads.get(thread["thread_id"])
    assert hooked == ["POST /threads 200", f"GET /threads/{thread['thread_id']} 200"]


def test_a_configured_http_client_keeps_its_timeout_unless_one_is_given() -> None:
    mine = httpx.Timeout(7.0)
    with get_sync_client(url="http://test", http_client=httpx.Client(timeout=mine)) as client:
        assert client._core.http.timeout == mine
    given = get_sync_client(url="http://test", timeout=3.0, http_client=httpx.Client())
    with given as client:
        assert client._core.http.timeout == httpx.Timeout(3.0)


def test_a_configured_http_client_takes_a_token_provider(auth_url: str) -> None:
    with get_sync_client(
        url=auth_url, api_key=None, http_client=httpx.Client(), auth=lambda: "alice-token"
    ) as client:
        assert client.threads.create()["metadata"]["owner"] == "alice"


def test_an_http_client_of_the_other_flavour_is_refused() -> None:
    with pytest.raises(TypeError, match=r"httpx\.AsyncClient"):
        get_client(url="http://test", http_client=httpx.Client())  # type: ignore[arg-type]


def test_an_http_client_and_a_transport_together_are_refused() -> None:
    with pytest.raises(ValueError, match="transport= or http_client="):
        get_sync_client(
            url="http://test", http_client=httpx.Client(), transport=httpx.MockTransport(ok)
        )


def test_an_http_client_needs_a_url_for_the_async_client() -> None:
    with pytest.raises(ValueError, match="needs a url"):
        get_client(http_client=httpx.AsyncClient())

"""get_client and get_sync_client: API key, headers, timeouts, closing, public names, reprs."""

from __future__ import annotations

import ast
import inspect
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import langgraph_client
import langgraph_client.errors
import pytest
from langgraph_client import get_client, get_sync_client

from tests._client_api import Api, settle, unique, wire

pytest_plugins = ["tests._client_fixtures"]

KEY_VARS = ("LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY")
MAKERS: list[Callable[..., Any]] = [get_client, get_sync_client]


@pytest.fixture
def no_key_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in KEY_VARS:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


async def sent_headers(make: Callable[..., Any], url: str, **options: Any) -> httpx.Headers:
    """The headers of one real request made by a client built with ``options``."""
    seen: list[httpx.Response] = []
    client = make(url=url, **options)
    try:
        await settle(client.http.get("/ok", on_response=seen.append))
    finally:
        await settle(client.aclose() if make is get_client else client.close())
    return seen[0].request.headers


@pytest.mark.parametrize("make", MAKERS)
@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANGGRAPH_API_KEY": "k1", "LANGSMITH_API_KEY": "k2", "LANGCHAIN_API_KEY": "k3"}, "k1"),
        ({"LANGSMITH_API_KEY": "k2", "LANGCHAIN_API_KEY": "k3"}, "k2"),
        ({"LANGCHAIN_API_KEY": "k3"}, "k3"),
        ({}, None),
    ],
)
async def test_api_key_from_the_environment_in_order(
    make: Callable[..., Any],
    env: dict[str, str],
    expected: str | None,
    no_key_env: pytest.MonkeyPatch,
    server_url: str,
) -> None:
    for name, value in env.items():
        no_key_env.setenv(name, value)
    headers = await sent_headers(make, server_url)
    assert headers.get("x-api-key") == expected


@pytest.mark.parametrize("make", MAKERS)
async def test_api_key_none_ignores_the_environment(
    make: Callable[..., Any], no_key_env: pytest.MonkeyPatch, server_url: str
) -> None:
    no_key_env.setenv("LANGGRAPH_API_KEY", "from-env")
    assert "x-api-key" not in await sent_headers(make, server_url, api_key=None)
    given = await sent_headers(make, server_url, api_key="given")
    assert given["x-api-key"] == "given"


@pytest.mark.parametrize("make", MAKERS)
async def test_extra_headers_are_merged(make: Callable[..., Any], server_url: str) -> None:
    headers = await sent_headers(
        make, server_url, api_key="k", headers={"X-Team": "blue", "X-Trace": "1"}
    )
    assert headers["x-team"] == "blue"
    assert headers["x-trace"] == "1"
    assert headers["x-api-key"] == "k"
    assert "user-agent" in headers


@pytest.mark.parametrize("make", MAKERS)
def test_the_api_key_header_cannot_be_given_in_headers(make: Callable[..., Any]) -> None:
    said = r"'x-api-key' header is reserved: the client sends the key of get_client\(api_key="
    with pytest.raises(ValueError, match=said):
        make(url="http://127.0.0.1:9", headers={"X-Api-Key": "sneaky"})
    client = make(url="http://127.0.0.1:9", api_key=None)
    with pytest.raises(ValueError, match=said):  # the same words where api_key is not taken
        client.with_options(headers={"x-api-key": "sneaky"})


@pytest.mark.parametrize("make", MAKERS)
async def test_default_and_given_timeouts(make: Callable[..., Any]) -> None:
    client = make(url="http://127.0.0.1:9", api_key=None)
    tuned = make(url="http://127.0.0.1:9", api_key=None, timeout=(1.0, 2.0, 3.0, 4.0))
    try:
        assert client._core.http.timeout == httpx.Timeout(
            connect=5.0, read=300.0, write=300.0, pool=5.0
        )
        assert tuned._core.http.timeout == httpx.Timeout(connect=1.0, read=2.0, write=3.0, pool=4.0)
    finally:
        for each in (client, tuned):
            await settle(each.aclose() if make is get_client else each.close())


async def test_the_async_client_closes_as_a_context_manager(server_url: str) -> None:
    async with get_client(url=server_url, api_key=None) as client:
        assert (await client.http.get("/ok"))["ok"] is True
    assert client._core.http.is_closed


def test_the_sync_client_closes_as_a_context_manager(server_url: str) -> None:
    with get_sync_client(url=server_url, api_key=None) as client:
        assert client.http.get("/ok")["ok"] is True
    assert client._core.http.is_closed


#: Imported by a module for its own use, never part of its API.
OWN_USE = frozenset({"__future__", "typing"})


def _public_names(module: ModuleType) -> set[str]:
    """The names a module's source defines or imports at its top level (its type-checking
    block included) that do not start with an underscore."""
    names: set[str] = set()
    body = list(ast.parse(inspect.getsource(module)).body)
    for node in body:
        if isinstance(node, ast.If):  # `if TYPE_CHECKING:`
            body.extend(node.body)
        elif isinstance(node, ast.ImportFrom) and node.module not in OWN_USE:
            names |= {alias.asname or alias.name for alias in node.names}
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {target.id for target in node.targets if isinstance(target, ast.Name)}
    return {name for name in names if not name.startswith("_")}


@pytest.mark.parametrize(
    "module", [langgraph_client, langgraph_client.errors], ids=lambda module: module.__name__
)
def test_all_lists_exactly_the_public_names(module: ModuleType) -> None:
    assert sorted(module.__all__) == module.__all__
    assert set(module.__all__) - {"__version__"} == _public_names(module)
    for name in module.__all__:
        assert getattr(module, name) is not None


@pytest.mark.parametrize("make", MAKERS)
async def test_the_api_key_is_never_in_a_repr(make: Callable[..., Any]) -> None:
    secret = "sk-" + unique("secret")
    client = make(url="http://127.0.0.1:9", api_key=secret)
    try:
        for shown in (client, client.threads, client.runs, client.http, client._core):
            assert secret not in repr(shown)
    finally:
        await settle(client.aclose() if make is get_client else client.close())


async def test_a_graph_node_calls_its_own_server(api: Api) -> None:
    topic = unique("self")
    values = await api.runs.wait(None, "self_call", input={"topic": topic})
    assert values["graph_ids"] == ["agent"]
    made = await api.threads.get(values["thread_id"])
    assert wire(made["metadata"]) == {"made_by": "self_call", "topic": topic}


def _asgi_app(name: str, seen: list[tuple[str, str]]) -> Callable[..., Any]:
    """An ASGI application answering ``{"app": name}``; it records each path and root path.

    It stands for the LangGraph server's application, which only the server can hand over.
    """

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        seen.append((name, scope["root_path"]))
        headers = [(b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": f'{{"app": "{name}"}}'.encode()})

    return app


async def test_configure_loopback_transports_points_in_process_clients_at_the_app(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from langgraph_client.client import configure_loopback_transports

    # langgraph-api's own ASGI transport needs a running server's event loop: use httpx's,
    # as where langgraph-api is not installed.
    monkeypatch.setitem(sys.modules, "langgraph_api.asgi_transport", None)

    seen: list[tuple[str, str]] = []
    async with (
        get_client(url=None, api_key=None) as first,
        get_client(url=None, api_key=None) as second,
    ):
        configure_loopback_transports(_asgi_app("one", seen))
        assert await first.http.get("/ok") == {"app": "one"}
        assert await second.http.get("/ok") == {"app": "one"}
        configure_loopback_transports(_asgi_app("two", seen))
        assert await first.http.get("/ok") == {"app": "two"}
    # The server's routes without authentication, as for every in-process call.
    assert seen == [("one", "/noauth"), ("one", "/noauth"), ("two", "/noauth")]

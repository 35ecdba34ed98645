"""``client.info()``: the server's /info as the typed model, and a server newer than the spec."""

from __future__ import annotations

import httpx
import orjson
from langgraph_api_client.models import ServerHost, ServerInfo
from langgraph_client import get_client, get_sync_client

from tests._client_api import Api, settle
from tests._server import expected_server_version

pytest_plugins = ["tests._client_fixtures"]


async def test_info_is_the_typed_server_info(api: Api) -> None:
    info = await settle(api.client.info())
    assert isinstance(info, ServerInfo)
    assert info.version == expected_server_version()  # the pinned server of this run
    assert info["langgraph_py_version"] == info.langgraph_py_version
    assert isinstance(info.flags.assistants, bool)


# What a newer server might answer: a field, a flag and a host field the spec does not know.
NEWER_ANSWER = {
    "version": "9.0.0",
    "langgraph_py_version": "9.1.0",
    "flags": {"assistants": True, "crons": False, "time_travel": True},
    "host": {"kind": "self-hosted", "region": "eu-west"},
    "capabilities": ["a2a", "mcp"],
}


def _newer_server(request: httpx.Request) -> httpx.Response:
    assert request.url.path == "/info"
    return httpx.Response(200, content=orjson.dumps(NEWER_ANSWER))


def test_unknown_fields_of_a_newer_server_pass_through() -> None:
    # A real server cannot be made to answer fields it does not have: a mock answers.
    transport = httpx.MockTransport(_newer_server)
    with get_sync_client(url="http://server", api_key=None, transport=transport) as client:
        info = client.info()
    assert info.version == "9.0.0"
    assert info["capabilities"] == ["a2a", "mcp"]
    assert info.additional_properties == {"capabilities": ["a2a", "mcp"]}
    assert info.flags["time_travel"] is True
    assert info.flags.assistants is True
    assert isinstance(info.host, ServerHost)
    assert info.host.get("region") == "eu-west"
    assert info.to_dict() == NEWER_ANSWER


async def test_the_async_client_reads_the_same_newer_answer() -> None:
    async def answer(request: httpx.Request) -> httpx.Response:
        return _newer_server(request)

    transport = httpx.MockTransport(answer)
    async with get_client(url="http://server", api_key=None, transport=transport) as client:
        info = await client.info()
    assert info.to_dict() == NEWER_ANSWER

"""The supported window of servers: an operation an older server lacks is a typed error.

The real-server tests run against langgraph-api 0.4.48, 0.10.3 and 0.16.7 (noxfile.py);
here, what the client makes of an old server's 404 or 405, against the real server where it
can show it and against scripted answers for the versions the test server is not.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import httpx
import orjson
import pytest
import yaml
from langgraph_api_client.api.crons import get_cron
from langgraph_api_client.api.streaming import send_thread_command, stream_thread_events
from langgraph_api_client.api.threads import get_thread, prune_threads
from langgraph_api_client.models import ProtocolEventStreamRequest
from langgraph_client import LangGraphClient, get_client, get_sync_client
from langgraph_client.errors import (
    APIStatusError,
    NotFoundError,
    UnsupportedOperationError,
    UnsupportedOperationNotFoundError,
)

from tests._client_api import Api
from tests._mock import scripted
from tests._server import expected_server_version
from tests.conftest import serves

pytest_plugins = ["tests._client_fixtures"]

MISSING = "00000000-0000-4000-8000-000000000000"


# --- the spec's x-since in the endpoint modules -------------------------------------------


def test_every_endpoint_module_carries_its_operations_x_since() -> None:
    spec = yaml.safe_load((Path(__file__).parent.parent / "openapi.yaml").read_text())
    seen: dict[str, str | None] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            name = operation["operationId"]
            module = importlib.import_module(
                f"langgraph_api_client.api.{operation['tags'][0]}.{name}"
            )
            assert name == module.OPERATION_ID
            seen[name] = module.SINCE
            assert operation.get("x-since") == module.SINCE, name
    assert seen["prune_threads"] == "0.6.18"
    assert seen["get_thread"] is None


# --- against the real server -------------------------------------------------------------


def test_the_server_reports_the_pinned_version(server_version: str) -> None:
    assert server_version == expected_server_version()


async def test_an_unknown_thread_stays_a_plain_not_found(api: Api) -> None:
    # get_thread is served by every release of the window: its 404 says the thread is missing.
    with pytest.raises(NotFoundError) as caught:
        await api.threads.get(MISSING)
    assert not isinstance(caught.value, UnsupportedOperationError)


async def test_an_unknown_cron_is_a_plain_not_found_where_crons_are_served(
    api: Api, server_version: str
) -> None:
    if serves(server_version, get_cron):
        with pytest.raises(NotFoundError) as caught:
            await api.crons.get(MISSING)
        assert not isinstance(caught.value, UnsupportedOperationError)
    else:
        with pytest.raises(UnsupportedOperationNotFoundError) as unsupported:
            await api.crons.get(MISSING)
        assert (unsupported.value.operation, unsupported.value.since) == ("get_cron", "0.10.0")


async def test_prune_says_which_versions_are_involved_where_it_is_missing(
    api: Api, server_version: str
) -> None:
    if serves(server_version, prune_threads):
        assert (await api.threads.prune([MISSING]))["pruned_count"] == 0
        return
    with pytest.raises(UnsupportedOperationError) as caught:
        await api.threads.prune([MISSING])
    error = caught.value
    assert (error.operation, error.server_version, error.since) == (
        "prune_threads",
        server_version,
        prune_threads.SINCE,
    )
    assert error.status_code == 405  # POST on /threads/{thread_id}: a route it has, not POST
    assert not isinstance(error, NotFoundError)
    assert f"needs langgraph-api {prune_threads.SINCE}" in str(error)


async def test_the_thread_stream_protocol_is_unsupported_where_it_is_missing(
    aclient: LangGraphClient, server_version: str
) -> None:
    hello = {"messages": [{"role": "user", "content": "hello"}]}
    if serves(server_version, send_thread_command):
        async with aclient.threads.stream(assistant_id="agent") as thread:
            started = await thread.run.start(input=hello)
            assert (await thread.output)["messages"][-1]["content"] == "echo: hello"
        assert started["run_id"]
        return
    with pytest.raises(UnsupportedOperationNotFoundError) as caught:
        async with aclient.threads.stream(assistant_id="agent") as thread:
            await thread.run.start(input=hello)
    assert (caught.value.operation, caught.value.since) == ("send_thread_command", "0.9.0")


# --- scripted answers: a server of any version --------------------------------------------


def _old_server(version: str, status: int) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """A server reporting langgraph-api `version` that answers every other request `status`."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/info":
            return httpx.Response(200, content=orjson.dumps({"version": version}))
        return httpx.Response(status, json={"detail": "Not Found"})

    return scripted(answer)


def test_a_405_from_an_older_server_is_unsupported_and_still_a_status_error() -> None:
    transport, _ = _old_server("0.4.48", 405)
    with get_sync_client(url="http://server", api_key=None, transport=transport) as client:
        with pytest.raises(UnsupportedOperationError) as caught:
            client.threads.prune([MISSING])
    error = caught.value
    assert isinstance(error, APIStatusError)
    assert not isinstance(error, NotFoundError)
    assert (error.operation, error.server_version, error.since) == (
        "prune_threads",
        "0.4.48",
        "0.6.18",
    )
    assert str(error).startswith(
        "prune_threads (POST /threads/prune) needs langgraph-api 0.6.18 or newer; "
        "the server runs 0.4.48 (405"
    )


def test_a_404_from_an_older_server_is_unsupported_and_still_not_found() -> None:
    transport, _ = _old_server("0.9.1", 404)
    with get_sync_client(url="http://server", api_key=None, transport=transport) as client:
        with pytest.raises(NotFoundError) as caught:
            client.crons.get(MISSING)
    assert isinstance(caught.value, UnsupportedOperationNotFoundError)
    assert caught.value.status_code == 404
    assert caught.value.since == "0.10.0"


def test_a_404_from_a_server_new_enough_is_the_plain_not_found() -> None:
    transport, _ = _old_server("0.10.0", 404)
    with get_sync_client(url="http://server", api_key=None, transport=transport) as client:
        with pytest.raises(NotFoundError) as caught:
            client.crons.get(MISSING)
    assert type(caught.value) is NotFoundError


def test_an_operation_of_every_release_never_asks_for_the_version() -> None:
    assert get_thread.SINCE is None
    transport, seen = _old_server("0.4.48", 404)
    with get_sync_client(url="http://server", api_key=None, transport=transport) as client:
        with pytest.raises(NotFoundError) as caught:
            client.threads.get(MISSING)
    assert type(caught.value) is NotFoundError
    assert [request.url.path for request in seen] == [f"/threads/{MISSING}"]


async def test_the_version_is_read_once_per_client() -> None:
    transport, seen = _old_server("0.4.48", 405)
    async with get_client(url="http://server", api_key=None, transport=transport) as client:
        for _ in range(2):
            with pytest.raises(UnsupportedOperationError):
                await client.threads.prune([MISSING])
        with pytest.raises(UnsupportedOperationError):
            await client.with_options(max_retries=0).threads.prune([MISSING])
    assert [request.url.path for request in seen].count("/info") == 1


def test_a_server_that_does_not_say_its_version_gives_the_plain_error() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/info":
            return httpx.Response(404, json={"detail": "Not Found"})
        return httpx.Response(405, json={"detail": "Method Not Allowed"})

    transport, _ = scripted(answer)
    with get_sync_client(url="http://server", api_key=None, transport=transport) as client:
        with pytest.raises(APIStatusError) as caught:
            client.threads.prune([MISSING])
    assert not isinstance(caught.value, UnsupportedOperationError)
    assert caught.value.status_code == 405


async def test_a_stream_an_older_server_lacks_is_unsupported() -> None:
    transport, _ = _old_server("0.8.7", 404)
    async with get_client(url="http://server", api_key=None, transport=transport) as client:
        body = ProtocolEventStreamRequest.from_dict({"channels": ["values"]})
        kwargs = stream_thread_events.get_kwargs(MISSING, body=body)
        with pytest.raises(UnsupportedOperationNotFoundError) as caught:
            async for _ in client._core.stream(kwargs, endpoint=stream_thread_events):
                pass
    assert (caught.value.operation, caught.value.since) == ("stream_thread_events", "0.9.0")

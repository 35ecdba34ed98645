"""The one error tree: every error in ``langgraph_client.errors``, each also the httpx error
langgraph-sdk users catch, and a status error reading the server's body as langgraph-sdk does."""

from __future__ import annotations

import gzip
import importlib
import pickle
import pkgutil
import re
import socket
import traceback
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import langgraph_api_client.errors
import langgraph_client
import pytest
from langgraph_api_client.errors import status_error, transport_error
from langgraph_client import errors, get_sync_client

from tests._client_api import Api
from tests._mock import THREAD, scripted

pytest_plugins = ["tests._client_fixtures"]

MISSING = "00000000-0000-4000-8000-000000000000"

#: Exceptions defined in the packages that are not errors the package raises: a handler's
#: answer (raised by the user's auth code) and a warning class (kept for langgraph-sdk code).
NOT_IN_THE_TREE = {"HTTPException", "LangGraphBetaWarning"}


def _defined_exceptions() -> set[str]:
    names = set()
    modules = [f"langgraph_api_client.{name}" for name in ("client", "errors", "types")]
    modules += [
        info.name
        for info in pkgutil.walk_packages(langgraph_client.__path__, "langgraph_client.")
        if info.name != "langgraph_client._aiohttp"  # needs the optional aiohttp
    ]
    for module_name in modules:
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            if (
                isinstance(value, type)
                and not name.startswith("_")  # private: control flow that never leaves
                and issubclass(value, BaseException)
                and value.__module__ == module_name
            ):
                names.add(name)
    return names


def test_every_error_the_package_defines_is_in_errors() -> None:
    defined = _defined_exceptions()
    assert "ThreadStreamError" in defined  # the walk reaches the modules beside errors
    assert defined - NOT_IN_THE_TREE <= set(errors.__all__)
    for name in defined - NOT_IN_THE_TREE:
        assert issubclass(getattr(errors, name), BaseException)


def test_every_error_in_the_tree_is_drawn_in_its_docstring() -> None:
    classes = [name for name in errors.__all__ if name[0].isupper()]
    assert errors.__doc__ is not None
    drawn = set(re.findall(r"[─ ](\w+Error|\w+Status)\b", errors.__doc__))
    assert set(classes) <= drawn


@pytest.mark.parametrize(
    ("body", "message", "code", "param", "kind"),
    [
        ({"detail": "Thread not found"}, "Thread not found", None, None, None),
        (
            {"message": "bad limit", "detail": "ignored", "code": "invalid", "param": "limit"},
            "bad limit",
            "invalid",
            "limit",
            None,
        ),
        ({"error": "quota", "type": "rate_limit"}, "quota", None, None, "rate_limit"),
        ({"error": {"message": "nested", "code": "x"}}, "nested", None, None, None),
        ({"detail": [{"loc": ["body"], "msg": "bad"}]}, "400 Bad Request", None, None, None),
        ({"code": 7}, "400 Bad Request", None, None, None),
        # one line of plain text (langgraph-api 0.4.48's errors) is the message; more is not
        ("Thread with ID x not found", "Thread with ID x not found", None, None, None),
        ("<html><body>Bad gateway</body></html>", "400 Bad Request", None, None, None),
        ("line one\nline two", "400 Bad Request", None, None, None),
        ("", "400 Bad Request", None, None, None),
    ],
)
def test_a_status_errors_message_and_fields_come_from_the_body_as_langgraph_sdk_reads_them(
    body: Any, message: str, code: str | None, param: str | None, kind: str | None
) -> None:
    request = httpx.Request("GET", "http://server/threads")
    if isinstance(body, str):
        response = httpx.Response(400, text=body, request=request)
    else:
        response = httpx.Response(400, json=body, request=request)
    with pytest.raises(errors.BadRequestError) as caught:
        errors.raise_for_status(response)
    error = caught.value
    assert (str(error), error.message) == (message, message)
    assert (error.code, error.param, error.type) == (code, param, kind)


async def test_a_status_error_says_what_the_server_said_and_keeps_the_status(api: Api) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        await api.threads.get(MISSING)
    error = caught.value
    # JSON {"detail": ...}; langgraph-api 0.4.48 says it as plain text
    said = error.body["detail"] if isinstance(error.body, dict) else error.body
    assert str(error) == error.message == said
    assert MISSING in error.body_excerpt
    shown = "".join(traceback.format_exception(error))
    assert "404 Not Found" in shown
    assert error.body_excerpt in shown


def test_a_request_id_is_an_attribute_and_shown_in_a_traceback() -> None:
    answer = httpx.Response(404, json={"detail": "gone"}, headers={"x-request-id": "req-42"})
    transport, _ = scripted(lambda request: answer)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        with pytest.raises(errors.NotFoundError) as caught:
            client.threads.get(THREAD["thread_id"])
    assert caught.value.request_id == "req-42"
    assert "req-42" in "".join(traceback.format_exception(caught.value))


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on: connecting to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port that accepts connections and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield listener.getsockname()[1]


@pytest.fixture(params=["async", "sync"])
async def refusing(request: pytest.FixtureRequest, closed_port: int) -> AsyncIterator[Api]:
    """Both clients, on a port that refuses connections, without retries."""
    url = f"http://127.0.0.1:{closed_port}"
    if request.param == "async":
        async with langgraph_client.get_client(url=url, api_key=None, max_retries=0) as client:
            yield Api(client)
    else:
        with get_sync_client(url=url, api_key=None, max_retries=0) as sync_client:
            yield Api(sync_client)


async def test_a_refused_connection_is_also_an_httpx_connect_error(refusing: Api) -> None:
    with pytest.raises(httpx.ConnectError) as caught:
        await refusing.threads.get(MISSING)
    assert isinstance(caught.value, errors.APIConnectionError)
    assert not isinstance(caught.value, httpx.HTTPStatusError)
    assert caught.value.request.url.path == f"/threads/{MISSING}"


def test_a_timeout_is_also_the_httpx_timeout_it_came_from(silent_port: int) -> None:
    with get_sync_client(
        url=f"http://127.0.0.1:{silent_port}", api_key=None, max_retries=0, timeout=0.2
    ) as client:
        with pytest.raises(httpx.ReadTimeout) as caught:
            client.threads.get(MISSING)
    assert isinstance(caught.value, errors.APITimeoutError)
    assert not isinstance(caught.value, httpx.HTTPStatusError)


def test_a_body_that_cannot_be_decoded_is_a_typed_decoding_error() -> None:
    broken = gzip.compress(b'{"thread_id": "x"}')[:-8] + b"garbage!"
    transport, seen = scripted(
        lambda request: httpx.Response(
            200, stream=httpx.ByteStream(broken), headers={"content-encoding": "gzip"}
        )
    )
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        with pytest.raises(errors.APIResponseDecodingError) as caught:
            client.threads.get(THREAD["thread_id"])
    assert isinstance(caught.value, httpx.DecodingError)
    assert len(seen) == 1


def test_a_generated_endpoint_types_a_refused_connection_the_same_way(closed_port: int) -> None:
    from langgraph_api_client.api.threads import get_thread

    url = f"http://127.0.0.1:{closed_port}"
    with (
        get_sync_client(url=url, api_key=None, max_retries=0) as client,
        pytest.raises(langgraph_api_client.errors.APIConnectionError) as caught,
    ):
        get_thread.sync(MISSING, client=client)
    assert isinstance(caught.value, httpx.ConnectError)


def test_errors_are_made_with_langgraph_sdks_arguments() -> None:
    request = httpx.Request("GET", "http://server/threads/x")
    response = httpx.Response(404, json={"detail": "gone", "code": "nf"}, request=request)
    assert errors.APIError("m", response, body=None).request is request
    found = errors.NotFoundError("gone", response=response, body={"code": "nf"})
    assert (found.message, found.code, found.status_code) == ("gone", "nf", 404)
    assert errors.APIConnectionError(request=request).request is request
    assert isinstance(errors.APITimeoutError(request), httpx.TimeoutException)
    assert errors.APIResponseValidationError(response, None).response is response


def test_a_status_error_and_a_connection_error_survive_pickling() -> None:
    request = httpx.Request("GET", "http://server/threads/x")
    response = httpx.Response(404, json={"detail": "gone", "code": "nf"}, request=request)
    status = status_error(response)
    refused = transport_error(httpx.ConnectError("refused", request=request))
    for error in (status, refused):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert (str(copy), copy.request.url) == (str(error), request.url)
    assert pickle.loads(pickle.dumps(status)).code == "nf"

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

import httpx
import pytest
from langgraph_client._core import _release
from langgraph_client.errors import UnsupportedOperationError

from tests._server import running_server

#: The fixtures that start a real server: a test using one (directly or through another
#: fixture) is marked `real_server`, and the older servers of the window run only those.
SERVER_FIXTURES = frozenset({"server_url", "auth_server", "encryption_server", "extensions_server"})


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_server: the test talks to a real LangGraph server")
    config.addinivalue_line(
        "markers",
        "operation(endpoint, ..., strict=True): the test calls these generated endpoint "
        "modules' operations; on a server older than one's `SINCE` it must fail with "
        "UnsupportedOperationError (strict=False: or pass, for a module-wide mark)",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SERVER_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.real_server)


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """Base URL of the real in-memory LangGraph server, started once per test run."""
    with running_server() as url:
        yield url


@pytest.fixture(scope="session")
def server_version(server_url: str) -> str:
    """The langgraph-api version the test server reports in `GET /info`."""
    version = httpx.get(f"{server_url}/info", timeout=30).json()["version"]
    assert isinstance(version, str)
    return version


def serves(version: str, endpoint: ModuleType) -> bool:
    """Whether langgraph-api `version` serves the operation of a generated endpoint module."""
    since = endpoint.SINCE
    return since is None or _release(version) >= _release(since)


@pytest.fixture(autouse=True)
def _operations_of_the_window(request: pytest.FixtureRequest) -> None:
    """A test marked `operation(endpoint, ...)` that calls an operation the server is too old
    for asserts the typed error instead: it must fail with `UnsupportedOperationError`
    (a strict xfail), and passing there is a failure."""
    marker = request.node.get_closest_marker("operation")
    if marker is None:
        return
    version = request.getfixturevalue("server_version")
    missing = [endpoint.OPERATION_ID for endpoint in marker.args if not serves(version, endpoint)]
    if missing:
        request.applymarker(
            pytest.mark.xfail(
                reason=f"langgraph-api {version} lacks {', '.join(missing)}",
                raises=UnsupportedOperationError,
                strict=marker.kwargs.get("strict", True),
            )
        )


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """The cores' waits between retries and reconnections, recorded instead of slept."""
    from langgraph_client._core import AsyncCore, SyncCore

    delays: list[float] = []

    async def record(self: object, seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(AsyncCore, "_sleep", record)
    monkeypatch.setattr(SyncCore, "_sleep", record)
    yield delays

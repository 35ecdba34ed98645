from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests._server import running_server


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """Base URL of the real in-memory LangGraph server, started once per test run."""
    with running_server() as url:
        yield url


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """The sync core's waits between retries, recorded instead of slept."""
    from langgraph_client._core import SyncCore

    delays: list[float] = []

    async def record(self: SyncCore, seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(SyncCore, "_sleep", record)
    yield delays

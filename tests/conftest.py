from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests._server import running_server


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """Base URL of the real in-memory LangGraph server, started once per test run."""
    with running_server() as url:
        yield url

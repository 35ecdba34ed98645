"""Fixtures of the client tests; a test module loads them with
``pytest_plugins = ["tests._client_fixtures"]``."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from langgraph_client import LangGraphClient, get_client

from tests._client_api import Api, client_of


@pytest.fixture(params=["async", "sync"])
async def api(request: pytest.FixtureRequest, server_url: str) -> AsyncIterator[Api]:
    """Both clients against the real server, one after the other."""
    async with client_of(request.param, server_url, api_key=None) as both:
        yield both


@pytest.fixture
async def aclient(server_url: str) -> AsyncIterator[LangGraphClient]:
    """The async client alone, for tests that interleave a stream with other calls."""
    async with get_client(url=server_url, api_key=None) as client:
        yield client

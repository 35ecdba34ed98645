"""Fixtures of the client tests; a test module loads them with
``pytest_plugins = ["tests._client_fixtures"]``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from langgraph_client import LangGraphClient, get_client

from tests._client_api import Api, client_of
from tests._proxy import FaultProxy


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


@pytest.fixture(scope="module")
def proxy(server_url: str) -> Iterator[FaultProxy]:
    """The fault proxy in front of the real server, one per test module."""
    with FaultProxy(server_url) as running:
        yield running


@pytest.fixture(params=["async", "sync"])
async def proxied(request: pytest.FixtureRequest, proxy: FaultProxy) -> AsyncIterator[Api]:
    """Both clients, connected through the proxy, with a clean slate of faults."""
    proxy.clear()
    async with client_of(request.param, proxy.url, api_key=None) as both:
        yield both

"""The generated ``Client``'s builders: each returns a new client and leaves the one it was
called on, and the httpx clients that one already made, as they were."""

from __future__ import annotations

import httpx
from langgraph_api_client.client import Client


def test_with_headers_leaves_the_original_client_unchanged() -> None:
    original = Client(base_url="http://server", headers={"x-team": "a"})
    shared = original.get_httpx_client()
    derived = original.with_headers({"x-extra": "1"})
    assert "x-extra" not in shared.headers
    assert "x-extra" not in original.get_httpx_client().headers
    assert derived.get_httpx_client().headers["x-extra"] == "1"
    assert derived.get_httpx_client().headers["x-team"] == "a"


def test_with_cookies_leaves_the_original_client_unchanged() -> None:
    original = Client(base_url="http://server")
    shared = original.get_async_httpx_client()
    derived = original.with_cookies({"session": "s1"})
    assert "session" not in shared.cookies
    assert derived.get_async_httpx_client().cookies["session"] == "s1"


def test_with_timeout_leaves_the_original_client_unchanged() -> None:
    original = Client(base_url="http://server", timeout=httpx.Timeout(7.0))
    shared = original.get_httpx_client()
    derived = original.with_timeout(httpx.Timeout(1.0))
    assert shared.timeout == httpx.Timeout(7.0)
    assert derived.get_httpx_client().timeout == httpx.Timeout(1.0)

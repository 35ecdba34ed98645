"""The core builds most requests itself: each must be the request httpx would have built.

``_CoreBase.build_request`` skips ``httpx.Client.build_request`` for the paths of our
endpoints (it parses the joined URL once instead of three times). Every case here builds the
same request both ways, through the core and through httpx with the same arguments, and
compares method, URL, headers (names, values and order), body and extensions. Hypothesis
draws paths from the characters our endpoints put in a path (``path_segment`` output and
more), query values of every JSON type and lists, and per-call headers: ``CASES`` (200) per
client setup, derandomized. Cases that must go through httpx (an absolute URL, a path with a
query, client-wide cookies or params) are checked too.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langgraph_api_client.types import path_segment
from langgraph_client._core import AsyncCore, SyncCore

CASES = 200

SETUPS: list[dict[str, Any]] = [
    {"base_url": "http://127.0.0.1:8123"},
    {"base_url": "https://example.test/api/v1/", "headers": {"x-api-key": "k", "X-Team": "a"}},
    {"base_url": "http://[::1]:9/deep/prefix", "timeout": httpx.Timeout(3.0, read=9.0)},
]


_CLIENTS: dict[tuple[int, str], httpx.Client | httpx.AsyncClient] = {}


def client(setup: dict[str, Any], flavour: str) -> httpx.Client | httpx.AsyncClient:
    """One httpx client per setup and flavour (making one costs milliseconds: TLS context)."""
    key = (id(setup), flavour)
    if key not in _CLIENTS:
        _CLIENTS[key] = httpx.Client(**setup) if flavour == "sync" else httpx.AsyncClient(**setup)
    return _CLIENTS[key]


def same_request(ours: httpx.Request, theirs: httpx.Request) -> None:
    assert ours.method == theirs.method
    assert ours.url == theirs.url
    assert str(ours.url) == str(theirs.url)
    assert ours.headers.raw == theirs.headers.raw
    assert ours.read() == theirs.read()
    assert ours.extensions == theirs.extensions


def httpx_request(
    http: httpx.Client | httpx.AsyncClient,
    kwargs: dict[str, Any],
    headers: dict[str, str] | None,
    params: dict[str, Any] | None,
    timeout: httpx.Timeout | None,
) -> httpx.Request:
    args = dict(kwargs)
    if headers:
        args["headers"] = {**args.get("headers", {}), **headers}
    if params:
        args["params"] = {**args.get("params", {}), **params}
    if timeout is not None:
        args["timeout"] = timeout
    return http.build_request(**args)


SEGMENT = st.text(
    st.sampled_from("abcXYZ019-._~ /?#%&=+:@!$'()*,;[]é😀"), min_size=1, max_size=12
).filter(lambda s: s.strip("."))
QUERY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
    st.lists(st.text(max_size=4), max_size=3),
)
QUERY = st.dictionaries(st.sampled_from(["limit", "offset", "q", "select", "é"]), QUERY_VALUE)
HEADERS = st.dictionaries(
    st.sampled_from(["X-Trace", "accept", "Content-Type", "x-team"]),
    st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=8),
    max_size=2,
)


@pytest.mark.parametrize("setup", SETUPS, ids=["plain", "prefix-and-headers", "ipv6-timeout"])
@pytest.mark.parametrize("flavour", ["sync", "async"])
@settings(max_examples=CASES, derandomize=True, deadline=None)
@given(
    method=st.sampled_from(["GET", "post", "PATCH", "DELETE"]),
    segments=st.lists(SEGMENT, min_size=1, max_size=3),
    query=QUERY,
    call_params=QUERY,
    endpoint_headers=HEADERS,
    call_headers=HEADERS,
    body=st.one_of(st.none(), st.binary(max_size=40)),
    core_timeout=st.one_of(st.none(), st.floats(0.5, 60)),
)
def test_direct_request_is_what_httpx_builds(
    setup: dict[str, Any],
    flavour: str,
    method: str,
    segments: list[str],
    query: dict[str, Any],
    call_params: dict[str, Any],
    endpoint_headers: dict[str, str],
    call_headers: dict[str, str],
    body: bytes | None,
    core_timeout: float | None,
) -> None:
    http = client(setup, flavour)
    timeout = None if core_timeout is None else httpx.Timeout(core_timeout)
    core = (SyncCore if flavour == "sync" else AsyncCore)(http, timeout=timeout)  # type: ignore[arg-type]
    path = "/threads/" + "/".join(path_segment(s, "segment") for s in segments)
    kwargs: dict[str, Any] = {"method": method, "url": path}
    if query:
        kwargs["params"] = query
    if body is not None:
        kwargs["content"] = body
    if endpoint_headers:
        kwargs["headers"] = endpoint_headers
    ours = core.build_request(kwargs, headers=call_headers or None, params=call_params or None)
    theirs = httpx_request(http, kwargs, call_headers or None, call_params or None, timeout)
    same_request(ours, theirs)


@pytest.mark.parametrize(
    "url",
    [
        "https://other.test/threads/x",  # an absolute Location
        "/threads/x?stream_mode=values",  # a path with its own query
        "/threads/x#part",
        "//other.test/x",
        "threads/x",
    ],
)
def test_other_urls_go_through_httpx(url: str) -> None:
    http = httpx.Client(base_url="http://127.0.0.1:8123/api")
    core = SyncCore(http)
    kwargs = {"method": "GET", "url": url, "params": {"limit": 3}}
    same_request(core.build_request(kwargs), http.build_request(**kwargs))


def test_client_cookies_and_params_go_through_httpx() -> None:
    http = httpx.Client(
        base_url="http://127.0.0.1:8123", cookies={"affinity": "node-2"}, params={"tenant": "t"}
    )
    core = SyncCore(http)
    kwargs = {"method": "GET", "url": "/threads/x", "params": {"limit": 3}}
    request = core.build_request(kwargs)
    same_request(request, http.build_request(**kwargs))
    assert request.headers["cookie"] == "affinity=node-2"
    assert request.url.params == httpx.QueryParams({"tenant": "t", "limit": 3})


def test_a_replaced_base_url_is_used() -> None:
    http = httpx.Client(base_url="http://127.0.0.1:8123")
    core = SyncCore(http)
    kwargs = {"method": "GET", "url": "/ok"}
    assert str(core.build_request(kwargs).url) == "http://127.0.0.1:8123/ok"
    http.base_url = httpx.URL("http://127.0.0.1:9/v2")
    same_request(core.build_request(kwargs), http.build_request(**kwargs))


def test_the_api_key_header_cannot_be_overridden_per_call() -> None:
    core = SyncCore(httpx.Client(base_url="http://127.0.0.1:8123"))
    with pytest.raises(ValueError, match="x-api-key"):
        core.build_request({"method": "GET", "url": "/ok"}, headers={"X-Api-Key": "other"})

"""Retries, backoff and Retry-After, checked on answers a real server cannot be made to give.

The transport is ``httpx.MockTransport`` (429/503 on demand, refused connections); the
core's sleep is replaced by a recorder, so the waits are checked without waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest
from langgraph_client import get_sync_client
from langgraph_client.errors import (
    APIConnectionError,
    APIResponseValidationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)

from tests._mock import THREAD, ok, refused, scripted, status


def test_get_is_retried_after_503_and_honours_retry_after(slept: list[float]) -> None:
    transport, seen = scripted(status(503, **{"Retry-After": "3"}), ok)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        thread = client.threads.get(THREAD["thread_id"])
    assert thread.thread_id is not None
    assert len(seen) == 2
    assert slept == [3.0]


def test_429_retries_stop_after_max_retries_and_say_how_many(slept: list[float]) -> None:
    transport, seen = scripted(status(429, **{"Retry-After": "1"}))
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        with pytest.raises(RateLimitError) as raised:
            client.threads.get(THREAD["thread_id"])
    assert len(seen) == 3  # the first attempt and max_retries=2
    assert raised.value.status_code == 429
    assert raised.value.attempts == 3
    assert "after 3 attempts" in raised.value.__notes__
    assert slept == [1.0, 1.0]


def test_backoff_grows_without_retry_after(slept: list[float]) -> None:
    transport, seen = scripted(status(502), status(504), ok)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        client.threads.get(THREAD["thread_id"])
    assert len(seen) == 3
    assert 0.5 <= slept[0] <= 0.625
    assert 1.0 <= slept[1] <= 1.25


def test_connection_errors_are_retried_then_typed(slept: list[float]) -> None:
    transport, seen = scripted(refused)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        with pytest.raises(APIConnectionError) as raised:
            client.threads.get(THREAD["thread_id"])
    assert len(seen) == 3
    assert raised.value.attempts == 3


def test_a_post_that_creates_is_not_repeated(slept: list[float]) -> None:
    transport, seen = scripted(status(503))
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        with pytest.raises(InternalServerError):
            client.threads.create(thread_id=THREAD["thread_id"])  # the caller's id: unsafe
    assert len(seen) == 1
    assert slept == []


def test_a_post_that_creates_is_repeated_when_the_caller_opts_in(slept: list[float]) -> None:
    transport, seen = scripted(status(503), ok)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        client.with_options(retry_unsafe=True).threads.create(thread_id=THREAD["thread_id"])
    assert len(seen) == 2


def test_a_read_only_post_is_retried(slept: list[float]) -> None:
    transport, seen = scripted(status(503), lambda request: httpx.Response(200, json=3))
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        assert client.threads.count() == 3
    assert len(seen) == 2


def test_max_retries_per_client_and_per_call(slept: list[float]) -> None:
    transport, seen = scripted(status(503))
    with get_sync_client(
        url="http://test", api_key=None, transport=transport, max_retries=4
    ) as client:
        with pytest.raises(InternalServerError):
            client.threads.get(THREAD["thread_id"])
        assert len(seen) == 5
        seen.clear()
        with pytest.raises(InternalServerError):
            client.with_options(max_retries=0).threads.get(THREAD["thread_id"])
        assert len(seen) == 1


def test_each_retry_is_logged_at_debug_without_the_api_key(
    slept: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    transport, _ = scripted(status(503), ok)
    caplog.set_level(logging.DEBUG, logger="langgraph_client")
    with get_sync_client(url="http://test", api_key="sk-secret-123", transport=transport) as client:
        client.threads.get(THREAD["thread_id"])
    retries = [r for r in caplog.records if "retrying" in r.getMessage()]
    assert len(retries) == 1
    assert retries[0].levelno == logging.DEBUG
    assert "sk-secret-123" not in caplog.text


def test_the_api_key_stays_out_of_reprs_and_errors(slept: list[float]) -> None:
    transport, _ = scripted(status(404))
    with get_sync_client(url="http://test", api_key="sk-secret-123", transport=transport) as client:
        assert "sk-secret-123" not in repr(client)
        assert "sk-secret-123" not in repr(client.threads)
        with pytest.raises(NotFoundError) as raised:
            client.threads.get(THREAD["thread_id"])
    assert "sk-secret-123" not in str(raised.value)
    assert "sk-secret-123" not in repr(raised.value)
    assert "sk-secret-123" not in "".join(raised.value.__notes__)


def big_body(chunked: bool) -> Callable[[httpx.Request], httpx.Response]:
    payload = b'{"values": "' + b"x" * 5000 + b'"}'

    def answer(request: httpx.Request) -> httpx.Response:
        if chunked:
            return httpx.Response(200, content=iter([payload[:2000], payload[2000:]]))
        return httpx.Response(200, content=payload)

    return answer


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_an_answer_far_larger_than_the_limit_is_refused(
    monkeypatch: pytest.MonkeyPatch, slept: list[float], chunked: bool
) -> None:
    monkeypatch.setattr("langgraph_client._constants.MAX_RESPONSE_BYTES", 1000)
    transport, seen = scripted(big_body(chunked))
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        with pytest.raises(APIResponseValidationError, match="larger than 1,000 bytes") as raised:
            client.threads.get(THREAD["thread_id"])
    assert raised.value.status_code == 200
    assert len(seen) == 1

"""Scripted answers for the few tests that need what a real server cannot be made to give
(a 503 on demand, a Set-Cookie, a refused connection), served by ``httpx.MockTransport``."""

from __future__ import annotations

from collections.abc import Callable

import httpx

# A thread as the real server answers it (recorded from langgraph-api 0.16.7).
THREAD = {
    "thread_id": "01a20dca-a8f8-7033-bb03-df432c585824",
    "created_at": "2026-11-24T13:41:55.064539+00:00",
    "updated_at": "2026-11-24T13:41:55.064539+00:00",
    "state_updated_at": "2026-11-24T13:41:55.064539+00:00",
    "metadata": {},
    "status": "idle",
    "config": {},
    "values": None,
}

Answer = Callable[[httpx.Request], httpx.Response]


def scripted(*answers: Answer) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """A transport giving the scripted answers in turn (the last one repeats), and the list
    of the requests it received."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answers[min(len(seen), len(answers)) - 1](request)

    return httpx.MockTransport(handler), seen


def status(code: int, **headers: str) -> Answer:
    return lambda request: httpx.Response(code, headers=headers, json={"detail": "busy"})


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=THREAD)


def refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def get_thread_after_a_503(request_id: str) -> list[httpx.Request]:
    """``threads.get`` on a sync client that is answered 503, then the thread with the server's
    request id (``x-request-id``): the requests it sent (the retry's wait is the caller's)."""
    from langgraph_client import get_sync_client

    def answered(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=THREAD, headers={"x-request-id": request_id})

    transport, seen = scripted(status(503), answered)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        client.threads.get(THREAD["thread_id"])
    return seen


def get_thread_refused() -> BaseException:
    """``threads.get`` on a sync client whose every connection is refused: the error raised
    (``APIConnectionError`` after the retries; their waits are the caller's)."""
    from langgraph_client import get_sync_client

    transport, _ = scripted(refused)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        try:
            client.threads.get(THREAD["thread_id"])
        except Exception as exc:
            return exc
    raise AssertionError("the refused connection did not raise")

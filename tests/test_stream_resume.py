"""How a cut answer is resumed, on what a real server cannot be made to send: a run status
check that fails or is not JSON, two identical events in one id group on either side of a
cut (scripted with ``httpx.MockTransport``); and a callback that raises while an answer is
open, against the real server. Cuts the real server can show are in test_faults.py."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from langgraph_client import get_sync_client
from langgraph_client.errors import StreamReconnectError

from tests._client_api import Api
from tests._mock import Answer, scripted

pytest_plugins = ["tests._client_fixtures"]

THREAD_ID = "01a20dca-a8f8-7033-bb03-df432c585824"
RUN = f"/threads/{THREAD_ID}/runs/1f0a1b2c-0000-7000-8000-000000000001"
SSE = {"Content-Type": "text/event-stream"}


class _Cut(httpx.SyncByteStream):
    """A body that sends ``chunks`` and then, with ``cut``, fails as a reset connection."""

    def __init__(self, *chunks: bytes, cut: bool) -> None:
        self.chunks = chunks
        self.cut = cut

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.cut:
            raise httpx.ReadError("connection reset by peer")


def events(*chunks: bytes, cut: bool = False, **headers: str) -> Answer:
    return lambda request: httpx.Response(
        200, headers={**SSE, **headers}, stream=_Cut(*chunks, cut=cut)
    )


def answer(code: int, content: bytes) -> Answer:
    return lambda request: httpx.Response(code, content=content)


def stream_parts(transport: httpx.MockTransport) -> list[Any]:
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        return list(client.runs.stream(THREAD_ID, "agent", input={}, stream_resumable=True))


# -- the status check of a stream that closed without its end -------------------------------

CLOSED_EARLY = events(
    b"id: 1-0\nevent: custom\ndata: 1\n\n",
    Location=f"{RUN}/stream",
    **{"Content-Location": RUN},
)


@pytest.mark.parametrize(
    "check",
    [answer(500, b'{"detail": "boom"}'), answer(200, b"not json"), answer(200, b"[1, 2]")],
    ids=["500", "not-json", "not-a-run"],
)
def test_a_status_check_that_cannot_say_is_an_error(check: Answer, slept: list[float]) -> None:
    transport, seen = scripted(CLOSED_EARLY, check)
    with pytest.raises(StreamReconnectError, match="status check") as raised:
        stream_parts(transport)
    assert "complete is unknown" in str(raised.value)
    assert seen[-1].url.path == RUN  # it asked, and did not take the answer as the end


def test_a_status_check_finding_the_run_finished_ends_the_stream(slept: list[float]) -> None:
    transport, seen = scripted(CLOSED_EARLY, answer(200, b'{"status": "success"}'))
    parts = stream_parts(transport)
    assert [part.data for part in parts] == [1]
    assert len(seen) == 2


# -- identical events are events ---------------------------------------------------------------


def test_two_identical_events_either_side_of_a_cut_are_both_delivered(
    slept: list[float],
) -> None:
    same = b'event: custom\ndata: {"same": true}\n\n'
    transport, seen = scripted(
        # The in-memory server gives the events of one millisecond one id (7-0 here).
        events(b"id: 5-0\n" + same, b"id: 7-0\n" + same, cut=True, Location=f"{RUN}/stream"),
        # Resumed after 5-0: the 7-0 group again (one part delivered), then what is new.
        events(b"id: 7-0\n" + same, b"id: 7-0\n" + same, b"id: 7-0\nevent: custom\ndata: 2\n\n"),
        answer(200, b'{"status": "success"}'),  # closed without its end: the run has finished
    )
    parts = stream_parts(transport)
    assert [part.data for part in parts] == [{"same": True}] * 3 + [2]
    assert seen[1].headers["last-event-id"] == "5-0"


# -- a connection that worked ends the reconnections in a row -------------------------------------


def test_a_cut_after_the_servers_heartbeat_is_a_first_reconnection_again(
    slept: list[float],
) -> None:
    # Each connection is kept alive by the server (a heartbeat comment), then cut: however
    # many such cuts, none follows a failed attempt, so max_reconnects=1 is never reached.
    quiet = events(b": heartbeat\n\n", cut=True)
    transport, seen = scripted(
        events(b"id: 1-0\nevent: custom\ndata: 1\n\n", cut=True, Location=f"{RUN}/stream"),
        quiet,
        quiet,
        quiet,
        events(b"id: 2-0\nevent: custom\ndata: 2\n\n"),
        answer(200, b'{"status": "success"}'),  # closed without its end: the run has finished
    )
    attempts: list[int] = []
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        strict = client.with_options(
            max_reconnects=1, on_reconnect=lambda attempt, delay, error: attempts.append(attempt)
        )
        parts = list(strict.runs.stream(THREAD_ID, "agent", input={}, stream_resumable=True))
    assert [part.data for part in parts] == [1, 2]
    assert attempts == [1, 1, 1, 1]
    assert len(seen) == 6 and len(slept) == 4


# -- a cut answer of a long call ----------------------------------------------------------------


def cut_json(**headers: str) -> Answer:
    return lambda request: httpx.Response(
        200,
        headers={"Content-Type": "application/json", **headers},
        stream=_Cut(b'{"messages": [', cut=True),
    )


def test_a_wait_cut_again_is_fetched_from_the_first_answers_location(
    slept: list[float],
) -> None:
    # A server whose join answers name no Location of their own (the first answer did).
    transport, seen = scripted(
        cut_json(Location=f"{RUN}/join"),
        cut_json(),
        answer(200, b'{"messages": [], "count": 1}'),
    )
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        result = client.runs.wait(THREAD_ID, "agent", input={})
    assert result == {"messages": [], "count": 1}
    assert [request.url.path for request in seen[1:]] == [f"{RUN}/join"] * 2
    assert len(slept) == 2


# -- a callback that raises while an answer is open ------------------------------------------


def _open_connections(api: Api) -> int:
    pool = api.client._core.http._transport._pool  # type: ignore[union-attr]
    return sum(not (conn.is_idle() or conn.is_closed()) for conn in pool.connections)


async def test_an_on_run_created_that_raises_closes_the_answer_of_a_wait(api: Api) -> None:
    thread_id = str((await api.threads.create())["thread_id"])

    def refuse(created: Any) -> None:
        raise LookupError("refused by the caller")

    with pytest.raises(LookupError, match="refused by the caller"):
        await api.runs.wait(thread_id, "agent", input={"messages": []}, on_run_created=refuse)
    assert _open_connections(api) == 0


SLOW = {"events": 1, "delay": 2.0}


@pytest.mark.parametrize("method", ["runs.stream", "runs.join_stream", "threads.join_stream"])
async def test_closing_a_stream_early_closes_its_connection_at_once(
    aclient: Any, method: str
) -> None:
    """Closing a stream (``aclose``) ends the connection under it then, not when the
    garbage collector gets to the generators inside."""
    api = Api(aclient)
    thread_id = str((await api.threads.create())["thread_id"])
    said = {"messages": [{"role": "human", "content": "hi"}]}
    if method == "runs.stream":
        stream = aclient.runs.stream(
            thread_id, "slow", input=said, context=SLOW, stream_mode="values"
        )
    else:
        run = await api.runs.create(
            thread_id, "slow", input=said, context=SLOW, stream_mode="values", stream_resumable=True
        )
        if method == "runs.join_stream":
            stream = aclient.runs.join_stream(thread_id, run["run_id"])
        else:
            stream = aclient.threads.join_stream(thread_id)
    gc.disable()  # so that only aclose can close it
    try:
        await anext(aiter(stream))
        assert _open_connections(api) == 1
        await stream.aclose()
        assert _open_connections(api) == 0
    finally:
        gc.enable()

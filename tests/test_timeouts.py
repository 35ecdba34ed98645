"""Per-call timeouts and ``with_options(timeout=...)`` against the real server's slow graph,
with both clients."""

from __future__ import annotations

import time

import httpx
import pytest
from langgraph_client.errors import APITimeoutError

from tests._client_api import Api, settle

pytest_plugins = ["tests._client_fixtures"]


async def slow_thread(api: Api) -> str:
    return str((await api.threads.create())["thread_id"])


async def test_a_call_with_a_short_timeout_times_out(api: Api) -> None:
    thread_id = await slow_thread(api)
    with pytest.raises(APITimeoutError):
        await api.runs.wait(thread_id, "slow", input={}, context={"delay": 3}, timeout=0.5)


async def test_a_call_with_a_timeout_longer_than_it_takes_returns(api: Api) -> None:
    thread_id = await slow_thread(api)
    values = await api.runs.wait(thread_id, "slow", input={}, context={"delay": 0.5}, timeout=30)
    assert values["count"] == 1


async def test_timeout_none_on_a_call_turns_off_the_clients_timeout(api: Api) -> None:
    thread_id = await slow_thread(api)
    short = Api(api.client.with_options(timeout=httpx.Timeout(5.0, read=0.3)))
    values = await short.runs.wait(thread_id, "slow", input={}, context={"delay": 1}, timeout=None)
    assert values["count"] == 1


async def test_with_options_timeout_none_turns_the_timeout_off(api: Api) -> None:
    thread_id = await slow_thread(api)
    short = api.client.with_options(timeout=httpx.Timeout(5.0, read=0.3))
    with pytest.raises(APITimeoutError):
        await Api(short).runs.wait(thread_id, "slow", input={}, context={"delay": 1}, timeout=0.3)
    values = await Api(short.with_options(timeout=None)).runs.wait(
        await slow_thread(api), "slow", input={}, context={"delay": 1}
    )
    assert values["count"] == 1


async def test_a_stream_with_a_short_timeout_times_out_without_reconnecting(api: Api) -> None:
    thread_id = await slow_thread(api)
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as raised:
        await api.runs.stream(
            thread_id,
            "slow",
            input={},
            context={"delay": 3},
            stream_mode="updates",
            stream_resumable=True,
            timeout=0.5,
        )
    assert raised.value.attempts == 1  # its own bound: no reconnection after it
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize("method", ["runs.join_stream", "threads.join_stream"])
async def test_a_join_stream_takes_a_timeout(api: Api, method: str) -> None:
    thread_id = await slow_thread(api)
    run = await api.runs.create(thread_id, "slow", input={}, context={"delay": 3})
    with pytest.raises(APITimeoutError):
        if method == "runs.join_stream":
            await api.runs.join_stream(thread_id, run["run_id"], timeout=0.5)
        else:
            await api.threads.join_stream(thread_id, timeout=0.5)
    parts = await api.runs.join_stream(thread_id, run["run_id"], timeout=30)
    assert parts and parts[-1].event != "error"


async def test_info_and_raw_calls_take_a_timeout(api: Api) -> None:
    assert (await settle(api.client.info(timeout=30)))["version"]
    thread_id = await slow_thread(api)
    run = await api.runs.create(thread_id, "slow", input={}, context={"delay": 3})
    with pytest.raises(APITimeoutError):
        await api.http.get(f"/threads/{thread_id}/runs/{run['run_id']}/join", timeout=0.5)
    assert await api.http.get(f"/threads/{thread_id}", timeout=30)

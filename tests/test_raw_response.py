"""client.with_raw_response: a call's HTTP answer with its result, on the real server with
both clients; retries and refusals on answers only a mock gives (a 503)."""

from __future__ import annotations

import asyncio
import datetime
from typing import Any

import httpx
import pytest
from langgraph_client import LangGraphClient, RawResponse, get_client, get_sync_client
from langgraph_client.errors import NotFoundError

from tests._client_api import Api, settle, unique, wire
from tests._mock import scripted, status

pytest_plugins = ["tests._client_fixtures"]


async def raw(api: Api, method: Any, *args: Any, **kwargs: Any) -> RawResponse[Any]:
    answer: RawResponse[Any] = await settle(api.client.with_raw_response(method, *args, **kwargs))
    return answer


async def test_a_call_gives_its_answer_and_its_result(api: Api) -> None:
    label = unique()
    created = await raw(api, api.client.threads.create, metadata={"label": label})
    assert created.status_code == 200
    assert created.method == "POST" and created.url.path == "/threads"
    assert created.headers["content-type"].startswith("application/json")
    assert created.retries_taken == 0
    assert isinstance(created.elapsed, datetime.timedelta)
    thread = created.parse()
    assert thread["metadata"] == {"label": label}
    assert wire(thread) == created.http_response.json()

    fetched = await raw(api, api.client.threads.get, thread["thread_id"])
    assert fetched.method == "GET" and fetched.url.path == f"/threads/{thread['thread_id']}"
    assert wire(fetched.parse()) == wire(thread)
    assert repr(fetched) == f"<RawResponse [200] GET /threads/{thread['thread_id']}>"


async def test_the_client_s_own_calls_and_options_are_taken(api: Api) -> None:
    info = await raw(api, api.client.info)
    assert info.url.path == "/info" and info.parse()["version"]
    quiet = api.client.with_options(max_retries=0)
    found = await raw(api, quiet.assistants.search, limit=1)
    assert found.method == "POST" and len(found.parse()) == 1


async def test_runs_wait_gives_the_answer_holding_the_output(api: Api) -> None:
    thread = await api.threads.create()
    said = {"messages": [{"role": "user", "content": "raw"}]}
    waited = await raw(api, api.client.runs.wait, thread["thread_id"], "agent", input=said)
    assert waited.status_code == 200
    assert waited.parse()["messages"][-1] == {"role": "ai", "content": "echo: raw"}
    assert waited.url.path == f"/threads/{thread['thread_id']}/runs/wait"


async def test_an_error_answer_still_raises(api: Api) -> None:
    with pytest.raises(NotFoundError):
        await raw(api, api.client.threads.get, "00000000-0000-4000-8000-00000000dead")


async def test_streams_and_foreign_methods_are_refused(api: Api, server_url: str) -> None:
    with pytest.raises(TypeError, match=r"stream.*with_raw_response takes the calls"):
        await raw(api, api.client.runs.stream, None, "agent", input={})
    with pytest.raises(TypeError, match="with_raw_response takes a method of the client"):
        await raw(api, len, [1])
    with get_sync_client(url=server_url, api_key=None) as other:
        with pytest.raises(TypeError, match="belongs to another client"):
            await raw(api, other.threads.get, "t")


async def test_concurrent_calls_keep_their_own_answers(aclient: LangGraphClient) -> None:
    threads = [await aclient.threads.create() for _ in range(5)]
    answers = await asyncio.gather(
        *(aclient.with_raw_response(aclient.threads.get, t["thread_id"]) for t in threads)
    )
    for thread, answer in zip(threads, answers, strict=True):
        assert answer.url.path == f"/threads/{thread['thread_id']}"
        assert answer.parse()["thread_id"] == thread["thread_id"]


def test_retries_taken_counts_the_repeats(slept: list[float]) -> None:
    transport, seen = scripted(status(503), status(503), lambda r: httpx.Response(200, json=3))
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        counted = client.with_raw_response(client.threads.count)
    assert counted.retries_taken == 2 and counted.parse() == 3
    assert len(seen) == 3 and len(slept) == 2


async def test_an_async_call_is_typed_and_awaited(server_url: str) -> None:
    async with get_client(url=server_url, api_key=None) as client:
        pending = client.with_raw_response(client.threads.create)
        assert asyncio.iscoroutine(pending)
        answer = await pending
    assert answer.parse()["thread_id"]

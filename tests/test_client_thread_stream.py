"""client.threads.stream (the streaming protocol) against the real server, with both clients."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from langgraph_client.errors import NotFoundError
from langgraph_client.protocol import (
    AsyncThreadStream,
    ProtocolCommandError,
    SyncThreadStream,
    ThreadStreamError,
)

from tests._client_api import Api, settle

pytest_plugins = ["tests._client_fixtures"]


def said(text: str) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}]}


class Thread:
    """One thread stream, read the same way whichever client made it."""

    def __init__(self, stream: AsyncThreadStream | SyncThreadStream) -> None:
        self.stream = stream

    async def start(self, **kwargs: Any) -> Any:
        return await settle(self.stream.run.start(**kwargs))

    async def respond(self, response: Any, **kwargs: Any) -> Any:
        return await settle(self.stream.run.respond(response, **kwargs))

    async def output(self) -> Any:
        if isinstance(self.stream, AsyncThreadStream):
            return await self.stream.output
        return self.stream.output

    async def values(self) -> list[Any]:
        return list(await settle(self.stream.values))

    async def events_until(self, last: Callable[[Any], bool]) -> list[Any]:
        """The events up to and including the first for which ``last`` is true."""
        seen: list[Any] = []
        if isinstance(self.stream, AsyncThreadStream):
            async for event in self.stream.events:
                seen.append(event)
                if last(event):
                    break
        else:
            for event in self.stream.events:
                seen.append(event)
                if last(event):
                    break
        return seen


@contextlib.asynccontextmanager
async def thread_stream(api: Api, *args: Any, **kwargs: Any) -> AsyncIterator[Thread]:
    made = api.client.threads.stream(*args, **kwargs)
    if isinstance(made, AsyncThreadStream):
        async with made as entered:
            yield Thread(entered)
    else:
        with made as opened:
            yield Thread(opened)


def root_lifecycle(phase: str) -> Callable[[Any], bool]:
    def matches(event: Any) -> bool:
        return (
            event["method"] == "lifecycle"
            and not event["params"]["namespace"]
            and event["params"]["data"]["event"] == phase
        )

    return matches


async def test_a_run_streams_its_events_and_ends_with_its_values(api: Api) -> None:
    async with thread_stream(api, assistant_id="agent") as thread:
        started = await thread.start(input=said("hello"))
        assert uuid.UUID(started["run_id"])
        events = await thread.events_until(root_lifecycle("completed"))
        methods = [event["method"] for event in events]
        assert methods[0] == "lifecycle" and events[0]["params"]["data"]["event"] == "running"
        assert "values" in methods
        assert [event["seq"] for event in events] == sorted(event["seq"] for event in events)
        last_values = [event["params"]["data"] for event in events if event.method == "values"][-1]
        final = await thread.output()
        assert final == last_values
        assert final["messages"][-1] == {"role": "ai", "content": "echo: hello"}
        assert final["count"] == 1


async def test_values_yields_each_snapshot_then_output_gives_the_last(api: Api) -> None:
    async with thread_stream(api, assistant_id="agent") as thread:
        await thread.start(input=said("one"))
        snapshots = await thread.values()
        assert snapshots[0] == said("one")
        assert snapshots[-1]["messages"][-1]["content"] == "echo: one"
        assert await thread.output() == snapshots[-1]


async def test_a_new_thread_is_made_when_no_thread_id_is_given(api: Api) -> None:
    async with thread_stream(api, assistant_id="agent") as thread:
        thread_id = thread.stream.thread_id
        assert uuid.UUID(thread_id)
        with pytest.raises(NotFoundError):  # the first run.start makes it
            await api.threads.get(thread_id)
        await thread.start(input=said("new"))
        await thread.output()
    made = await api.threads.get(thread_id)
    assert str(made["thread_id"]) == thread_id
    state = await api.threads.get_state(thread_id)
    assert state.values["messages"][-1]["content"] == "echo: new"


async def test_an_interrupt_is_answered_with_run_respond(api: Api) -> None:
    async with thread_stream(api, assistant_id="interrupting") as thread:
        await thread.start(input=said("q"))
        before = await thread.values()  # ends where the run waits
        assert before[-1] == said("q")
        assert thread.stream.interrupted
        (pending,) = thread.stream.interrupts
        assert pending["value"] == {"question": "approve?"}
        assert pending["namespace"] == []
        await thread.respond("yes")
        after = await thread.values()  # the resumed run
        assert after[-1]["messages"][-2:] == [
            {"role": "human", "content": "answer: yes"},
            {"role": "ai", "content": "echo: answer: yes"},
        ]
        assert not thread.stream.interrupted
        assert (await thread.output())["count"] == 1


async def test_run_respond_waits_for_the_interrupt_to_arrive(api: Api) -> None:
    async with thread_stream(api, assistant_id="interrupting") as thread:
        await thread.start(input=said("q"))
        await thread.respond("ok")  # nothing read yet: reads until the run stops
        final = await thread.output()
        assert final["messages"][-1]["content"] == "echo: answer: ok"


async def test_an_existing_thread_follows_its_latest_run(api: Api) -> None:
    created = await api.threads.create()
    thread_id = str(created["thread_id"])
    await api.runs.wait(thread_id, "agent", input=said("earlier"))
    async with thread_stream(api, thread_id, assistant_id="agent") as thread:
        assert (await thread.output())["messages"][-1]["content"] == "echo: earlier"
        await thread.start(input=said("later"))
        final = await thread.output()
        assert [m["content"] for m in final["messages"]] == [
            "earlier",
            "echo: earlier",
            "later",
            "echo: later",
        ]
        snapshots = await thread.values()  # the run started here, not the earlier one
        assert snapshots[0]["messages"][-1]["content"] == "later"


async def test_subscribe_filters_by_channel(api: Api) -> None:
    async with thread_stream(api, assistant_id="agent") as thread:
        await thread.start(input=said("x"))
        await thread.output()
        picked: list[Any] = []
        is_end = root_lifecycle("completed")
        lifecycle = thread.stream.subscribe(["lifecycle"])
        if isinstance(lifecycle, AsyncIterator):
            async for event in lifecycle:
                picked.append(event)
                if is_end(event):
                    break
        else:
            for event in lifecycle:
                picked.append(event)
                if is_end(event):
                    break
        assert [event["params"]["data"]["event"] for event in picked] == ["running", "completed"]


async def test_a_refused_command_raises_protocol_command_error(api: Api) -> None:
    async with thread_stream(api, assistant_id="no-such-graph") as thread:
        with pytest.raises(ProtocolCommandError) as caught:
            await thread.start(input=said("x"))
    assert caught.value.code == "unknown_error"
    assert "no-such-graph" in caught.value.message
    assert isinstance(caught.value, RuntimeError)


async def test_output_needs_a_run_on_a_new_thread(api: Api) -> None:
    async with thread_stream(api, assistant_id="agent") as thread:
        with pytest.raises(ThreadStreamError, match=r"run\.start"):
            await thread.output()


def test_the_sync_output_refuses_to_wait_on_an_interrupt(server_url: str) -> None:
    from langgraph_client import get_sync_client

    with (
        get_sync_client(url=server_url, api_key=None) as client,
        client.threads.stream(assistant_id="interrupting") as thread,
    ):
        thread.run.start(input=said("q"))
        with pytest.raises(ThreadStreamError, match="respond"):
            thread.output  # noqa: B018 - reading it waits for the run
        thread.run.respond("later")
        assert thread.output["messages"][-1]["content"] == "echo: answer: later"


def test_websocket_transport_is_not_supported(server_url: str) -> None:
    from langgraph_client import get_sync_client

    with (
        get_sync_client(url=server_url, api_key=None) as client,
        pytest.raises(NotImplementedError, match='transport="sse"'),
    ):
        client.threads.stream(assistant_id="agent", transport="websocket")


async def test_a_stream_must_be_entered(api: Api) -> None:
    made = api.client.threads.stream(assistant_id="agent")
    with pytest.raises(ThreadStreamError, match="with"):
        await settle(made.run.start(input=said("x")))

"""client.threads.stream (the streaming protocol) against the real server, with both clients."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from langgraph_api_client.api.streaming import send_thread_command, stream_thread_events
from langgraph_client.errors import NotFoundError
from langgraph_client.protocol import (
    AsyncThreadStream,
    ProtocolCommandError,
    SyncThreadStream,
    ThreadStreamError,
)

from tests._client_api import Api, settle

pytest_plugins = ["tests._client_fixtures"]
# Before langgraph-api 0.9.0 (no protocol routes) a test here ends in UnsupportedOperationError;
# the few that never reach those routes pass (strict=False).
pytestmark = pytest.mark.operation(send_thread_command, stream_thread_events, strict=False)


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


# -- a connection that misses runs ----------------------------------------------------------
# langgraph-api's thread stream notices a new run by polling, so an open connection can miss a
# short run entirely (its events are stored, and a new connection replays them). The
# transports below make that happen every time: once the command named ``after`` has been
# answered, an event connection passes heartbeats only, one for each chunk it had (the
# connection open then, or with ``every`` each connection from then on).


class _Blinder:
    def __init__(self, after: str, *, every: bool) -> None:
        self.after = after.encode()
        self.every = every
        self.blind = False

    def saw(self, request: httpx.Request) -> bool:
        """Note the request; whether its answer, an event stream, is to be filtered."""
        path = request.url.path
        if path.endswith("/commands") and b'"' + self.after + b'"' in request.content:
            self.blind = True
        return path.endswith("/stream/events") and (self.every or not self.blind)

    def keep(self, chunk: bytes) -> bytes:
        # What the connection would have sent becomes a heartbeat: the client hears at once
        # that nothing is coming, instead of at the server's next heartbeat.
        return chunk if not self.blind else b": heartbeat\r\n\r\n"


class _SyncBlinding(httpx.BaseTransport):
    def __init__(self, blinder: _Blinder) -> None:
        self.blinder = blinder
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self.blinder.saw(request):
            response.stream = _SyncFiltered(response.stream, self.blinder)
        return response

    def close(self) -> None:
        self.inner.close()


class _SyncFiltered(httpx.SyncByteStream):
    def __init__(self, inner: Any, blinder: _Blinder) -> None:
        self.inner = inner
        self.blinder = blinder

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            kept = self.blinder.keep(chunk)
            if kept:
                yield kept

    def close(self) -> None:
        self.inner.close()


class _AsyncBlinding(httpx.AsyncBaseTransport):
    def __init__(self, blinder: _Blinder) -> None:
        self.blinder = blinder
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if self.blinder.saw(request):
            response.stream = _AsyncFiltered(response.stream, self.blinder)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class _AsyncFiltered(httpx.AsyncByteStream):
    def __init__(self, inner: Any, blinder: _Blinder) -> None:
        self.inner = inner
        self.blinder = blinder

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.inner:
            kept = self.blinder.keep(chunk)
            if kept:
                yield kept

    async def aclose(self) -> None:
        await self.inner.aclose()


@contextlib.asynccontextmanager
async def blinded_thread(
    server_url: str, kind: str, after: str, *, every: bool
) -> AsyncIterator[Thread]:
    from langgraph_client import get_client, get_sync_client

    blinder = _Blinder(after, every=every)
    if kind == "async":
        async with (
            get_client(url=server_url, api_key=None, transport=_AsyncBlinding(blinder)) as client,
            client.threads.stream(assistant_id="interrupting") as made,
        ):
            yield Thread(made)
    else:
        with (
            get_sync_client(url=server_url, api_key=None, transport=_SyncBlinding(blinder)) as sync,
            sync.threads.stream(assistant_id="interrupting") as opened,
        ):
            yield Thread(opened)


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_a_resumed_run_the_connection_missed_is_read_again(
    server_url: str, kind: str
) -> None:
    async with blinded_thread(server_url, kind, "input.respond", every=False) as thread:
        await thread.start(input=said("q"))
        await thread.respond("ok")
        final = await thread.output()  # after a heartbeat, a new connection replays the run
        assert final["messages"][-1]["content"] == "echo: answer: ok"
        snapshots = await thread.values()
        assert snapshots[-1] == final
        assert not thread.stream.interrupted


async def test_a_run_no_connection_shows_ends_as_the_server_records_it(server_url: str) -> None:
    async with blinded_thread(server_url, "sync", "input.respond", every=True) as thread:
        await thread.start(input=said("q"))
        await thread.respond("ok")
        final = await thread.output()
        assert final["messages"][-1]["content"] == "echo: answer: ok"
        assert await thread.values() == [final]


async def test_an_interrupt_no_connection_shows_is_read_from_the_thread(server_url: str) -> None:
    async with blinded_thread(server_url, "sync", "run.start", every=True) as thread:
        await thread.start(input=said("q"))
        await thread.respond("yes")  # the run's end and its interrupt come from REST
        assert (await thread.output())["messages"][-1]["content"] == "echo: answer: yes"

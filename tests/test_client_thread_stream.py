"""client.threads.stream (the streaming protocol) against the real server, with both clients."""

from __future__ import annotations

import asyncio
import contextlib
import re
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import orjson
import pytest
from langgraph_api_client.api.streaming import send_thread_command, stream_thread_events
from langgraph_client.errors import NotFoundError
from langgraph_client.protocol import (
    AsyncThreadStream,
    ProtocolCommandError,
    SyncThreadStream,
    ThreadStreamError,
)

from tests._client_api import Api, client_of, read_until, settle
from tests._proxy import Fault, FaultProxy

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

    async def events_until(self, last: Callable[[Any], bool], feed: Any = None) -> list[Any]:
        """The events (of ``feed``, a ``subscribe(...)``; else of ``events``) up to and
        including the first for which ``last`` is true."""
        return await read_until(self.stream.events if feed is None else feed, last)


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


async def test_values_yields_the_stored_state_then_each_snapshot(api: Api) -> None:
    async with thread_stream(api, assistant_id="agent") as thread:
        await thread.start(input=said("one"))
        snapshots = await thread.values()
        # The stored state (wherever the run had got to), then the run's snapshots.
        assert snapshots[1] == said("one")
        assert snapshots[-1]["messages"][-1]["content"] == "echo: one"
        assert await thread.output() == snapshots[-1]


async def test_values_of_a_finished_run_is_the_stored_state_alone(api: Api) -> None:
    async with thread_stream(api, assistant_id="agent") as thread:
        await thread.start(input=said("one"))
        final = await thread.output()  # the run's events are read, up to its end
        assert await thread.values() == [final]


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
    assert state["values"]["messages"][-1]["content"] == "echo: new"


async def test_an_interrupt_is_answered_with_run_respond(api: Api) -> None:
    async with thread_stream(api, assistant_id="interrupting") as thread:
        await thread.start(input=said("q"))
        before = await thread.values()  # ends where the run waits
        assert before[-1]["messages"] == said("q")["messages"]
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


async def test_events_taken_inside_the_block_stop_once_it_has_exited(api: Api) -> None:
    async with thread_stream(api, assistant_id="agent") as thread:
        await thread.start(input=said("x"))
        events = thread.stream.events
    assert await settle(events) == []


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
        # The run started here, not the earlier one: read to its end, its stored state alone.
        assert await thread.values() == [final]


async def test_subscribe_filters_by_channel(api: Api) -> None:
    async with thread_stream(api, assistant_id="agent") as thread:
        await thread.start(input=said("x"))
        await thread.output()
        picked = await thread.events_until(
            root_lifecycle("completed"),
            thread.stream.subscribe(["lifecycle"]),
        )
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


async def test_the_websocket_transport_runs_answers_and_filters(api: Api) -> None:
    async with thread_stream(api, assistant_id="interrupting", transport="websocket") as thread:
        await thread.start(input=said("q"))
        asked = await thread.events_until(lambda event: event["method"] == "input.requested")
        assert asked[0]["method"] == "lifecycle"
        assert thread.stream.interrupted
        await thread.respond("yes")
        assert (await thread.output())["messages"][-1]["content"] == "echo: answer: yes"
        picked = await thread.events_until(
            root_lifecycle("completed"),
            thread.stream.subscribe(["lifecycle"], namespaces=[[]], depth=0),
        )
    assert {e.method for e in picked} == {"lifecycle"}
    phases = [e["params"]["data"]["event"] for e in picked]
    assert phases[0] == "running" and phases[-1] == "completed"
    assert [e.seq for e in picked] == sorted({e.seq for e in picked})  # none read twice


def test_an_unknown_transport_is_refused_naming_it(server_url: str) -> None:
    from langgraph_client import get_sync_client

    with (
        get_sync_client(url=server_url, api_key=None) as client,
        pytest.raises(ValueError, match="'grpc'"),
    ):
        client.threads.stream(assistant_id="agent", transport="grpc")  # type: ignore[arg-type]


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
        await thread.values()  # read until the run waits on its interrupt
        await thread.respond("ok")
        final = await thread.output()  # after a heartbeat, a new connection replays the run
        assert final["messages"][-1]["content"] == "echo: answer: ok"
        snapshots = await thread.values()
        assert snapshots[-1] == final
        assert not thread.stream.interrupted


async def test_a_run_no_connection_shows_ends_as_the_server_records_it(server_url: str) -> None:
    async with blinded_thread(server_url, "sync", "input.respond", every=True) as thread:
        await thread.start(input=said("q"))
        await thread.values()  # read until the run waits on its interrupt
        await thread.respond("ok")
        final = await thread.output()
        assert final["messages"][-1]["content"] == "echo: answer: ok"
        assert await thread.values() == [final]


async def test_an_interrupt_no_connection_shows_is_read_from_the_thread(server_url: str) -> None:
    async with blinded_thread(server_url, "sync", "run.start", every=True) as thread:
        await thread.start(input=said("q"))
        await thread.values()  # the run's end and its interrupt come from REST
        await thread.respond("yes")
        assert (await thread.output())["messages"][-1]["content"] == "echo: answer: yes"


# -- what the server sends, as seen through the fault proxy ---------------------------------

EVENTS_ROUTE = r"/stream/events"


def _without_timestamp(block: bytes) -> bytes:
    return re.sub(rb'"timestamp": ?\d+,?', b"", block)


def _without_interrupted_lifecycle(block: bytes) -> bytes:
    if b'"lifecycle"' in block and b'"interrupted"' in block:
        return b": dropped\r\n\r\n"
    return block


async def test_an_event_without_a_timestamp_is_read(proxied: Api, proxy: FaultProxy) -> None:
    proxy.inject(Fault(path=EVENTS_ROUTE, rewrite=_without_timestamp, times=100))
    async with thread_stream(proxied, assistant_id="agent") as thread:
        await thread.start(input=said("hello"))
        events = await thread.events_until(root_lifecycle("completed"))
        assert proxy.faults["rewritten answer"] > 0
        assert all("timestamp" not in event["params"] for event in events)
        assert [e["params"]["data"] for e in events if e.method == "values"][-1]["count"] == 1


async def test_the_server_ending_the_event_stream_ends_events(
    proxied: Api, proxy: FaultProxy
) -> None:
    proxy.inject(Fault(path=EVENTS_ROUTE, close_after_events=2, times=100))
    async with thread_stream(proxied, assistant_id="agent") as thread:
        await thread.start(input=said("hello"))
        events = await settle(thread.stream.events)
    assert len(events) == 2
    assert len(proxy.seen("POST", EVENTS_ROUTE)) == 1  # its end, not a cut: not reopened


async def test_run_respond_with_no_interrupt_read_raises_without_a_request(
    proxied: Api, proxy: FaultProxy
) -> None:
    async with thread_stream(proxied, assistant_id="interrupting") as thread:
        await thread.start(input=said("q"))
        before = len(proxy.seen())
        with pytest.raises(ThreadStreamError, match="no interrupt is pending") as raised:
            await thread.respond("ok")
        assert isinstance(raised.value, RuntimeError)  # as langgraph-sdk raises
        assert len(proxy.seen()) == before


async def test_an_input_requested_event_sets_interrupted(proxied: Api, proxy: FaultProxy) -> None:
    # No lifecycle event says "interrupted": the input.requested event alone must.
    proxy.inject(Fault(path=EVENTS_ROUTE, rewrite=_without_interrupted_lifecycle, times=100))
    async with thread_stream(proxied, assistant_id="interrupting") as thread:
        await thread.start(input=said("q"))
        await thread.events_until(lambda event: event["method"] == "input.requested")
        assert thread.stream.interrupted
        (pending,) = thread.stream.interrupts
        assert pending["value"] == {"question": "approve?"}
        await thread.respond("yes")
        assert (await thread.output())["messages"][-1]["content"] == "echo: answer: yes"


async def test_closing_while_another_task_reads_ends_that_reader(server_url: str) -> None:
    from langgraph_client import get_client

    async with get_client(url=server_url, api_key=None) as client:
        thread = client.threads.stream(assistant_id="agent")
        async with thread:
            await thread.run.start(input=said("x"))
            seen: list[Any] = []
            done = root_lifecycle("completed")

            async def read() -> None:
                async for event in thread.events:
                    seen.append(event)

            reader = asyncio.create_task(read())
            for _ in range(200):  # until the reader waits on a quiet connection
                if any(done(event) for event in seen):
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.2)
            await thread.close()
            await asyncio.wait_for(reader, 5)  # it ends, without an error
        pool = client._core.http._transport._pool  # type: ignore[attr-defined]
        assert all(conn.is_idle() or conn.is_closed() for conn in pool.connections)


async def test_a_cut_event_stream_is_resumed_after_the_last_seq(
    proxied: Api, proxy: FaultProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    from langgraph_client._core import AsyncCore, SyncCore

    slept: list[float] = []

    async def record(self: object, seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(AsyncCore, "_sleep", record)
    monkeypatch.setattr(SyncCore, "_sleep", record)
    proxy.inject(Fault(path=EVENTS_ROUTE, reset_after_events=2))
    async with thread_stream(proxied, assistant_id="agent") as thread:
        await thread.start(input=said("hello"))
        events = await thread.events_until(root_lifecycle("completed"))
        thread_id = thread.stream.thread_id
    assert proxy.faults["connection reset"] == 1
    assert len(proxy.seen("POST", EVENTS_ROUTE)) == 2
    assert len(slept) == 1  # the wait before the reconnection, by the core's resume loop
    async with thread_stream(proxied, thread_id, assistant_id="agent") as again:
        whole = await again.events_until(root_lifecycle("completed"))
    assert [(e.seq, e.method) for e in events] == [(e.seq, e.method) for e in whole]


async def test_a_read_cut_short_by_a_timeout_goes_on_at_the_next_read(aclient: Any) -> None:
    async with aclient.threads.stream(assistant_id="interrupting") as thread:
        await thread.run.start(input=said("q"))
        async for _ in thread.values:  # up to the interrupt; the connection then waits
            pass
        with pytest.raises(TimeoutError):
            await thread.output.with_timeout(0.5)  # cancels the read under way
        # Answered elsewhere: the stream learns of it only from its connection.
        await aclient.runs.create(thread.thread_id, "interrupting", command={"resume": "no"})
        seen: list[Any] = []
        async for event in thread.events:
            seen.append(event)
            if root_lifecycle("completed")(event):
                break
        assert root_lifecycle("completed")(seen[-1])


async def test_subscribe_sends_its_filter_to_the_server(
    proxied: Api, proxy: FaultProxy, server_url: str
) -> None:
    async with thread_stream(proxied, assistant_id="subgraph") as thread:
        await thread.start(input=said("x"))
        # Every event, read past the proxy: what it relays is the filtered read's alone.
        async with (
            client_of("async", server_url, api_key=None) as direct,
            thread_stream(direct, thread.stream.thread_id, assistant_id="subgraph") as whole,
        ):
            everything = await whole.events_until(root_lifecycle("completed"))
        nested = [e for e in everything if e["params"]["namespace"]]
        assert nested  # the child graph's events: what the filter must keep away
        want = [e for e in everything if e.method == "values" and not e["params"]["namespace"]]
        proxy.clear()
        picked = await thread.events_until(
            lambda event: event.event_id == want[-1].event_id,
            thread.stream.subscribe(["values"], namespaces=[[]], depth=0),
        )
    assert [(e.seq, e.event_id) for e in picked] == [(e.seq, e.event_id) for e in want]
    # Filtered by the server: nothing else crossed the wire to be dropped here.
    assert proxy.events <= len(want)


async def test_a_namespace_filter_reaches_the_child_graph_only(api: Api) -> None:
    async with thread_stream(api, assistant_id="subgraph") as thread:
        await thread.start(input=said("x"))
        everything = await thread.events_until(root_lifecycle("completed"))
        child = [e for e in everything if e["params"]["namespace"][:1] and e.method == "values"]
        assert child
        picked = await thread.events_until(
            lambda event: event.event_id == child[-1].event_id,
            thread.stream.subscribe(["values"], namespaces=[["child"]]),
        )
    assert [e.event_id for e in picked] == [e.event_id for e in child]


@pytest.mark.parametrize(
    ("channels", "namespaces", "depth", "named"),
    [
        (["value"], None, None, "'value'"),
        ("values", None, None, "channels"),
        ([], None, None, "channels"),
        (["custom:"], None, None, "'custom:'"),
        (["values"], ["child"], None, "'child'"),
        (["values"], None, -1, "depth"),
    ],
)
async def test_a_bad_filter_is_refused_naming_it(
    api: Api, channels: Any, namespaces: Any, depth: Any, named: str
) -> None:
    async with thread_stream(api, assistant_id="agent") as thread:
        with pytest.raises(ValueError, match=re.escape(named)):
            thread.stream.subscribe(channels, namespaces=namespaces, depth=depth)


@pytest.mark.parametrize(
    ("given", "named"),
    [
        ({"config": ["tags"]}, "ProtocolRunStartParams.config"),
        ({"metadata": "owner=me"}, "ProtocolRunStartParams.metadata"),
        ({"config": {"tags": "a"}}, "Config.tags"),  # a field of a model in the params
        # What langgraph-api's run.start refuses in langsmith_tracer: another field, a null.
        ({"langsmith_tracing": {"project": "p"}}, "ProtocolLangSmithTracer.project: cannot read"),
        ({"langsmith_tracing": {"project_name": None}}, "ProtocolLangSmithTracer.project_name"),
        ({"assistant_id": ""}, "ProtocolRunStartParams.assistant_id: cannot read ''"),
    ],
)
async def test_a_run_start_value_of_the_wrong_form_is_refused_naming_it_unsent(
    proxied: Api, proxy: FaultProxy, given: dict[str, Any], named: str
) -> None:
    from langgraph_client.errors import FieldValueError

    given = dict(given)  # the parameter's dict is shared by the async and sync runs
    assistant_id = given.pop("assistant_id", "agent")
    async with thread_stream(proxied, assistant_id=assistant_id) as thread:
        with pytest.raises(FieldValueError, match=re.escape(named)):
            await thread.start(input=said("hello"), **given)
    assert proxy.seen(path=r"/commands") == []


def _protocol_stream(run_id: str, snapshots: int) -> Iterator[bytes]:
    """A thread's protocol events as langgraph-api sends them: the run's ``running``
    lifecycle event, ``snapshots`` root values events, its ``completed`` lifecycle event."""

    def frame(seq: int, method: str, data: Any, event_id: str) -> bytes:
        event = {
            "type": "event",
            "event_id": event_id,
            "seq": seq,
            "method": method,
            "params": {"namespace": [], "data": data},
        }
        return b"event: %s\nid: %d\ndata: %s\n\n" % (method.encode(), seq, orjson.dumps(event))

    yield frame(1, "lifecycle", {"event": "running"}, f"synth:{run_id}:lc::running")
    for i in range(snapshots):
        yield frame(i + 2, "values", {"n": i}, f"{run_id}-{i}")
    yield frame(snapshots + 2, "lifecycle", {"event": "completed"}, f"synth:{run_id}:lc::done")


def test_a_long_stream_holds_only_the_events_still_to_be_read() -> None:
    # A scripted server: a real run of this many snapshots would take minutes.
    from langgraph_client import get_sync_client

    thread_id, run_id, snapshots = str(uuid.uuid4()), str(uuid.uuid4()), 5_000

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/stream/events"):
            stream = _protocol_stream(run_id, snapshots)
            return httpx.Response(
                200, headers={"content-type": "text/event-stream"}, content=stream
            )
        if path.endswith("/state"):
            return httpx.Response(200, json={"values": {"n": -1}, "next": ["node"], "tasks": []})
        if path.endswith("/runs"):
            return httpx.Response(200, json=[{"run_id": run_id, "thread_id": thread_id}])
        return httpx.Response(404, json={"detail": "not scripted"})

    held: list[int] = []
    with (
        get_sync_client(
            url="http://scripted", api_key=None, transport=httpx.MockTransport(answer)
        ) as client,
        client.threads.stream(thread_id, assistant_id="agent") as thread,
    ):
        seen = [
            snapshot["n"] for snapshot in thread.values if held.append(len(thread._log)) or True
        ]
        assert seen == list(range(-1, snapshots))
        assert max(held) <= 1  # each event dropped once the one reader has passed it
        kept = sum(1 for _ in thread.events)  # a reader of its own: it keeps nothing
        assert kept == snapshots + 2
        assert len(thread._log) == 0

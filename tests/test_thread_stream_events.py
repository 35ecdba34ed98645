"""The thread stream's events are the typed classes of their methods, against the real server,
with both clients: ``params.data`` reads as its class says. An event of a method the client
does not know, or with data of another form, is the plain ``ProtocolEvent`` and the stream
goes on (through the fault-injecting proxy, which rewrites what the server cannot be made to
send)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from langgraph_api_client import models
from langgraph_api_client.api.streaming import send_thread_command, stream_thread_events
from langgraph_api_client.models import ProtocolEvent
from langgraph_client import schema
from langgraph_client._events import EVENT_CLASSES, event_of

from tests._client_api import Api
from tests._proxy import Fault, FaultProxy
from tests.test_client_thread_stream import EVENTS_ROUTE, root_lifecycle, said, thread_stream
from tests.test_thread_stream_projections import _aiter

pytest_plugins = ["tests._client_fixtures"]
real = pytest.mark.operation(send_thread_command, stream_thread_events)

HELLO = {"messages": [{"role": "user", "content": "hello"}]}
#: The data class of each step of a message, and of a tool call.
MESSAGE_STEPS = {
    "message-start": models.ProtocolMessageStartData,
    "content-block-start": models.ProtocolContentBlockStartData,
    "content-block-delta": models.ProtocolContentBlockDeltaData,
    "content-block-finish": models.ProtocolContentBlockFinishData,
    "message-finish": models.ProtocolMessageFinishData,
    "error": models.ProtocolMessageErrorData,
}
TOOL_STEPS = {
    "tool-started": models.ProtocolToolStartedData,
    "tool-output-delta": models.ProtocolToolOutputDeltaData,
    "tool-finished": models.ProtocolToolFinishedData,
    "tool-error": models.ProtocolToolErrorData,
}


async def run_events(api: Api, assistant_id: str, until: str = "completed") -> list[Any]:
    """The events of one run of ``assistant_id`` on a new thread, up to its root lifecycle
    event ``until``."""
    async with thread_stream(api, assistant_id=assistant_id) as thread:
        await thread.start(input=HELLO)
        return await thread.events_until(root_lifecycle(until))


def by_method(events: list[Any]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for event in events:
        found.setdefault(event["method"], []).append(event)
    return found


@real
async def test_each_event_is_the_class_of_its_method(api: Api) -> None:
    events = await run_events(api, "chat")
    found = by_method(events)
    assert {"values", "updates", "messages", "tools", "lifecycle"} <= found.keys()
    for method, group in found.items():
        cls = getattr(models, EVENT_CLASSES[method])
        assert all(type(event) is cls for event in group), method
        assert all(isinstance(event, ProtocolEvent) for event in group)
        assert all(event.method == method for event in group)
    # schema.ThreadEvent is their union, at run time too.
    assert all(isinstance(event, schema.ThreadEvent) for event in events)


@real
async def test_values_and_updates_read_as_objects(api: Api) -> None:
    found = by_method(await run_events(api, "chat"))
    last = found["values"][-1].params.data
    assert last["messages"][0]["content"] == "hello"
    assert last["messages"][-1]["content"][0]["text"] == "It is sunny."
    # What each node wrote, by node (langgraph-api 0.16.7 names no params.node here).
    root = [event.params.data for event in found["updates"] if not event.params.namespace]
    assert [list(data) for data in root] == [["model"], ["tools"], ["model"]]
    assert root[1]["tools"]["messages"][0]["content"] == "weather: sunny"


@real
async def test_lifecycle_events_read_their_status(api: Api) -> None:
    found = by_method(await run_events(api, "chat"))
    root = [event.params.data for event in found["lifecycle"] if not event.params.namespace]
    assert [data.event for data in root] == ["running", "completed"]
    assert all(isinstance(data, models.ProtocolLifecycleData) for data in root)
    assert root[-1].error is None


@real
async def test_message_events_read_their_steps(api: Api) -> None:
    found = by_method(await run_events(api, "chat"))
    data = [event.params.data for event in found["messages"] if not event.params.namespace]
    steps = [item.event for item in data]
    assert all(type(item) is MESSAGE_STEPS[item.event] for item in data)
    assert steps[0] == "message-start" and "message-finish" in steps
    start = data[0]
    assert start.role == "ai" and isinstance(start.id, str)
    deltas = [item.delta for item in data if item.event == "content-block-delta"]
    text = "".join(d["text"] for d in deltas if d and d.get("type") == "text-delta")
    assert text.startswith("Let me look.")
    assert all(isinstance(item.index, int) for item in data if item.event.startswith("content"))
    # A tool's message: its text sent whole, as the block's content instead of a delta.
    every = [event.params.data for event in found["messages"]]
    whole = [
        item.content
        for item in every
        if isinstance(item, models.ProtocolContentBlockDeltaData) and item.delta is None
    ]
    assert {"type": "text", "text": "weather: sunny"} in whole


@real
async def test_tool_events_read_their_calls(api: Api) -> None:
    found = by_method(await run_events(api, "chat"))
    data = [event.params.data for event in found["tools"]]
    assert all(type(item) is TOOL_STEPS[item.event] for item in data)
    started = {item.tool_call_id: item.tool_name for item in data if item.event == "tool-started"}
    assert started == {"call-lookup-1": "lookup", "call-broken-1": "broken"}
    ends = {item.tool_call_id: item.event for item in data if item.event != "tool-started"}
    assert ends == {"call-lookup-1": "tool-finished", "call-broken-1": "tool-error"}
    assert all(isinstance(item.message, str) for item in data if item.event == "tool-error")


@real
async def test_subscribe_yields_the_typed_events_of_its_channels(api: Api) -> None:
    async with thread_stream(api, assistant_id="chat") as thread:
        await thread.start(input=HELLO)
        await thread.output()
        is_end = root_lifecycle("completed")
        seen: list[Any] = []
        async for event in _aiter(thread.stream.subscribe(["tools", "lifecycle"])):
            seen.append(event)
            if is_end(event):
                break
    kinds = {type(event) for event in seen}
    assert kinds == {models.ProtocolToolsEvent, models.ProtocolLifecycleEvent}
    tools = [event.params.data.tool_call_id for event in seen if event.method == "tools"]
    assert set(tools) == {"call-lookup-1", "call-broken-1"}


@real
async def test_custom_events_read_their_channel_and_payload(api: Api) -> None:
    found = by_method(await run_events(api, "chat"))
    data = [event.params.data for event in found["custom"]]
    assert all(isinstance(item, models.ProtocolCustomData) for item in data)
    assert (data[0].name, data[0].payload) == ("tool_names", {"tool": "lookup"})


@real
async def test_an_interrupt_reads_as_an_input_requested_event(api: Api) -> None:
    events = await run_events(api, "interrupting", until="interrupted")
    (asked,) = by_method(events)["input.requested"]
    assert isinstance(asked, models.ProtocolInputRequestedEvent)
    assert isinstance(asked.params.data.interrupt_id, str) and asked.params.data.interrupt_id
    assert asked.params.data.payload == {"question": "approve?"}


@real
async def test_an_event_is_the_dict_sent(api: Api) -> None:
    events = await run_events(api, "agent")
    for event in events:
        event.params.data  # noqa: B018  # read: the typed parts are kept in place
    plain = [ProtocolEvent.from_dict(dict(event)) for event in events]
    assert events == plain
    assert all(type(event["params"]["data"]) is not str for event in events)


# -- what a real server does not send ------------------------------------------------------
def _rewritten(change: Callable[[dict[str, Any]], None]) -> Callable[[bytes], bytes]:
    """A proxy rewrite that applies ``change`` to the event each SSE block holds."""

    def rewrite(block: bytes) -> bytes:
        lines = block.split(b"\r\n")
        for i, line in enumerate(lines):
            if line.startswith(b"data: "):
                event = json.loads(line[len(b"data: ") :])
                change(event)
                lines[i] = b"data: " + json.dumps(event).encode()
        return b"\r\n".join(lines)

    return rewrite


def _unknown_updates(event: dict[str, Any]) -> None:
    """``updates`` events renamed to a method no client knows."""
    if event.get("method") == "updates":
        event["method"] = "updates.v9"


def _odd_values(event: dict[str, Any]) -> None:
    """``values`` events whose data is a string, not an object."""
    if event.get("method") == "values":
        event["params"]["data"] = "odd"


@real
async def test_an_unknown_method_is_the_plain_event(proxied: Api, proxy: FaultProxy) -> None:
    proxy.inject(Fault(path=EVENTS_ROUTE, rewrite=_rewritten(_unknown_updates), times=100))
    events = await run_events(proxied, "chat")
    assert proxy.faults["rewritten answer"] > 0
    unknown = [event for event in events if event["method"] == "updates.v9"]
    assert unknown and all(type(event) is ProtocolEvent for event in unknown)
    assert all(isinstance(event.params.data, dict) for event in unknown)
    assert any(isinstance(event, models.ProtocolValuesEvent) for event in events)


def test_data_of_another_form_is_the_plain_event() -> None:
    # What no server in the window sends: each typed class refuses a form it does not describe.
    envelope = {"type": "event", "seq": 1, "event_id": "e1"}
    odd = [
        ("values", "not an object"),
        ("lifecycle", {"phase": "running"}),  # no `event`
        ("lifecycle", {"event": 7}),  # not a string
        ("input.requested", {"payload": 1}),  # no `interrupt_id`
        ("tools", {"event": "tool-started"}),  # no `tool_call_id`
        ("tools", {"event": "tool-paused", "tool_call_id": "c1"}),  # a step not described
        ("messages", {"event": "content-block-stop", "index": 0}),  # a step not described
        ("messages", {"event": "error"}),  # no `message`
        ("checkpoints", ["c1"]),
    ]
    for method, data in odd:
        sent = {**envelope, "method": method, "params": {"namespace": [], "data": data}}
        event = event_of(sent)
        assert type(event) is ProtocolEvent, method
        assert event == sent and event.params.data == data
    missing = {**envelope, "method": "values", "params": {"data": {}}}  # no namespace
    assert type(event_of(missing)) is ProtocolEvent
    fine = {**envelope, "method": "custom", "params": {"namespace": ["a"], "data": {"payload": 1}}}
    assert type(event_of(fine)) is models.ProtocolCustomEvent


def test_checkpoints_and_tasks_read_in_their_protocol_form() -> None:
    # langgraph-api 0.16.7 sends these only for graphs that stream them (none of the test
    # graphs' thread streams do): their form as the server's protocol session builds them.
    def sent(method: str, data: dict[str, Any]) -> dict[str, Any]:
        params = {"namespace": [], "timestamp": 1, "data": data}
        return {"type": "event", "seq": 1, "method": method, "params": params}

    saved = event_of(
        sent("checkpoints", {"id": "c2", "parent_id": "c1", "step": 0, "source": "loop"})
    )
    assert isinstance(saved, models.ProtocolCheckpointsEvent)
    checkpoint = saved.params.data
    assert (checkpoint.id, checkpoint.parent_id, checkpoint.step) == ("c2", "c1", 0)
    assert checkpoint.source == "loop"
    begun = event_of(sent("tasks", {"id": "t1", "name": "model", "input": {}, "triggers": ["x"]}))
    assert isinstance(begun, models.ProtocolTasksEvent)
    assert (begun.params.data.name, begun.params.data.triggers) == ("model", ["x"])
    ended = event_of(sent("tasks", {"id": "t1", "name": "model", "error": None, "result": {}}))
    assert isinstance(ended, models.ProtocolTasksEvent)
    assert ended.params.data.error is None and ended.params.data.result == {}


@real
async def test_odd_values_data_does_not_fail_the_stream(proxied: Api, proxy: FaultProxy) -> None:
    proxy.inject(Fault(path=EVENTS_ROUTE, rewrite=_rewritten(_odd_values), times=100))
    async with thread_stream(proxied, assistant_id="agent") as thread:
        await thread.start(input=said("hello"))
        events = await thread.events_until(root_lifecycle("completed"))
    odd = [event for event in events if event["method"] == "values"]
    assert odd and all(event["params"]["data"] == "odd" for event in odd)
    assert all(type(event) is ProtocolEvent for event in odd)

"""The views of client.threads.stream: messages, tool_calls, subgraphs / subagents,
extensions and interleave_projections, with both clients.

Against the real server, on the graphs of tests/app/chat_graphs.py (a scripted streaming
chat model, no network; the module's stream transformer asks for the ``tools`` mode, without
which langgraph-api sends no ``tools`` events on a thread stream). A scripted event stream
serves what the server cannot be made to send: a run that fails while a tool runs, a
subgraph's tool calls, the other forms a message's parts may take.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from langchain_core.messages import AIMessage
from langgraph_api_client.api.streaming import send_thread_command, stream_thread_events
from langgraph_client import _projections, get_client, get_sync_client, protocol
from langgraph_client._projections import ToolCallError
from langgraph_client.protocol import AsyncThreadStream, ProtocolRunError, SyncThreadStream

from tests._client_api import Api

pytest_plugins = ["tests._client_fixtures"]

HELLO = {"messages": [{"role": "user", "content": "hello"}]}


# -- reading the same way with both clients -------------------------------------------------
async def each(view: Any) -> list[Any]:
    """The items of a view (or the deltas of a part), whichever client made it."""
    if hasattr(view, "__aiter__"):
        return [item async for item in view]
    return list(view)


async def whole(part: Any) -> Any:
    """A part read whole: awaited (async), ``get()`` (sync text and tool calls), or the
    value a sync property already is."""
    if hasattr(part, "__await__"):
        return await part
    if hasattr(part, "get") and not isinstance(part, dict):
        return part.get()
    return part


@contextlib.asynccontextmanager
async def started(api: Api, assistant_id: str) -> AsyncIterator[Any]:
    """A thread stream on a new thread, with a run of ``assistant_id`` started on it."""
    made = api.client.threads.stream(assistant_id=assistant_id)
    if isinstance(made, AsyncThreadStream):
        async with made as thread:
            await thread.run.start(input=HELLO)
            yield thread
    else:
        with made as sync_thread:
            sync_thread.run.start(input=HELLO)
            yield sync_thread


async def read_message(message: Any) -> dict[str, Any]:
    """Everything a message stream offers, each part read as it streams, then whole."""
    return {
        "text": await each(message.text),
        "reasoning": await each(message.reasoning),
        "chunks": await each(message.tool_calls),
        "events": [data["event"] for data in await each(message)],
        "full_text": await whole(message.text),
        "full_reasoning": await whole(message.reasoning),
        "tool_calls": await whole(message.tool_calls),
        "usage": await whole(message.usage),
        "output": await whole(message.output),
    }


# -- the real server -------------------------------------------------------------------------
real = pytest.mark.operation(send_thread_command, stream_thread_events)


@real
async def test_messages_stream_text_reasoning_and_tool_calls(api: Api) -> None:
    async with started(api, "chat") as thread:
        read = [await read_message(message) async for message in _aiter(thread.messages)]
    assert len(read) == 2  # the model's turn with tool calls, then its answer
    first, last = read
    assert first["reasoning"] == ["Thinking ", "it over."]
    assert first["text"] == ["Let ", "me ", "look."]
    assert (first["full_reasoning"], first["full_text"]) == ("Thinking it over.", "Let me look.")
    # Chunks merged per call: each chunk says which call it extends.
    assert [(c["id"], c["name"], c["args"], c["index"]) for c in first["chunks"]] == [
        ("call-lookup-1", "lookup", '{"query": ', 2),
        ("call-lookup-1", "lookup", '"weather"}', 2),
        ("call-broken-1", "broken", '{"why"', 3),
        ("call-broken-1", "broken", ': "test"}', 3),
    ]
    assert first["tool_calls"] == [
        {
            "type": "tool_call",
            "id": "call-lookup-1",
            "name": "lookup",
            "args": {"query": "weather"},
        },
        {"type": "tool_call", "id": "call-broken-1", "name": "broken", "args": {"why": "test"}},
    ]
    assert first["usage"] == {"input_tokens": 10, "output_tokens": 7, "total_tokens": 17}
    assert first["events"][0] == "message-start" and first["events"][-1] == "message-finish"
    assert last["text"] == ["It ", "is ", "sunny."] and last["full_text"] == "It is sunny."
    assert last["reasoning"] == [] and last["tool_calls"] == []
    assert last["usage"] == {"input_tokens": 20, "output_tokens": 3, "total_tokens": 23}


@real
async def test_a_message_output_is_langchains_ai_message_when_it_is_installed(api: Api) -> None:
    async with started(api, "chat") as thread:
        outputs = [
            (await read_message(message))["output"] async for message in _aiter(thread.messages)
        ]
        final = await _output(thread)
    assert all(isinstance(output, AIMessage) for output in outputs)
    first = outputs[0]
    assert [call["name"] for call in first.tool_calls] == ["lookup", "broken"]
    assert first.usage_metadata == {"input_tokens": 10, "output_tokens": 7, "total_tokens": 17}
    assert [block["type"] for block in first.content] == [
        "reasoning",
        "text",
        "tool_call",
        "tool_call",
    ]
    # The same message the thread's state holds.
    stored = next(m for m in final["messages"] if m["id"] == first.id)
    assert stored["tool_calls"] == [{**call, "type": "tool_call"} for call in first.tool_calls]


@real
async def test_a_message_output_is_a_dict_without_langchain(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_projections, "_langchain_installed", lambda: False)
    async with started(api, "chat") as thread:
        outputs = [
            (await read_message(message))["output"] async for message in _aiter(thread.messages)
        ]
    first, last = outputs
    assert first["type"] == "ai" and first["id"].startswith("lc_run")
    assert first["content"][1] == {"type": "text", "text": "Let me look.", "index": 1}
    assert first["tool_calls"][0] == {
        "type": "tool_call",
        "id": "call-lookup-1",
        "name": "lookup",
        "args": {"query": "weather"},
    }
    assert first["usage_metadata"]["total_tokens"] == 17
    assert last["content"] == [{"type": "text", "text": "It is sunny.", "index": 0}]
    json.dumps(first)  # plain JSON


@real
async def test_messages_can_be_read_after_the_run_has_ended(api: Api) -> None:
    async with started(api, "chat") as thread:
        await _output(thread)
        texts = [await whole(message.text) async for message in _aiter(thread.messages)]
    assert texts == ["Let me look.", "It is sunny."]


@real
async def test_a_run_longer_than_the_stream_keeps_is_read_again_for_a_late_view(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The stream keeps at most RUN_EVENTS_KEPT events of the run it started: past that, a
    # view opened after the run is read again from the server, and nothing is missed.
    monkeypatch.setattr(protocol, "RUN_EVENTS_KEPT", 3)
    async with started(api, "chat") as thread:
        await _output(thread)
        assert len(thread._log) <= 3
        texts = [await whole(message.text) async for message in _aiter(thread.messages)]
        (lookup, broken) = await each(thread.tool_calls)
    assert texts == ["Let me look.", "It is sunny."]
    assert (lookup.name, broken.name) == ("lookup", "broken")


@real
async def test_messages_read_whole_without_reading_their_deltas(api: Api) -> None:
    async with started(api, "chat") as thread:
        messages = await each(thread.messages)  # the view read to its end first
        outputs = [await whole(message.output) for message in messages]
    assert [output.text for output in outputs] == ["Let me look.", "It is sunny."]


@real
async def test_subgraphs_are_child_streams_with_their_own_views(api: Api) -> None:
    async with started(api, "nested") as thread:
        children = await each(thread.subgraphs)
        assert len(children) == 1
        child = children[0]
        assert child.graph_name == "research"
        assert len(child.namespace) == 1 and child.namespace[0].startswith("research:")
        assert child.trigger_call_id == child.namespace[0].split(":", 1)[1]
        assert child.status == "completed" and child.error is None
        texts = [await whole(message.text) async for message in _aiter(child.messages)]
        assert texts == ["It is sunny."]
        assert await each(child.subgraphs) == []  # nothing runs below it
        assert await each(thread.messages) == []  # the root graph streams no message itself


@real
async def test_a_subagent_run_by_a_tool_is_a_child_stream(api: Api) -> None:
    async with started(api, "supervisor") as thread:
        agents = await each(thread.subagents)
        assert [agent.namespace[0].split(":", 1)[0] for agent in agents] == ["tools"]
        (agent,) = agents
        assert agent.status == "completed"
        answers = [await whole(message.text) async for message in _aiter(agent.messages)]
        assert answers == ["It is sunny."]
        root = [await whole(message.output) async for message in _aiter(thread.messages)]
        assert [call["name"] for call in root[0].tool_calls] == ["task"]
        assert root[1].text == "It is sunny."


@real
async def test_interleave_projections_yields_items_in_the_order_they_came(api: Api) -> None:
    async with started(api, "nested") as thread:
        items = await each(thread.interleave_projections(["values", "subgraphs", "messages"]))
    names = [name for name, _ in items]
    # The run's first snapshot, then its subgraph; the subgraph's messages are not the root's.
    assert names[0] == "values" and "subgraphs" in names and "messages" not in names
    assert names.index("subgraphs") < len(names) - 1
    child = next(item for name, item in items if name == "subgraphs")
    assert child.graph_name == "research"
    last_values = [item for name, item in items if name == "values"][-1]
    assert last_values["messages"][-1]["content"][0]["text"] == "It is sunny."


@real
async def test_views_end_at_an_interrupt_and_follow_the_resumed_run(api: Api) -> None:
    async with started(api, "interrupting") as thread:
        before = await each(thread.interleave_projections(["values"]))
        assert thread.interrupted
        assert before[-1][1]["messages"] == HELLO["messages"]
        await whole(thread.run.respond("yes"))
        after = await each(thread.interleave_projections(["values"]))
    assert after[-1][1]["messages"][-1] == {"role": "ai", "content": "echo: answer: yes"}


async def _outcome(call: Any) -> Any:
    try:
        return await whole(call.output)
    except RuntimeError as error:  # ToolCallError, or the run ended first
        return error


@real
async def test_tool_calls_stream_their_output_and_end_in_it_or_an_error(api: Api) -> None:
    async with started(api, "chat") as thread:
        calls = [
            (call, await each(call.deltas), await _outcome(call))
            async for call in _aiter(thread.tool_calls)
        ]
    assert [(call.name, call.tool_call_id, call.input) for call, _, _ in calls] == [
        ("lookup", "call-lookup-1", {"query": "weather"}),
        ("broken", "call-broken-1", {"why": "test"}),
    ]
    (lookup, deltas, output), (broken, no_deltas, failure) = calls
    assert deltas == ["sun", "ny"] and lookup.done and lookup.error is None
    assert output["type"] == "tool" and output["content"] == "weather: sunny"
    assert no_deltas == []
    assert isinstance(failure, ToolCallError) and failure.message == "broken on purpose: test"
    assert broken.error is failure and failure.tool_call_id == "call-broken-1"


@real
async def test_extensions_yield_the_data_of_their_channel(api: Api) -> None:
    async with started(api, "chat") as thread:
        assert await each(thread.extensions["tool_names"]) == [
            {"name": "tool_names", "payload": {"tool": "lookup"}},
            {"name": "tool_names", "payload": {"tool": "broken"}},
        ]
        assert await each(thread.extensions["unknown"]) == []


@real
async def test_interleave_mixes_messages_tool_calls_and_extensions_in_order(api: Api) -> None:
    async with started(api, "chat") as thread:
        items = await each(
            thread.interleave_projections(["messages", "tool_calls", "tool_names", "updates"])
        )
        texts = [await whole(item.text) for name, item in items if name == "messages"]
    names = [name for name, _ in items]
    assert names[0] == "messages" and names[-1] == "updates"
    assert texts == ["Let me look.", "It is sunny."]
    assert [getattr(item, "name", None) for name, item in items if name == "tool_calls"] == [
        "lookup",
        "broken",
    ]
    # The extension's event for a tool comes before the tool's own start.
    firsts = [(name, item) for name, item in items if name in ("tool_calls", "tool_names")]
    assert firsts[0] == ("tool_names", {"name": "tool_names", "payload": {"tool": "lookup"}})
    assert [item for name, item in items if name == "updates"]  # the root graph's updates


@real
async def test_a_subagents_tool_is_a_tool_call_of_its_parent(api: Api) -> None:
    async with started(api, "supervisor") as thread:
        (task,) = await each(thread.tool_calls)
        assert task.name == "task" and task.input == {"description": "weather"}
        assert (await whole(task.output))["content"] == "It is sunny."
        (agent,) = await each(thread.subagents)
        assert await each(agent.tool_calls) == []  # the subagent called no tool


@pytest.mark.parametrize("name", ["tools", "lifecycle", "input", ""])
async def test_interleave_refuses_what_is_no_view(api: Api, name: str) -> None:
    made = api.client.threads.stream(assistant_id="chat")
    with pytest.raises(ValueError, match=r"no view|non-empty"):
        made.interleave_projections([name])


async def test_an_extension_name_must_not_be_empty(api: Api) -> None:
    made = api.client.threads.stream(assistant_id="chat")
    with pytest.raises(ValueError, match="extension name"):
        made.extensions[""]


def test_the_views_do_not_import_langchain_core() -> None:
    code = (
        "import sys, langgraph_client, langgraph_client.protocol\n"
        "print('langchain_core' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


# -- a scripted event stream: tools and custom events ----------------------------------------
RUN_ID = "01a20dca-0000-7000-8000-000000000001"


def _event(seq: int, method: str, data: Any, namespace: list[str] | None = None) -> dict[str, Any]:
    return {
        "type": "event",
        "event_id": f"synth:{RUN_ID}:{seq}",
        "seq": seq,
        "method": method,
        "params": {"namespace": namespace or [], "data": data},
    }


def _tool_run(status: str = "completed", error: str | None = None) -> list[dict[str, Any]]:
    """A run that calls two tools (one streams its output, one fails), publishes on an
    extension channel, and ends with ``status``."""
    script: list[tuple[str, Any, list[str]]] = [
        ("lifecycle", {"event": "running"}, []),
        (
            "tools",
            {
                "event": "tool-started",
                "tool_call_id": "c1",
                "tool_name": "lookup",
                "input": {"query": "weather"},
            },
            [],
        ),
        ("custom", {"name": "tool_names", "payload": {"tool": "lookup"}}, []),
        ("tools", {"event": "tool-started", "tool_call_id": "c2", "tool_name": "broken"}, []),
        ("tools", {"event": "tool-output-delta", "tool_call_id": "c1", "delta": "sun"}, []),
        ("custom", {"name": "other", "payload": 1}, []),
        ("tools", {"event": "tool-output-delta", "tool_call_id": "c1", "delta": "ny"}, []),
        (
            "tools",
            {"event": "tool-error", "tool_call_id": "c2", "message": "broken on purpose"},
            [],
        ),
        ("tools", {"event": "tool-started", "tool_call_id": "c3", "tool_name": "deep"}, ["sub:1"]),
        ("tools", {"event": "tool-finished", "tool_call_id": "c1", "output": "sunny"}, []),
        ("tools", {"event": "tool-started", "tool_call_id": "c4", "tool_name": "slow"}, []),
    ]
    events = [_event(seq, method, data, ns) for seq, (method, data, ns) in enumerate(script, 1)]
    end: dict[str, Any] = {"event": status}
    if error:
        end["error"] = error
    events.append(_event(len(events) + 1, "lifecycle", end))
    return events


def _scripted_server(events: list[dict[str, Any]]) -> httpx.MockTransport:
    """A thread whose run.start answers RUN_ID and whose event stream sends ``events``."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/commands"):
            command = json.loads(request.content)
            return httpx.Response(
                200, json={"type": "success", "id": command["id"], "result": {"run_id": RUN_ID}}
            )
        if request.url.path.endswith("/stream/events"):
            body = "".join(f"id: {e['seq']}\ndata: {json.dumps(e)}\n\n" for e in events)
            return httpx.Response(
                200, content=body.encode(), headers={"content-type": "text/event-stream"}
            )
        return httpx.Response(404, json={"detail": "not scripted"})

    return httpx.MockTransport(answer)


@contextlib.asynccontextmanager
async def scripted_thread(kind: str, events: list[dict[str, Any]]) -> AsyncIterator[Any]:
    transport = _scripted_server(events)
    if kind == "async":
        async with get_client(url="http://test", api_key=None, transport=transport) as client:
            async with client.threads.stream(assistant_id="chat") as thread:
                await thread.run.start(input=HELLO)
                yield thread
    else:
        with get_sync_client(url="http://test", api_key=None, transport=transport) as sync_client:
            with sync_client.threads.stream(assistant_id="chat") as sync_thread:
                sync_thread.run.start(input=HELLO)
                yield sync_thread


kinds = pytest.mark.parametrize("kind", ["async", "sync"])


@kinds
async def test_a_failed_run_is_the_error_of_its_open_tool_calls(kind: str) -> None:
    async with scripted_thread(kind, _tool_run("failed", "model down")) as thread:
        calls = await each(thread.tool_calls)
        with pytest.raises(ProtocolRunError, match="model down"):
            await whole(calls[-1].output)


@kinds
async def test_a_subgraphs_tool_calls_are_its_child_streams(kind: str) -> None:
    events = _tool_run()
    started_child = _event(0, "lifecycle", {"event": "started", "graph_name": "sub"}, ["sub:1"])
    events.insert(8, started_child)
    async with scripted_thread(kind, events) as thread:
        (child,) = await each(thread.subgraphs)
        assert (child.graph_name, child.trigger_call_id) == ("sub", "1")
        assert [call.name for call in await each(child.tool_calls)] == ["deep"]


def _run_of_messages(script: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A run that streams the ``messages`` events of ``script``, then completes."""
    events = [_event(1, "lifecycle", {"event": "running"})]
    events += [_event(seq, "messages", data) for seq, data in enumerate(script, 2)]
    events.append(_event(len(events) + 1, "lifecycle", {"event": "completed"}))
    return events


def _message_run() -> list[dict[str, Any]]:
    """A run that streams a message whose parts come in the forms the protocol allows
    besides plain deltas, then a message that fails."""
    start = {
        "event": "message-start",
        "role": "ai",
        "id": "m1",
        "metadata": {"langgraph_node": "model", "provider": "p", "model": "x"},
    }
    script: list[dict[str, Any]] = [
        start,
        # A text block with no deltas: its final text is its one delta.
        {"event": "content-block-start", "index": 0, "content": {"type": "text", "text": ""}},
        {"event": "content-block-finish", "index": 0, "content": {"type": "text", "text": "Hi."}},
        # A tool call sent as snapshots of itself.
        {
            "event": "content-block-delta",
            "index": 1,
            "delta": {
                "type": "block-delta",
                "fields": {"type": "tool_call_chunk", "id": "c1", "name": "lookup", "args": '{"q"'},
            },
        },
        {
            "event": "content-block-delta",
            "index": 1,
            "delta": {
                "type": "block-delta",
                "fields": {
                    "type": "tool_call_chunk",
                    "id": "c1",
                    "name": "lookup",
                    "args": '{"q": 1}',
                },
            },
        },
        # A call whose arguments never became JSON, never finished as a block.
        {
            "event": "content-block-start",
            "index": 2,
            "content": {"type": "tool_call_chunk", "id": "c2", "name": "broken", "args": "{oops"},
        },
        {"event": "message-finish", "usage": {"total_tokens": 5}},
        {"event": "message-start", "role": "ai", "id": "m2"},
        {"event": "content-block-delta", "index": 0, "delta": {"type": "text-delta", "text": "a"}},
        {"event": "error", "message": "the model went away"},
    ]
    return _run_of_messages(script)


@kinds
async def test_a_message_is_built_from_every_form_of_its_parts(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_projections, "_langchain_installed", lambda: False)
    async with scripted_thread(kind, _message_run()) as thread:
        first, second = await each(thread.messages)
        assert (first.node, first.message_id) == ("model", "m1")
        assert await each(first.text) == ["Hi."]
        assert [chunk["args"] for chunk in await each(first.tool_calls)] == [
            '{"q"',
            ": 1}",
            "{oops",
        ]
        output = await whole(first.output)
        assert output["tool_calls"] == [
            {"type": "tool_call", "id": "c1", "name": "lookup", "args": {"q": 1}}
        ]
        assert output["invalid_tool_calls"] == [
            {
                "type": "invalid_tool_call",
                "id": "c2",
                "name": "broken",
                "args": "{oops",
                "error": "the tool call's arguments are not valid JSON",
            }
        ]
        assert output["response_metadata"] == {
            "model_provider": "p",
            "model_name": "x",
            "output_version": "v1",
        }
        assert output["usage_metadata"] == {"total_tokens": 5}
        with pytest.raises(RuntimeError, match="the model went away"):
            await each(second.text)
        assert second.done and second.error is not None


def _text_run() -> list[dict[str, Any]]:
    """A message of two text blocks and a reasoning block, each in several deltas; the first
    block's final text has a tail its deltas missed."""

    def delta(index: int, kind: str, text: str) -> dict[str, Any]:
        step = {"type": f"{kind}-delta", kind: text}
        return {"event": "content-block-delta", "index": index, "delta": step}

    def finish(index: int, kind: str, text: str) -> dict[str, Any]:
        block = {"type": kind, kind: text}
        return {"event": "content-block-finish", "index": index, "content": block}

    script: list[dict[str, Any]] = [
        {"event": "message-start", "role": "ai", "id": "m1"},
        delta(0, "reasoning", "Think"),
        delta(0, "reasoning", "ing."),
        finish(0, "reasoning", "Thinking."),
        delta(1, "text", "Hel"),
        delta(1, "text", "lo"),
        finish(1, "text", "Hello!"),
        delta(2, "text", " By"),
        delta(2, "text", "e"),
        {"event": "message-finish"},
    ]
    return _run_of_messages(script)


@kinds
async def test_a_messages_text_is_its_deltas_per_block_joined(kind: str) -> None:
    async with scripted_thread(kind, _text_run()) as thread:
        (message,) = await each(thread.messages)
        assert await each(message.text) == ["Hel", "lo", "!", " By", "e"]
        assert await whole(message.text) == "Hello! Bye"
        assert await each(message.reasoning) == ["Think", "ing."]
        assert await whole(message.reasoning) == "Thinking."
        assert message.as_dict()["content"] == [
            {"type": "reasoning", "reasoning": "Thinking.", "index": 0},
            {"type": "text", "text": "Hello!", "index": 1},
        ]


# -- helpers ----------------------------------------------------------------------------------
async def _aiter(view: Any) -> AsyncIterator[Any]:
    """``async for`` over a view of either client (a sync view is read as it is iterated)."""
    if hasattr(view, "__aiter__"):
        async for item in view:
            yield item
    else:
        iterator: Iterator[Any] = iter(view)
        for item in iterator:
            yield item


async def _output(thread: AsyncThreadStream | SyncThreadStream) -> Any:
    if isinstance(thread, AsyncThreadStream):
        return await thread.output
    return thread.output

"""Checked by mypy (the typecheck session), never run: what a type checker makes of the
thread stream's events (``thread.events``, ``thread.subscribe(...)``) on both clients. A
``# type: ignore[...]`` below marks an error the checker must report; ``--warn-unused-ignores``
(part of ``--strict``) fails the check if it does not."""

from __future__ import annotations

from typing import Any, Literal, assert_type

from langgraph_api_client import models
from langgraph_client import LangGraphClient, SyncLangGraphClient
from langgraph_client.schema import ThreadEvent


async def async_events(client: LangGraphClient) -> None:
    async with client.threads.stream(assistant_id="agent") as thread:
        async for event in thread.events:
            assert_type(event, ThreadEvent)
            narrow(event)
        async for event in thread.subscribe(["values", "lifecycle"], depth=1):
            assert_type(event, ThreadEvent)
            narrow(event)


def sync_events(client: SyncLangGraphClient) -> None:
    with client.threads.stream(assistant_id="agent") as thread:
        for event in thread.events:
            assert_type(event, ThreadEvent)
            narrow(event)
        for event in thread.subscribe(["messages"], namespaces=[["agent"]]):
            assert_type(event, ThreadEvent)


def narrow(event: ThreadEvent) -> None:
    # What every event has, whatever its method.
    assert_type(event.params.namespace, list[str])
    assert_type(event.seq, int | None)
    assert_type(event["method"], Any)  # the wire dict: the JSON as sent
    if event.method == "values":
        assert_type(event, models.ProtocolValuesEvent)
        assert_type(event.params.data, dict[str, Any])
    elif event.method == "updates":
        assert_type(event.params.data, dict[str, Any])
        assert_type(event.params.node, str | None)
    elif event.method == "messages":
        message = event.params.data
        assert_type(
            message.event,
            Literal[
                "message-start",
                "content-block-start",
                "content-block-delta",
                "content-block-finish",
                "message-finish",
                "error",
            ],
        )
        if message.event == "content-block-delta":
            assert_type(message, models.ProtocolContentBlockDeltaData)
            assert_type(message.delta, dict[str, Any] | None)
            assert_type(message.index, int)
        elif message.event == "message-start":
            assert_type(message.role, str)
            assert_type(message.metadata, dict[str, Any] | None)
        elif message.event == "message-finish":
            assert_type(message.usage, dict[str, Any] | None)
        _ = message.delta  # type: ignore[union-attr]
    elif event.method == "tools":
        tool = event.params.data
        assert_type(tool.tool_call_id, str)
        if tool.event == "tool-started":
            assert_type(tool, models.ProtocolToolStartedData)
            assert_type(tool.tool_name, str)
        elif tool.event == "tool-error":
            assert_type(tool.message, str)
    elif event.method == "lifecycle":
        assert_type(event, models.ProtocolLifecycleEvent)
        assert_type(event.params.data, models.ProtocolLifecycleData)
        assert_type(event.params.data.error, str | None)
    elif event.method == "input.requested":
        assert_type(event.params.data, models.ProtocolInputRequestedData)
        assert_type(event.params.data.interrupt_id, str)
    elif event.method == "custom":
        assert_type(event.params.data, models.ProtocolCustomData)
        assert_type(event.params.data.name, str | None)
    elif event.method == "checkpoints":
        assert_type(event.params.data, models.ProtocolCheckpointData)
        assert_type(event.params.data.id, str)
    else:
        assert_type(event.method, Literal["tasks"])
        assert_type(event.params.data, models.ProtocolTaskData)
        _ = event.params.data.no_such_field  # type: ignore[attr-defined]


def plain(event: models.ProtocolEvent, typed: ThreadEvent) -> None:
    # Every typed event is a models.ProtocolEvent; the plain one (an unknown method) is not typed.
    base: models.ProtocolEvent = typed
    assert_type(base.method, str)
    assert_type(event.params.data, Any)
    narrowed: ThreadEvent = event  # type: ignore[assignment]
    if event.method == "values":
        assert_type(event, models.ProtocolEvent)
    del narrowed

"""Checked by mypy (the typecheck session), never run: the types a caller of the thread
stream's views sees, on both clients."""

from __future__ import annotations

from typing import Any, assert_type

from langgraph_client import LangGraphClient, SyncLangGraphClient
from langgraph_client.protocol import (
    AsyncChildStream,
    AsyncMessageStream,
    AsyncToolCall,
    SyncChildStream,
    SyncMessageStream,
    SyncToolCall,
)


async def async_views(client: LangGraphClient) -> None:
    async with client.threads.stream(assistant_id="agent") as thread:
        async for message in thread.messages:
            assert_type(message, AsyncMessageStream)
            async for delta in message.text:
                assert_type(delta, str)
            assert_type(await message.text, str)
            assert_type(await message.reasoning, str)
            assert_type(await message.tool_calls, list[dict[str, Any]])
            assert_type(await message.usage, dict[str, Any] | None)
            assert_type(message.as_dict(), dict[str, Any])
        async for call in thread.tool_calls:
            assert_type(call, AsyncToolCall)
            assert_type(call.name, str)
        async for child in thread.subagents:
            assert_type(child, AsyncChildStream)
            async for grandchild in child.subgraphs:
                assert_type(grandchild, AsyncChildStream)
        async for data in thread.extensions["progress"]:
            assert_type(data, dict[str, Any])
        async for name, _item in thread.interleave_projections(["messages", "progress"]):
            assert_type(name, str)


def sync_views(client: SyncLangGraphClient) -> None:
    with client.threads.stream(assistant_id="agent") as thread:
        for message in thread.messages:
            assert_type(message, SyncMessageStream)
            for delta in message.text:
                assert_type(delta, str)
            assert_type(message.text.get(), str)
            assert_type(message.tool_calls.get(), list[dict[str, Any]])
            assert_type(message.usage, dict[str, Any] | None)
        for call in thread.tool_calls:
            assert_type(call, SyncToolCall)
        for child in thread.subgraphs:
            assert_type(child, SyncChildStream)
            for message in child.messages:
                assert_type(message, SyncMessageStream)
        for data in thread.extensions["progress"]:
            assert_type(data, dict[str, Any])
        for name, _item in thread.interleave_projections(["values"]):
            assert_type(name, str)

"""Checked by mypy (the typecheck session), never run: what a type checker makes of the
stream parts. A ``# type: ignore[...]`` below marks an error the checker must report;
``--warn-unused-ignores`` (part of ``--strict``) fails the check if it does not."""

from __future__ import annotations

from typing import Any, assert_type

from langgraph_client import LangGraphClient, ResumeToken, SyncLangGraphClient
from langgraph_client.schema import (
    CheckpointPayload,
    DebugPayload,
    StreamPart,
    StreamPartV2,
    TaskPayload,
    TaskResultPayload,
)


async def async_parts(client: LangGraphClient) -> None:
    async for v1 in client.runs.stream(None, "agent"):
        assert_type(v1, StreamPart)
    async for v1 in client.runs.stream(None, "agent", version="v1"):
        assert_type(v1, StreamPart)
    async for part in client.runs.stream("t", "agent", stream_mode="updates", version="v2"):
        assert_type(part, StreamPartV2)
        narrow(part)
    token = ResumeToken()
    async for part in client.runs.resume(token, version="v2"):
        assert_type(part, StreamPartV2)
    async for v1 in client.runs.resume(token):
        assert_type(v1, StreamPart)
    client.runs.stream(None, "agent", version="v3")  # type: ignore[call-overload]
    client.runs.stream(None, "agent", stream_mod="values")  # type: ignore[call-overload]


def sync_parts(client: SyncLangGraphClient) -> None:
    for v1 in client.runs.stream(None, "agent"):
        assert_type(v1, StreamPart)
    for part in client.runs.stream(None, "agent", version="v2", resume_token=ResumeToken()):
        assert_type(part, StreamPartV2)
        narrow(part)
    for part in client.runs.resume(ResumeToken(), version="v2"):
        assert_type(part, StreamPartV2)
    client.runs.stream(None, "agent", version="v3")  # type: ignore[call-overload]


def narrow(part: StreamPartV2) -> None:
    if part["type"] == "values":
        assert_type(part["data"], dict[str, Any])
        assert_type(part["interrupts"], list[dict[str, Any]])
    elif part["type"] == "checkpoints":
        assert_type(part["data"], CheckpointPayload)
        part["data"]["no_such_key"]  # type: ignore[typeddict-item]
    elif part["type"] == "tasks":
        assert_type(part["data"], TaskPayload | TaskResultPayload)
    elif part["type"] == "debug":
        assert_type(part["data"], DebugPayload)
    elif part["type"] == "messages":
        assert_type(part["data"], list[dict[str, Any]])
    elif part["type"] == "metadata":
        assert_type(part["data"]["run_id"], str)
    assert_type(part["ns"], list[str])
    part["event"]  # type: ignore[typeddict-item]

"""Checked by mypy (the typecheck session), never run: the clients of ``langgraph_client``
and their cores are what the generated endpoint functions take as ``client=``, the sync
ones for ``sync*``/``stream`` and the async ones for ``asyncio*``/``astream``. A
``# type: ignore[...]`` marks an error the checker must report (``--warn-unused-ignores``)."""

from __future__ import annotations

from typing import Any, assert_type

from langgraph_api_client.api.runs import join_run_stream
from langgraph_api_client.api.threads import get_thread
from langgraph_api_client.client import AsyncSender, EventPart, SyncSender
from langgraph_api_client.models import Thread
from langgraph_api_client.types import Response
from langgraph_client import LangGraphClient, SyncLangGraphClient
from langgraph_client._core import AsyncCore, SyncCore


def sync_senders(client: SyncLangGraphClient, core: SyncCore) -> None:
    sender: SyncSender = client
    sender = core
    assert_type(get_thread.sync("t", client=sender), Thread)
    assert_type(get_thread.sync_detailed("t", client=client), Response[Thread])
    with join_run_stream.stream("t", "r", client=client) as events:
        for event in events:
            assert_type(event, EventPart)
    get_thread.sync("t", client=object())  # type: ignore[arg-type]


async def async_senders(client: LangGraphClient, core: AsyncCore, sync: SyncLangGraphClient) -> Any:
    sender: AsyncSender = client
    sender = core
    assert_type(await get_thread.asyncio("t", client=sender), Thread)
    async with join_run_stream.astream("t", "r", client=client) as events:
        async for event in events:
            assert_type(event.data, Any)
    return await get_thread.asyncio("t", client=sync)  # type: ignore[arg-type]

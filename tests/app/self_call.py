"""A graph whose node calls the server it runs in, through ``get_client(url=None)``.

The call goes in-process (ASGI transport to the server's own app, no socket). The node
is inside a subgraph, ``inner``, so the graph also serves the subgraph and schema routes;
its state is a ``typing_extensions.TypedDict``, which pydantic can turn into a JSON schema.
"""

from __future__ import annotations

from typing import Any

from langgraph.graph import END, START, StateGraph
from langgraph_client import get_client
from typing_extensions import TypedDict


class SelfCallState(TypedDict, total=False):
    topic: str
    graph_ids: list[str]
    thread_id: str


async def _ask_own_server(state: SelfCallState) -> dict[str, Any]:
    async with get_client(url=None) as client:
        assistants = await client.assistants.search(
            graph_id="agent", metadata={"created_by": "system"}
        )
        thread = await client.threads.create(
            metadata={"made_by": "self_call", "topic": state.get("topic", "")}
        )
    return {
        "graph_ids": [str(assistant["graph_id"]) for assistant in assistants],
        "thread_id": str(thread["thread_id"]),
    }


_inner = StateGraph(SelfCallState)
_inner.add_node("ask_own_server", _ask_own_server)
_inner.add_edge(START, "ask_own_server")
_inner.add_edge("ask_own_server", END)

_outer = StateGraph(SelfCallState)
_outer.add_node("inner", _inner.compile())
_outer.add_edge(START, "inner")
_outer.add_edge("inner", END)
self_call = _outer.compile()

"""Graphs served by the in-memory LangGraph server in the integration tests.

Each graph exercises one part of the API: plain state updates, interrupts,
subgraphs, the store, a slow run for cancel and join, and a node that calls
its own server through ``langgraph_client.get_client(url=None)``.
"""

from __future__ import annotations

import asyncio
import operator
from typing import Annotated, Any

from langgraph.config import get_store, get_stream_writer
from langgraph.graph import END, START, StateGraph
from langgraph.types import interrupt
from typing_extensions import TypedDict


class ChatState(TypedDict, total=False):
    messages: Annotated[list[dict[str, Any]], operator.add]
    count: int


class ChatContext(TypedDict, total=False):
    reply_prefix: str
    delay: float
    events: int


def _reply(state: ChatState) -> dict[str, Any]:
    last = state.get("messages", [])[-1:] or [{"content": ""}]
    return {
        "messages": [{"role": "ai", "content": f"echo: {last[0].get('content', '')}"}],
        "count": state.get("count", 0) + 1,
    }


# --- agent: one node that echoes the last message -------------------------
_agent = StateGraph(ChatState, context_schema=ChatContext)
_agent.add_node("reply", _reply)
_agent.add_edge(START, "reply")
_agent.add_edge("reply", END)
agent = _agent.compile()


# --- interrupt: asks a question, then uses the answer ---------------------
def _ask(state: ChatState) -> dict[str, Any]:
    answer = interrupt({"question": "approve?"})
    return {"messages": [{"role": "human", "content": f"answer: {answer}"}]}


_interrupting = StateGraph(ChatState)
_interrupting.add_node("ask", _ask)
_interrupting.add_node("reply", _reply)
_interrupting.add_edge(START, "ask")
_interrupting.add_edge("ask", "reply")
_interrupting.add_edge("reply", END)
interrupting = _interrupting.compile()


# --- subgraph: a parent that runs the agent graph as a node ---------------
_parent = StateGraph(ChatState)
_parent.add_node("child", agent)
_parent.add_edge(START, "child")
_parent.add_edge("child", END)
subgraph = _parent.compile()


# --- store: writes the last message into the store ------------------------
async def _remember(state: ChatState) -> dict[str, Any]:
    store = get_store()
    last = state.get("messages", [])[-1:] or [{"content": ""}]
    await store.aput(("memories",), "last", {"content": last[0].get("content", "")})
    return {"count": state.get("count", 0) + 1}


_storing = StateGraph(ChatState)
_storing.add_node("remember", _remember)
_storing.add_edge(START, "remember")
_storing.add_edge("remember", END)
storing = _storing.compile()


# --- slow: sleeps, writes custom events; for cancel, join and big streams -
async def _slow(state: ChatState, runtime: Any) -> dict[str, Any]:
    ctx = runtime.context or {}
    writer = get_stream_writer()
    for i in range(int(ctx.get("events", 0))):
        writer({"i": i})
    await asyncio.sleep(float(ctx.get("delay", 0.0)))
    return {"count": state.get("count", 0) + 1}


_slow_graph = StateGraph(ChatState, context_schema=ChatContext)
_slow_graph.add_node("slow", _slow)
_slow_graph.add_edge(START, "slow")
_slow_graph.add_edge("slow", END)
slow = _slow_graph.compile()

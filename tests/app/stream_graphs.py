"""A graph for the fault tests: long streams of custom events, as fast as the server takes them.

``burst`` writes ``events`` custom events ``{"i": 0}``, ``{"i": 1}``, ... from one node,
yielding to the event loop every ``batch`` events so the server sends them while the run
goes on; then it waits ``linger`` seconds before the run ends (to keep a run running while
a test cuts or closes its stream).
"""

from __future__ import annotations

import asyncio
from typing import Any

from langgraph.config import get_stream_writer
from langgraph.graph import END, START, StateGraph
from typing_extensions import TypedDict


class BurstState(TypedDict, total=False):
    written: int


class BurstContext(TypedDict, total=False):
    events: int
    batch: int
    linger: float


async def _burst(state: BurstState, runtime: Any) -> dict[str, Any]:
    ctx = runtime.context or {}
    events = int(ctx.get("events", 0))
    batch = max(1, int(ctx.get("batch", 50)))
    writer = get_stream_writer()
    for i in range(events):
        writer({"i": i})
        if (i + 1) % batch == 0:
            await asyncio.sleep(0)
    await asyncio.sleep(float(ctx.get("linger", 0.0)))
    return {"written": events}


_burst_graph = StateGraph(BurstState, context_schema=BurstContext)
_burst_graph.add_node("burst", _burst)
_burst_graph.add_edge(START, "burst")
_burst_graph.add_edge("burst", END)
burst = _burst_graph.compile()

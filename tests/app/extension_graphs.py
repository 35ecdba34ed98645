"""Graphs for the extension tests: a node that uses langgraph_client.cache, and a factory
that receives langgraph_client.runtime.ServerRuntime.

The cache node reports which cache it used and also reads the key straight from
the server's cache module, so the test can tell the value went through the server.
"""

from __future__ import annotations

from typing import Any, TypedDict, cast

from langgraph.graph import END, START, StateGraph
from langgraph_client import cache
from langgraph_client.runtime import ServerRuntime


class ReportState(TypedDict, total=False):
    report: dict[str, Any]


class CacheContext(TypedDict, total=False):
    """``key`` to read, and ``value`` to write under it first when given."""

    key: str
    value: Any


async def _use_cache(state: ReportState, runtime: Any) -> dict[str, Any]:
    ctx = cast(CacheContext, runtime.context or {})
    key = ctx["key"]
    if "value" in ctx:
        await cache.cache_set(key, ctx["value"])
    refused = None
    try:
        await cache.cache_set(f"{key}:set", {1, 2})
    except TypeError as exc:
        refused = str(exc)
    loads: list[int] = []

    async def loader() -> dict[str, int]:
        loads.append(1)
        return {"loaded": len(loads)}

    first = await cache.swr(f"{key}:swr", loader, max_age=None)
    from langgraph_api.cache import cache_get as server_cache_get  # type: ignore[import-untyped]

    return {
        "report": {
            "backend": cache.backend_name(),
            "value": await cache.cache_get(key),
            "server_value": await server_cache_get(key),
            "swr_status": first.status,
            "swr_value": first.value,
            "refused": refused,
        }
    }


_cached = StateGraph(ReportState, context_schema=CacheContext)
_cached.add_node("use_cache", _use_cache)
_cached.add_edge(START, "use_cache")
_cached.add_edge("use_cache", END)
cached = _cached.compile()


async def runtime_probe(runtime: ServerRuntime[Any]) -> Any:
    """A factory: its one node reports the runtime the server built the graph with."""
    seen = {
        "access_context": runtime.access_context,
        "user": None if runtime.user is None else runtime.user.identity,
        "for_execution": runtime.execution_runtime is not None,
        "has_store": runtime.store is not None,
    }

    async def report(state: ReportState) -> dict[str, Any]:
        return {"report": seen}

    graph = StateGraph(ReportState)
    graph.add_node("report", report)
    graph.add_edge(START, "report")
    graph.add_edge("report", END)
    return graph.compile()

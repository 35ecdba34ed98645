"""What every resource shares: its core, and the small helpers that shape arguments (defined
with the generated resource methods, which use them too)."""

from __future__ import annotations

from typing import Any

from langgraph_api_client.resources import checked, given, json_object, ttl_body
from langgraph_api_client.resources import deprecated_checkpoint_during as checkpoint_during
from langgraph_api_client.resources import node_names as nodes
from langgraph_api_client.resources import stream_modes as modes

from ._core import _CoreBase

__all__ = [
    "Resource",
    "checked",
    "checkpoint_during",
    "given",
    "json_object",
    "modes",
    "nodes",
    "ttl_body",
]


class Resource:
    """A group of API calls (assistants, threads, ...) over one client core."""

    __slots__ = ("_core",)

    def __init__(self, core: _CoreBase[Any]) -> None:
        self._core = core

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._core!r}>"

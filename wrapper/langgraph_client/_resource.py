"""What every resource shares: its core, and the small helpers that shape arguments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from langgraph_api_client.resources import checked, given, json_object
from langgraph_api_client.resources import node_names as nodes
from langgraph_api_client.resources import stream_modes as modes
from langgraph_api_client.types import UNSET, Unset

from ._core import _CoreBase
from ._sync import deprecated

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


def checkpoint_during(value: bool | None) -> bool | Unset:
    """``checkpoint_during`` as a run or cron body takes it, with its deprecation warning."""
    if value is None:
        return UNSET
    deprecated("checkpoint_during is deprecated: use durability instead")
    return value


def ttl_body(ttl: int | float | Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """A TTL as the API takes it: minutes become ``{"ttl": minutes, "strategy": "delete"}``."""
    if ttl is None or isinstance(ttl, Mapping):
        return ttl
    if isinstance(ttl, bool) or not isinstance(ttl, int | float):
        raise TypeError(f"ttl must be minutes or a mapping, not {type(ttl).__name__}")
    return {"ttl": ttl, "strategy": "delete"}

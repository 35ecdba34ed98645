"""What every resource shares: its core (the helpers that shape arguments are defined with
the generated resource methods, in ``langgraph_api_client.resources``)."""

from __future__ import annotations

from typing import Any

from ._core import _CoreBase


class Resource:
    """A group of API calls (assistants, threads, ...) over one client core."""

    __slots__ = ("_core",)

    def __init__(self, core: _CoreBase[Any]) -> None:
        self._core = core

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._core!r}>"

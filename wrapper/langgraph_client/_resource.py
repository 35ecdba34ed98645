"""What every resource shares: its core, and the small helpers that shape arguments."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ._core import _CoreBase

if TYPE_CHECKING:
    import httpx

T = TypeVar("T")


class Resource:
    """A group of API calls (assistants, threads, ...) over one client core."""

    __slots__ = ("_core",)

    def __init__(self, core: _CoreBase[Any]) -> None:
        self._core = core

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._core!r}>"

    async def _read(
        self, kwargs: Mapping[str, Any], parse: Callable[[httpx.Response], T], **options: Any
    ) -> T:
        """``call`` for a POST that only reads (a search, a count, history): safe to retry."""
        return await self._core.call(kwargs, parse, retry_safe=True, **options)


#: Arguments of a resource method that shape the call, never its request body.
_CALL_OPTIONS = frozenset({"self", "headers", "params", "timeout", "on_run_created", "version"})


def request_fields(arguments: Mapping[str, Any], *exclude: str) -> dict[str, Any]:
    """The arguments of a method (its ``locals()`` on entry) that make its request body:
    all but the call options and the ``exclude``d ones (path parameters and the like)."""
    return {
        name: value
        for name, value in arguments.items()
        if name not in _CALL_OPTIONS and name not in exclude
    }


def compact(**fields: Any) -> dict[str, Any]:
    """The given fields without those that are None: what a request body sends."""
    return {key: value for key, value in fields.items() if value is not None}


def ttl_body(ttl: int | float | Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """A TTL as the API takes it: minutes become ``{"ttl": minutes, "strategy": "delete"}``."""
    if ttl is None or isinstance(ttl, Mapping):
        return ttl
    if isinstance(ttl, bool) or not isinstance(ttl, int | float):
        raise TypeError(f"ttl must be minutes or a mapping, not {type(ttl).__name__}")
    return {"ttl": ttl, "strategy": "delete"}


def modes(stream_mode: str | Sequence[str] | None) -> list[str] | None:
    """Stream modes as a list, whether one mode or several were given."""
    if stream_mode is None:
        return None
    if isinstance(stream_mode, str):
        return [stream_mode]
    return list(stream_mode)

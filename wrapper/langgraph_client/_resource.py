"""What every resource shares: its core, and the small helpers that shape arguments."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar, cast, overload

from langgraph_api_client.types import UNSET, Unset, WireDict

from ._core import _CoreBase
from ._sync import deprecated

T = TypeVar("T")
M = TypeVar("M", bound=WireDict)


class Resource:
    """A group of API calls (assistants, threads, ...) over one client core."""

    __slots__ = ("_core",)

    def __init__(self, core: _CoreBase[Any]) -> None:
        self._core = core

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._core!r}>"


def given(value: T | None) -> T | Unset:
    """An argument as a request model's constructor takes it: None (not given) is UNSET,
    which the model leaves out of the body."""
    return UNSET if value is None else value


def checkpoint_during(value: bool | None) -> bool | Unset:
    """``checkpoint_during`` as a run or cron body takes it, with its deprecation warning."""
    if value is None:
        return UNSET
    deprecated("checkpoint_during is deprecated: use durability instead")
    return value


@overload
def json_object(model: type[M], value: Mapping[str, Any]) -> M: ...
@overload
def json_object(model: type[M], value: Mapping[str, Any] | None) -> M | Unset: ...
def json_object(model: type[M], value: Mapping[str, Any] | None) -> M | Unset:
    """A mapping argument as the request model's object field (``Metadata``, ``Config``, ...)
    takes it; UNSET when None. A value that is not a mapping is passed on as it is, for
    ``checked`` to refuse by the name of its field."""
    if value is None:
        return UNSET
    if isinstance(value, Mapping):
        return model.from_dict(value)
    return cast(M, value)


def checked(body: M) -> M:
    """The request model ``body`` once every field it holds reads as the spec types it; a
    value of another form (an enum given as a number, an integer as a string, a mapping as a
    list) raises ``FieldValueError`` (a ValueError naming the model and the field) before
    anything is sent. An enum value this spec does not list is sent as given."""
    names = body._wire_names
    for key in body:
        name = names.get(key)
        if name is not None:
            getattr(body, name)
    return body


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


def nodes(value: str | Sequence[str] | None) -> str | list[str] | None:
    """Node names as the API takes them (``interrupt_before`` and the like): ``"*"`` for
    every node, or a list."""
    if value is None or isinstance(value, str):
        return value
    return list(value)

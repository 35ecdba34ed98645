"""Which class a thread-stream event is read as.

Each protocol method the spec knows has its generated event class (``ProtocolValuesEvent``,
``ProtocolLifecycleEvent``, ...: ``langgraph_api_client.protocol_events``), a
``ProtocolEvent`` whose ``method`` is a ``Literal`` and whose ``params.data`` is typed, so a
type checker narrows ``schema.ThreadEvent`` on ``event.method``. The classes are chosen here,
where the thread stream makes its events, and nowhere else.

Tolerant: an event of a method the spec does not list (a newer server's), or whose data does
not have the form its class describes, is the plain ``ProtocolEvent``; the stream never fails
on it.
Like every model, the event is the dict of the JSON sent.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from langgraph_api_client.protocol_events import EVENT_CLASSES
from langgraph_api_client.types import WireDict, kept

if TYPE_CHECKING:
    from langgraph_api_client.models import ProtocolEvent

__all__ = ["EVENT_CLASSES", "event_of"]


@functools.cache
def _class_of(method: str) -> type[ProtocolEvent] | None:
    from langgraph_api_client import models

    return getattr(models, EVENT_CLASSES[method]) if method in EVENT_CLASSES else None


@functools.cache
def _required_reads(model: type[WireDict]) -> tuple[str, ...]:
    """The attributes of the required fields of ``model``: what must read for an event to
    have the form its class describes."""
    return tuple(model._wire_names[key] for key in sorted(model._required))


@functools.cache
def _steps_of(params: type[WireDict]) -> Mapping[Any, type[WireDict]]:
    """For params whose ``data`` is one of several models told apart by a constant ``event``
    (a message's steps, a tool call's), each model by that constant; empty for the others.
    Read from the annotation of ``data``, so the spec stays the one list of them."""
    hint = typing.get_type_hints(params.data.fget).get("return")  # type: ignore[attr-defined]
    members = typing.get_args(hint) if type(hint) is types.UnionType else ()
    return {
        member._constants["event"]: member
        for member in members
        if isinstance(member, type)
        and issubclass(member, WireDict)
        and "event" in member._constants
    }


def event_of(data: Mapping[str, Any]) -> ProtocolEvent:
    """The event a protocol frame's JSON object ``data`` holds: the typed event of its method
    when its params and data have that class's form, else the plain ``ProtocolEvent``."""
    from langgraph_api_client.models import ProtocolEvent

    method = data.get("method")
    cls = _class_of(method) if isinstance(method, str) else None
    params = data.get("params")
    if cls is None or not isinstance(params, dict) or not cls.fits(data):
        return ProtocolEvent.from_dict(data)
    event = cls.from_dict(data)
    try:
        # Each required field read as its attribute says (what the stream reads next anyway:
        # the parts read are kept in place); a FieldValueError is a ValueError.
        typed = event.params
        steps = _steps_of(type(typed))
        raw = typed.get("data")
        if steps and type(raw) is dict:
            # The step's model chosen by its ``event`` at once, kept in place (the generated
            # reader would try each model in turn); an unknown step is no typed event.
            step = steps.get(raw.get("event"))
            if step is None:
                return ProtocolEvent.from_dict(data)
            kept(typed, "data", step, raw)
        for model in (typed, typed.data):  # the params (namespace, data), then the data's
            if isinstance(model, WireDict):
                for name in _required_reads(type(model)):
                    getattr(model, name)
    except ValueError:
        return ProtocolEvent.from_dict(data)
    return event

"""Which class a thread-stream event is read as.

Each protocol method the client knows has its generated event class
(``ProtocolValuesEvent``, ``ProtocolLifecycleEvent``, ...), a ``ProtocolEvent`` whose
``method`` is a ``Literal`` and whose ``params.data`` is typed, so a type checker narrows
``schema.ThreadEvent`` on ``event.method``. The classes are chosen here, where the thread
stream makes its events, and nowhere else.

Tolerant: an event of a method not listed here (a newer server's), or whose data does not have
the form its class describes, is the plain ``ProtocolEvent``; the stream never fails on it.
Like every model, the event is the dict of the JSON sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from langgraph_api_client.models import ProtocolEvent
    from langgraph_api_client.types import WireDict

__all__ = ["EVENT_CLASSES", "event_of"]

#: Protocol method -> the generated class of its events.
EVENT_CLASSES: Mapping[str, str] = {
    "values": "ProtocolValuesEvent",
    "updates": "ProtocolUpdatesEvent",
    "messages": "ProtocolMessagesEvent",
    "tools": "ProtocolToolsEvent",
    "lifecycle": "ProtocolLifecycleEvent",
    "input.requested": "ProtocolInputRequestedEvent",
    "custom": "ProtocolCustomEvent",
    "checkpoints": "ProtocolCheckpointsEvent",
    "tasks": "ProtocolTasksEvent",
}

_classes: dict[str, type[ProtocolEvent]] = {}


def _class_of(method: str) -> type[ProtocolEvent] | None:
    cls = _classes.get(method)
    if cls is None and method in EVENT_CLASSES:
        from langgraph_api_client import models

        cls = _classes[method] = getattr(models, EVENT_CLASSES[method])
    return cls


def _readable(model: WireDict) -> bool:
    """Whether each required field of ``model`` reads as its attribute says."""
    if not model.keys() >= model._required:
        return False
    names = model._wire_names
    try:
        for key in model._required:
            getattr(model, names[key])
    except ValueError:  # FieldValueError, and what a typed attribute raises
        return False
    return True


def event_of(data: Mapping[str, Any]) -> ProtocolEvent:
    """The event a protocol frame's JSON object ``data`` holds: the typed event of its method
    when its params and data have that class's form, else the plain ``ProtocolEvent``."""
    from langgraph_api_client.models import ProtocolEvent
    from langgraph_api_client.types import WireDict

    method = data.get("method")
    cls = _class_of(method) if isinstance(method, str) else None
    params = data.get("params")
    if cls is None or not isinstance(params, dict) or not cls.fits(data):
        return ProtocolEvent.from_dict(data)
    event = cls.from_dict(data)
    try:
        typed = event.params
        payload = typed.data
    except ValueError:
        return ProtocolEvent.from_dict(data)
    if not _readable(typed) or (isinstance(payload, WireDict) and not _readable(payload)):
        return ProtocolEvent.from_dict(data)
    return event

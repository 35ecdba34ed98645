"""The thread stream's events by protocol method: the generated class of each.

Written by generator/generate.py from the schemas of openapi.yaml that narrow
``ProtocolEvent`` (`x-base`), each keyed by the `const` of its ``method``. A thread stream
reads an event as the class of its method (``EVENT_CLASSES``); ``ThreadEvent`` is their
union. ``langgraph_client.schema`` re-exports these names; the classes are loaded from
``models`` on first use.
"""

import functools
import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from .models import (
        ProtocolCheckpointsEvent,
        ProtocolCustomEvent,
        ProtocolInputRequestedEvent,
        ProtocolLifecycleEvent,
        ProtocolMessagesEvent,
        ProtocolTasksEvent,
        ProtocolToolsEvent,
        ProtocolUpdatesEvent,
        ProtocolValuesEvent,
    )

    #: A thread-stream event (``thread.events``, ``thread.subscribe(...)``): the event class of
    #: its method, told apart by ``event.method`` (a type checker narrows on it), each with its
    #: typed ``params.data``. Every one is a ``ProtocolEvent``; an event of a method this client
    #: does not know, or with data of another form, is read as the plain ``ProtocolEvent``.
    ThreadEvent: TypeAlias = (
        ProtocolValuesEvent
        | ProtocolUpdatesEvent
        | ProtocolMessagesEvent
        | ProtocolToolsEvent
        | ProtocolLifecycleEvent
        | ProtocolInputRequestedEvent
        | ProtocolCustomEvent
        | ProtocolCheckpointsEvent
        | ProtocolTasksEvent
    )

__all__ = [
    "ProtocolCheckpointsEvent",
    "ProtocolCustomEvent",
    "ProtocolInputRequestedEvent",
    "ProtocolLifecycleEvent",
    "ProtocolMessagesEvent",
    "ProtocolTasksEvent",
    "ProtocolToolsEvent",
    "ProtocolUpdatesEvent",
    "ProtocolValuesEvent",
    "ThreadEvent",
]

#: Protocol method -> the name of the generated class (in ``models``) of its events.
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


def __getattr__(name: str) -> Any:
    """An event class, or their union ``ThreadEvent``, loaded from ``models`` on first use."""
    from . import models

    if name == "ThreadEvent":
        classes = (getattr(models, event) for event in EVENT_CLASSES.values())
        value = functools.reduce(operator.or_, classes)
    elif name in EVENT_CLASSES.values():
        value = getattr(models, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value

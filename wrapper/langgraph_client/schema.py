"""The names users annotate with: the API's models, stream parts and the Literal aliases.

The models (``Assistant``, ``Thread``, ``Run``, ``Cron``, ``ThreadState``, ``Config``,
``Command``, ...) are the generated ones from ``langgraph_api_client.models``, re-exported
here and loaded on first use. They read like the dicts langgraph-sdk returns
(``thread["thread_id"]``, ``thread.get("metadata")``) and like objects
(``thread.thread_id``). The Literal aliases are the spec's enums under langgraph-sdk's
names (generated: ``langgraph_api_client.sdk_literals``); they name the values the API
accepts today, and the client passes values it does not know through, so a newer server's
values work too.
"""

from __future__ import annotations

import functools
import importlib
import operator
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypeAlias, TypedDict

from langgraph_api_client import literals, sdk_literals
from langgraph_api_client.sdk_literals import *  # noqa: F403
from langgraph_api_client.sdk_literals import (
    All,
    Durability,
    MultitaskStrategy,
    OnCompletionBehavior,
)

from ._events import EVENT_CLASSES
from .sse import StreamPart

if TYPE_CHECKING:
    from langgraph_api_client.models import (
        Assistant,
        AssistantVersion,
        Checkpoint,
        Command,
        Config,
        Cron,
        GraphSchema,
        Interrupt,
        Item,
        ListNamespaceResponse,
        ProtocolCheckpointsEvent,
        ProtocolCustomEvent,
        ProtocolInputRequestedEvent,
        ProtocolLifecycleEvent,
        ProtocolMessagesEvent,
        ProtocolTasksEvent,
        ProtocolToolsEvent,
        ProtocolUpdatesEvent,
        ProtocolValuesEvent,
        Run,
        SearchItem,
        SearchItemsResponse,
        Send,
        Subgraphs,
        Thread,
        ThreadState,
        ThreadStateUpdateResponse,
        ThreadTask,
    )

    #: An assistant or one of its versions: what both carry (id, graph, config, context,
    #: metadata, version, name, description, created_at).
    AssistantBase: TypeAlias = Assistant | AssistantVersion
    #: What ``threads.update_state`` returns (langgraph-sdk's name for it).
    ThreadUpdateStateResponse: TypeAlias = ThreadStateUpdateResponse
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

#: A JSON object, or None.
Json = dict[str, Any] | None
#: What a run starts from: the graph's input (usually a mapping).
Input = Mapping[str, Any] | Any
#: Values for the graph's context schema.
Context = Mapping[str, Any]
#: What ``threads.join_stream`` streams.
ThreadStreamMode = Literal["run_modes", "lifecycle", "state_update"]
#: What a run streams; several may be asked for at once. The spec's ``StreamMode`` values,
#: and "tools" and "lifecycle", which langgraph-sdk names and newer servers stream (the
#: servers of our window refuse them when a run is created, so the spec does not list them).
StreamMode: TypeAlias = Literal[literals.StreamMode, "tools", "lifecycle"]
#: The shape of ``runs.stream``'s parts: ``StreamPart`` ("v1") or dicts ("v2").
StreamVersion = Literal["v1", "v2"]
#: The keys of a thread state ``select`` may name; ``"values.<key>"`` picks one state key.
ThreadStateSelectField = (
    Literal[
        "values",
        "next",
        "tasks",
        "checkpoint",
        "metadata",
        "created_at",
        "parent_checkpoint",
        "interrupts",
    ]
    | str
)

#: One query parameter value.
PrimitiveData = str | int | float | bool | None
#: Query parameters in the forms httpx takes: a mapping (a value may be a sequence, for a
#: repeated parameter), pairs, or an encoded query string.
QueryParamTypes = (
    Mapping[str, PrimitiveData | Sequence[PrimitiveData]]
    | list[tuple[str, PrimitiveData]]
    | tuple[tuple[str, PrimitiveData], ...]
    | str
    | bytes
)


class LangSmithTracing(TypedDict, total=False):
    """Where a run's LangSmith trace goes (``langsmith_tracing=`` of the run methods)."""

    project_name: str
    example_id: str


class RunCreateMetadata(TypedDict):
    """Which run the server started: given to ``on_run_created`` before the first event."""

    run_id: str
    thread_id: str | None


class RunCreate(TypedDict, total=False):
    """One run of ``runs.create_batch``: the keyword arguments of ``runs.create``."""

    assistant_id: str
    input: Input | None
    metadata: Mapping[str, Any] | None
    config: Mapping[str, Any] | None
    context: Context | None
    checkpoint_id: str | None
    interrupt_before: All | Sequence[str] | None
    interrupt_after: All | Sequence[str] | None
    webhook: str | None
    multitask_strategy: MultitaskStrategy | None


class CronUpdate(TypedDict, total=False):
    """The changes ``crons.update`` makes: its keyword arguments, every one optional."""

    schedule: str
    timezone: str
    end_time: datetime
    input: Input
    metadata: dict[str, Any]
    config: Config
    context: Context
    webhook: str
    interrupt_before: All | list[str]
    interrupt_after: All | list[str]
    on_run_completed: OnCompletionBehavior
    enabled: bool
    stream_mode: StreamMode | list[StreamMode]
    stream_subgraphs: bool
    stream_resumable: bool
    durability: Durability


class AssistantsSearchResponse(TypedDict):
    """What ``assistants.search(response_format="object")`` returns: one page and the
    offset of the next (``None`` on the last page)."""

    assistants: list[Assistant]
    next: str | None


# --- the "v2" stream parts (``runs.stream(..., version="v2")``) ---------------------------


class TaskPayload(TypedDict):
    """A task starting: the data of a ``tasks`` part."""

    id: str
    name: str
    input: Any
    triggers: list[str]


class TaskResultPayload(TypedDict):
    """A task finished: the data of a ``tasks`` part, with its writes or its error."""

    id: str
    name: str
    error: str | None
    interrupts: list[dict[str, Any]]
    result: dict[str, Any]


class CheckpointTaskPayload(TypedDict):
    """One task of a checkpoint: ``error`` if it failed, ``result`` if it finished,
    ``interrupts`` once interrupted or finished; ``state`` for a subgraph's task."""

    id: str
    name: str
    error: NotRequired[str]
    result: NotRequired[Any]
    interrupts: NotRequired[list[dict[str, Any]]]
    state: dict[str, Any] | None


class CheckpointPayload(TypedDict):
    """A checkpoint as streamed: the data of a ``checkpoints`` part."""

    config: dict[str, Any] | None
    metadata: dict[str, Any]
    values: dict[str, Any]
    next: list[str]
    parent_config: dict[str, Any] | None
    tasks: list[CheckpointTaskPayload]


class _DebugPayload(TypedDict):
    step: int
    timestamp: str


class _DebugCheckpointPayload(_DebugPayload):
    type: Literal["checkpoint"]
    payload: CheckpointPayload


class _DebugTaskPayload(_DebugPayload):
    type: Literal["task"]
    payload: TaskPayload


class _DebugTaskResultPayload(_DebugPayload):
    type: Literal["task_result"]
    payload: TaskResultPayload


#: The data of a ``debug`` part: a checkpoint, a task or a task result, told apart by ``type``.
DebugPayload = _DebugCheckpointPayload | _DebugTaskPayload | _DebugTaskResultPayload


class RunMetadataPayload(TypedDict):
    """The data of the ``metadata`` part that opens a run's stream."""

    run_id: str
    attempt: NotRequired[int]
    """Which attempt of the run this stream shows (1 for the first)."""


class _StreamPart(TypedDict):
    ns: list[str]
    """The namespace of the subgraph that sent the part (empty for the graph itself)."""
    interrupts: list[dict[str, Any]]
    """The interrupts pending after a ``values`` part; empty on every other part."""


class ValuesStreamPart(_StreamPart):
    """The state after a step; a pending interrupt is taken out of ``data`` into
    ``interrupts``."""

    type: Literal["values"]
    data: dict[str, Any]


class UpdatesStreamPart(_StreamPart):
    """What each node of a step wrote, by node name."""

    type: Literal["updates"]
    data: dict[str, Any]


class MessagesPartialStreamPart(_StreamPart):
    """The messages being generated, each as far as it has come."""

    type: Literal["messages/partial"]
    data: list[dict[str, Any]]


class MessagesCompleteStreamPart(_StreamPart):
    """The messages that are complete."""

    type: Literal["messages/complete"]
    data: list[dict[str, Any]]


class MessagesMetadataStreamPart(_StreamPart):
    """Where a message comes from (node, step, ...), by message id."""

    type: Literal["messages/metadata"]
    data: dict[str, Any]


class MessagesTupleStreamPart(_StreamPart):
    """One message chunk and its metadata: ``[message, metadata]``."""

    type: Literal["messages"]
    data: list[dict[str, Any]]


class CustomStreamPart(_StreamPart):
    """What a node wrote to its stream writer."""

    type: Literal["custom"]
    data: Any


class CheckpointsStreamPart(_StreamPart):
    """A checkpoint, as it is saved."""

    type: Literal["checkpoints"]
    data: CheckpointPayload


class TasksStreamPart(_StreamPart):
    """A task starting or finishing."""

    type: Literal["tasks"]
    data: TaskPayload | TaskResultPayload


class DebugStreamPart(_StreamPart):
    """A checkpoint, task or task result, with its step and time."""

    type: Literal["debug"]
    data: DebugPayload


class MetadataStreamPart(_StreamPart):
    """The first part of a run's stream: which run it is."""

    type: Literal["metadata"]
    data: RunMetadataPayload


class EventsStreamPart(_StreamPart):
    """A LangChain callback event from inside the graph (the ``events`` mode)."""

    type: Literal["events"]
    data: dict[str, Any]


class ErrorStreamPart(_StreamPart):
    """The run failed: the error's name and message."""

    type: Literal["error"]
    data: dict[str, Any]


#: A "v2" stream part of any kind; ``part["type"]`` tells which (a type checker narrows on it).
StreamPartV2 = (
    ValuesStreamPart
    | UpdatesStreamPart
    | MessagesPartialStreamPart
    | MessagesCompleteStreamPart
    | MessagesMetadataStreamPart
    | MessagesTupleStreamPart
    | CustomStreamPart
    | CheckpointsStreamPart
    | TasksStreamPart
    | DebugStreamPart
    | MetadataStreamPart
    | EventsStreamPart
    | ErrorStreamPart
)


#: Names for generated models under another name, or for a union of them.
_ALIASES = {
    "AssistantBase": ("Assistant", "AssistantVersion"),
    "ThreadUpdateStateResponse": ("ThreadStateUpdateResponse",),
    "ThreadEvent": tuple(EVENT_CLASSES.values()),
}


def __getattr__(name: str) -> Any:
    if name in _MODELS:
        models = importlib.import_module("langgraph_api_client.models")
        value = functools.reduce(
            operator.or_, (getattr(models, model) for model in _ALIASES.get(name, (name,)))
        )
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Assistant",
    "AssistantBase",
    "AssistantVersion",
    "AssistantsSearchResponse",
    "Checkpoint",
    "CheckpointPayload",
    "CheckpointTaskPayload",
    "CheckpointsStreamPart",
    "Command",
    "Config",
    "Context",
    "Cron",
    "CronUpdate",
    "CustomStreamPart",
    "DebugPayload",
    "DebugStreamPart",
    "ErrorStreamPart",
    "EventsStreamPart",
    "GraphSchema",
    "Input",
    "Interrupt",
    "Item",
    "Json",
    "LangSmithTracing",
    "ListNamespaceResponse",
    "MessagesCompleteStreamPart",
    "MessagesMetadataStreamPart",
    "MessagesPartialStreamPart",
    "MessagesTupleStreamPart",
    "MetadataStreamPart",
    "PrimitiveData",
    "ProtocolCheckpointsEvent",
    "ProtocolCustomEvent",
    "ProtocolInputRequestedEvent",
    "ProtocolLifecycleEvent",
    "ProtocolMessagesEvent",
    "ProtocolTasksEvent",
    "ProtocolToolsEvent",
    "ProtocolUpdatesEvent",
    "ProtocolValuesEvent",
    "QueryParamTypes",
    "Run",
    "RunCreate",
    "RunCreateMetadata",
    "RunMetadataPayload",
    "SearchItem",
    "SearchItemsResponse",
    "Send",
    "StreamMode",
    "StreamPart",
    "StreamPartV2",
    "StreamVersion",
    "Subgraphs",
    "TaskPayload",
    "TaskResultPayload",
    "TasksStreamPart",
    "Thread",
    "ThreadEvent",
    "ThreadState",
    "ThreadStateSelectField",
    "ThreadStateUpdateResponse",
    "ThreadStreamMode",
    "ThreadTask",
    "ThreadUpdateStateResponse",
    "UpdatesStreamPart",
    "ValuesStreamPart",
]
#: The spec's enums under langgraph-sdk's names, generated: ``langgraph_api_client.sdk_literals``.
__all__ += sdk_literals.__all__

#: The generated models re-exported here (imported above for type checkers only), loaded on
#: first use: what ``__all__`` names and this module does not define.
_MODELS = frozenset(__all__) - globals().keys()

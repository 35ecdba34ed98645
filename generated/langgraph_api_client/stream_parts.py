"""A run's stream parts in the "v2" shape, and the data of its events: TypedDicts.

Written by generator/generate.py from the schemas marked `x-typed-dict` under
`components/schemas` of openapi.yaml (one TypedDict per schema, or a union for a `oneOf`).
``langgraph_client.schema`` re-exports these names; ``runs.stream(..., version="v2")``
yields ``StreamPartV2``, and a type checker narrows a part on ``part["type"]``.
"""

from typing import Any, Literal, NotRequired, TypedDict

__all__ = [
    "CheckpointPayload",
    "CheckpointTaskPayload",
    "CheckpointsStreamPart",
    "CustomStreamPart",
    "DebugPayload",
    "DebugStreamPart",
    "ErrorStreamPart",
    "EventsStreamPart",
    "MessagesCompleteStreamPart",
    "MessagesMetadataStreamPart",
    "MessagesPartialStreamPart",
    "MessagesTupleStreamPart",
    "MetadataStreamPart",
    "RunMetadataPayload",
    "StreamPartV2",
    "TaskPayload",
    "TaskResultPayload",
    "TasksStreamPart",
    "UpdatesStreamPart",
    "ValuesStreamPart",
]


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

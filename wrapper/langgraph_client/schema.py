"""The names users annotate with: the API's models, stream parts and the Literal aliases.

The models (``Assistant``, ``Thread``, ``Run``, ``Cron``, ``ThreadState``, ``Config``,
``Command``, ...) are the generated ones from ``langgraph_api_client.models``, re-exported
here and loaded on first use. They read like the dicts langgraph-sdk returns
(``thread["thread_id"]``, ``thread.get("metadata")``) and like objects
(``thread.thread_id``). The Literal aliases are the spec's enums under langgraph-sdk's
names (generated: ``langgraph_api_client.sdk_literals``); they name the values the API
accepts today, and the client passes values it does not know through, so a newer server's
values work too. The "v2" stream parts are TypedDicts generated from the spec
(``langgraph_api_client.stream_parts``).
"""

from __future__ import annotations

import functools
import importlib
import operator
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

from langgraph_api_client import literals, protocol_events, sdk_literals, stream_parts
from langgraph_api_client.sdk_literals import *  # noqa: F403
from langgraph_api_client.sdk_literals import (
    All,
    Durability,
    MultitaskStrategy,
    OnCompletionBehavior,
)
from langgraph_api_client.stream_parts import *  # noqa: F403

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
    from langgraph_api_client.protocol_events import *  # noqa: F403

    #: An assistant or one of its versions: what both carry (id, graph, config, context,
    #: metadata, version, name, description, created_at).
    AssistantBase: TypeAlias = Assistant | AssistantVersion
    #: What ``threads.update_state`` returns (langgraph-sdk's name for it).
    ThreadUpdateStateResponse: TypeAlias = ThreadStateUpdateResponse

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


#: Names for generated models under another name, or for a union of them.
_ALIASES = {
    "AssistantBase": ("Assistant", "AssistantVersion"),
    "ThreadUpdateStateResponse": ("ThreadStateUpdateResponse",),
}


def __getattr__(name: str) -> Any:
    if name in protocol_events.__all__:
        return getattr(protocol_events, name)
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
    "Command",
    "Config",
    "Context",
    "Cron",
    "CronUpdate",
    "GraphSchema",
    "Input",
    "Interrupt",
    "Item",
    "Json",
    "LangSmithTracing",
    "ListNamespaceResponse",
    "PrimitiveData",
    "QueryParamTypes",
    "Run",
    "RunCreate",
    "RunCreateMetadata",
    "SearchItem",
    "SearchItemsResponse",
    "Send",
    "StreamMode",
    "StreamPart",
    "StreamVersion",
    "Subgraphs",
    "Thread",
    "ThreadState",
    "ThreadStateSelectField",
    "ThreadStateUpdateResponse",
    "ThreadStreamMode",
    "ThreadTask",
    "ThreadUpdateStateResponse",
]
#: The "v2" stream parts, generated from the spec's `x-typed-dict` schemas.
__all__ += stream_parts.__all__
#: The spec's enums under langgraph-sdk's names, generated: ``langgraph_api_client.sdk_literals``.
__all__ += sdk_literals.__all__
#: The thread stream's event classes and their union ``ThreadEvent``, generated:
#: ``langgraph_api_client.protocol_events``.
__all__ += protocol_events.__all__

#: The generated models re-exported here (imported above for type checkers only), loaded on
#: first use: what ``__all__`` names and this module does not define.
_MODELS = frozenset(__all__) - globals().keys()

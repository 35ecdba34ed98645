"""The names users annotate with: the API's models, stream parts and the Literal aliases.

The models (``Assistant``, ``Thread``, ``Run``, ``Cron``, ``ThreadState``, ``Config``,
``Command``, ...) are the generated ones from ``langgraph_api_client.models``, re-exported
here and loaded on first use. They read like the dicts langgraph-sdk returns
(``thread["thread_id"]``, ``thread.get("metadata")``) and like objects
(``thread.thread_id``). The Literal aliases name the values the API accepts today; the
client passes values it does not know through, so a newer server's values work too.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from .sse import StreamPart

if TYPE_CHECKING:
    from langgraph_api_client.models import (
        Assistant,
        Checkpoint,
        Command,
        Config,
        Cron,
        GraphSchema,
        Interrupt,
        Item,
        ListNamespaceResponse,
        Run,
        SearchItemsResponse,
        Send,
        Subgraphs,
        Thread,
        ThreadState,
        ThreadStateUpdateResponse,
        ThreadTask,
    )

#: A JSON object, or None.
Json = dict[str, Any] | None
#: What a run starts from: the graph's input (usually a mapping).
Input = Mapping[str, Any] | Any
#: Values for the graph's context schema.
Context = Mapping[str, Any]
#: Where a run's status stands.
RunStatus = Literal["pending", "running", "error", "success", "timeout", "interrupted"]
#: Where a thread's status stands.
ThreadStatus = Literal["idle", "busy", "interrupted", "error"]
#: What ``threads.join_stream`` streams.
ThreadStreamMode = Literal["run_modes", "lifecycle", "state_update"]
#: What a run streams; several may be asked for at once.
StreamMode = Literal[
    "values",
    "messages",
    "updates",
    "events",
    "tasks",
    "checkpoints",
    "debug",
    "custom",
    "messages-tuple",
]
#: The shape of ``runs.stream``'s parts: ``StreamPart`` ("v1") or dicts ("v2").
StreamVersion = Literal["v1", "v2"]
#: What happens to a run when its streaming client disconnects.
DisconnectMode = Literal["cancel", "continue"]
#: What happens when a run starts on a thread that is already busy.
MultitaskStrategy = Literal["reject", "interrupt", "rollback", "enqueue"]
#: What happens when the thread or assistant to create already exists.
OnConflictBehavior = Literal["raise", "do_nothing"]
#: What happens to a stateless run's thread when it completes.
OnCompletionBehavior = Literal["delete", "keep"]
#: When a run's checkpoints are saved.
Durability = Literal["sync", "async", "exit"]
#: Every node (for interrupt_before / interrupt_after).
All = Literal["*"]
#: What happens when a run names a thread that does not exist.
IfNotExists = Literal["create", "reject"]
#: How ``threads.prune`` prunes.
PruneStrategy = Literal["delete", "keep_latest"]
#: How a run is cancelled.
CancelAction = Literal["interrupt", "rollback"]
#: Which runs ``runs.cancel_many`` cancels by status.
BulkCancelRunsStatus = Literal["pending", "running", "all"]
#: The order of search results.
SortOrder = Literal["asc", "desc"]
AssistantSortBy = Literal["assistant_id", "graph_id", "name", "created_at", "updated_at"]
ThreadSortBy = Literal["thread_id", "status", "created_at", "updated_at"]
CronSortBy = Literal[
    "cron_id", "assistant_id", "thread_id", "created_at", "updated_at", "next_run_date"
]


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


_MODELS = frozenset(
    {
        "Assistant",
        "Checkpoint",
        "Command",
        "Config",
        "Cron",
        "GraphSchema",
        "Interrupt",
        "Item",
        "ListNamespaceResponse",
        "Run",
        "SearchItemsResponse",
        "Send",
        "Subgraphs",
        "Thread",
        "ThreadState",
        "ThreadStateUpdateResponse",
        "ThreadTask",
    }
)


def __getattr__(name: str) -> Any:
    if name in _MODELS:
        value = getattr(importlib.import_module("langgraph_api_client.models"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "All",
    "Assistant",
    "AssistantSortBy",
    "BulkCancelRunsStatus",
    "CancelAction",
    "Checkpoint",
    "Command",
    "Config",
    "Context",
    "Cron",
    "CronSortBy",
    "DisconnectMode",
    "Durability",
    "GraphSchema",
    "IfNotExists",
    "Input",
    "Interrupt",
    "Item",
    "Json",
    "ListNamespaceResponse",
    "MultitaskStrategy",
    "OnCompletionBehavior",
    "OnConflictBehavior",
    "PruneStrategy",
    "Run",
    "RunCreate",
    "RunCreateMetadata",
    "RunStatus",
    "SearchItemsResponse",
    "Send",
    "SortOrder",
    "StreamMode",
    "StreamPart",
    "StreamVersion",
    "Subgraphs",
    "Thread",
    "ThreadSortBy",
    "ThreadState",
    "ThreadStateUpdateResponse",
    "ThreadStatus",
    "ThreadStreamMode",
    "ThreadTask",
]

"""The spec's string enums as Literal aliases: the values each one lists today.

Written by generator/generate.py from the enums under `components/schemas` of openapi.yaml
(one alias per schema, named by its title). Annotate with these where a plain string is
passed or read; the enum classes in `models` hold the same values. A server newer than the
spec may send or accept values not listed here.
"""

from typing import Literal, TypeAlias

__all__ = [
    "A2AMethod",
    "AllNodes",
    "AssistantSelectField",
    "AssistantSortBy",
    "CancelAction",
    "CancelRunsStatus",
    "CronSelectField",
    "CronSortBy",
    "Durability",
    "IfExists",
    "IfNotExists",
    "JsonRpcVersion",
    "MetricsFormat",
    "MultitaskStrategy",
    "OnCompletion",
    "OnDisconnect",
    "OnRunCompleted",
    "ProtocolChannelName",
    "ProtocolErrorCode",
    "PruneStrategy",
    "RunSelectField",
    "RunStatus",
    "SortOrder",
    "StreamMode",
    "ThreadSelectField",
    "ThreadSortBy",
    "ThreadStatus",
    "TtlStrategy",
]

#: The status of a run.
RunStatus: TypeAlias = Literal["pending", "running", "error", "success", "timeout", "interrupted"]

#: The status of a thread.
ThreadStatus: TypeAlias = Literal["idle", "busy", "interrupted", "error"]

#: What a run streams.
StreamMode: TypeAlias = Literal[
    "values",
    "messages",
    "messages-tuple",
    "tasks",
    "checkpoints",
    "updates",
    "events",
    "debug",
    "custom",
]

#: What to do when the thread is already running a run.
MultitaskStrategy: TypeAlias = Literal["reject", "rollback", "interrupt", "enqueue"]

#: What to do when the resource already exists.
IfExists: TypeAlias = Literal["raise", "do_nothing"]

#: What to do when the thread does not exist.
IfNotExists: TypeAlias = Literal["create", "reject"]

#: Whether to delete or keep the temporary thread of a stateless run.
OnCompletion: TypeAlias = Literal["delete", "keep"]

#: What to do with the run when the streaming client disconnects.
OnDisconnect: TypeAlias = Literal["cancel", "continue"]

#: When checkpoints are saved: `sync` before each next step, `async` while the next step runs,
#: `exit` only when the run ends.
Durability: TypeAlias = Literal["sync", "async", "exit"]

#: `interrupt` stops the run and keeps its checkpoints; `rollback` also deletes the run and its
#: checkpoints.
CancelAction: TypeAlias = Literal["interrupt", "rollback"]

#: Which runs to cancel by status.
CancelRunsStatus: TypeAlias = Literal["pending", "running", "all"]

#: `delete` removes threads; `keep_latest` keeps only their latest checkpoint.
PruneStrategy: TypeAlias = Literal["delete", "keep_latest"]

#: What happens when a thread's TTL runs out.
TtlStrategy: TypeAlias = Literal["delete", "keep_latest"]

#: Whether a cron's run deletes or keeps its new thread when done.
OnRunCompleted: TypeAlias = Literal["delete", "keep"]

#: Sort direction.
SortOrder: TypeAlias = Literal["asc", "desc"]

#: Field to sort assistants by.
AssistantSortBy: TypeAlias = Literal["assistant_id", "created_at", "updated_at", "name", "graph_id"]

#: Field to sort threads by.
ThreadSortBy: TypeAlias = Literal[
    "thread_id", "status", "created_at", "updated_at", "state_updated_at"
]

#: Field to sort crons by.
CronSortBy: TypeAlias = Literal[
    "cron_id", "assistant_id", "thread_id", "next_run_date", "end_time", "created_at", "updated_at"
]

#: An assistant field to return.
AssistantSelectField: TypeAlias = Literal[
    "assistant_id",
    "graph_id",
    "name",
    "description",
    "config",
    "context",
    "created_at",
    "updated_at",
    "metadata",
    "version",
]

#: A thread field to return.
ThreadSelectField: TypeAlias = Literal[
    "thread_id",
    "created_at",
    "updated_at",
    "state_updated_at",
    "metadata",
    "config",
    "status",
    "values",
    "interrupts",
]

#: A run field to return.
RunSelectField: TypeAlias = Literal[
    "run_id",
    "thread_id",
    "assistant_id",
    "created_at",
    "updated_at",
    "status",
    "metadata",
    "kwargs",
    "multitask_strategy",
    "langsmith_session_name",
]

#: A cron field to return.
CronSelectField: TypeAlias = Literal[
    "cron_id",
    "assistant_id",
    "thread_id",
    "on_run_completed",
    "end_time",
    "schedule",
    "timezone",
    "created_at",
    "updated_at",
    "user_id",
    "payload",
    "next_run_date",
    "metadata",
    "enabled",
]

#: Output format of the metrics.
MetricsFormat: TypeAlias = Literal["prometheus", "json"]

#: `*`: every node.
AllNodes: TypeAlias = Literal["*"]

#: The fixed protocol channels.
ProtocolChannelName: TypeAlias = Literal[
    "values", "updates", "messages", "tools", "lifecycle", "input", "tasks", "custom", "checkpoints"
]

#: Why a protocol command failed.
ProtocolErrorCode: TypeAlias = Literal[
    "invalid_argument",
    "unknown_command",
    "unknown_error",
    "no_such_run",
    "no_such_subscription",
    "no_such_namespace",
    "no_such_interrupt",
    "no_such_checkpoint",
    "permission_denied",
    "not_supported",
]

#: An A2A method the server implements.
A2AMethod: TypeAlias = Literal["message/send", "message/stream", "tasks/get", "tasks/cancel"]

#: The JSON-RPC version, always `2.0`.
JsonRpcVersion: TypeAlias = Literal["2.0"]

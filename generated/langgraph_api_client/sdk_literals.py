"""The spec's enums under the names langgraph-sdk gives them (``RunStatus``,
``OnConflictBehavior``, ...): aliases of the Literals in ``literals``.

Written by generator/generate.py from the `x-sdk-name` of the enums under
`components/schemas` of openapi.yaml; ``langgraph_client.schema`` and
``langgraph_client.auth.types`` re-export them. They name the values the API accepts today;
the client passes values it does not know through, so a newer server's values work too.
"""

from typing import TypeAlias

from . import literals

__all__ = [
    "All",
    "AssistantSelectField",
    "AssistantSortBy",
    "BulkCancelRunsStatus",
    "CancelAction",
    "CronSelectField",
    "CronSortBy",
    "DisconnectMode",
    "Durability",
    "IfNotExists",
    "MultitaskStrategy",
    "OnCompletionBehavior",
    "OnConflictBehavior",
    "PruneStrategy",
    "RunSelectField",
    "RunStatus",
    "SortOrder",
    "ThreadSelectField",
    "ThreadSortBy",
    "ThreadStatus",
]

#: The status of a run.
RunStatus: TypeAlias = literals.RunStatus

#: The status of a thread.
ThreadStatus: TypeAlias = literals.ThreadStatus

#: What to do when the thread is already running a run.
MultitaskStrategy: TypeAlias = literals.MultitaskStrategy

#: What to do when the resource already exists.
OnConflictBehavior: TypeAlias = literals.IfExists

#: What to do when the thread does not exist.
IfNotExists: TypeAlias = literals.IfNotExists

#: Whether to delete or keep the temporary thread of a stateless run.
OnCompletionBehavior: TypeAlias = literals.OnCompletion

#: What to do with the run when the streaming client disconnects.
DisconnectMode: TypeAlias = literals.OnDisconnect

#: When checkpoints are saved: `sync` before each next step, `async` while the next step runs,
#: `exit` only when the run ends.
Durability: TypeAlias = literals.Durability

#: `interrupt` stops the run and keeps its checkpoints; `rollback` also deletes the run and its
#: checkpoints.
CancelAction: TypeAlias = literals.CancelAction

#: Which runs to cancel by status.
BulkCancelRunsStatus: TypeAlias = literals.CancelRunsStatus

#: `delete` removes threads; `keep_latest` keeps only their latest checkpoint.
PruneStrategy: TypeAlias = literals.PruneStrategy

#: Sort direction.
SortOrder: TypeAlias = literals.SortOrder

#: Field to sort assistants by.
AssistantSortBy: TypeAlias = literals.AssistantSortBy

#: Field to sort threads by.
ThreadSortBy: TypeAlias = literals.ThreadSortBy

#: Field to sort crons by.
CronSortBy: TypeAlias = literals.CronSortBy

#: An assistant field to return.
AssistantSelectField: TypeAlias = literals.AssistantSelectField

#: A thread field to return.
ThreadSelectField: TypeAlias = literals.ThreadSelectField

#: A run field to return.
RunSelectField: TypeAlias = literals.RunSelectField

#: A cron field to return.
CronSelectField: TypeAlias = literals.CronSelectField

#: `*`: every node.
All: TypeAlias = literals.AllNodes

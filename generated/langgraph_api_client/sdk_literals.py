"""The spec's enums under the names langgraph-sdk gives them (``RunStatus``,
``OnConflictBehavior``, ...): aliases of the Literals in ``literals``.

Written by generator/generate.py from templates/sdk_literals.py.jinja, which pairs each name
with its enum once; ``langgraph_client.schema`` and ``langgraph_client.auth.types`` re-export
them. They name the values the API accepts today; the client passes values it does not know
through, so a newer server's values work too.
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

#: Where a run's status stands.
RunStatus: TypeAlias = literals.RunStatus

#: Where a thread's status stands.
ThreadStatus: TypeAlias = literals.ThreadStatus

#: What happens to a run when its streaming client disconnects.
DisconnectMode: TypeAlias = literals.OnDisconnect

#: What happens when a run starts on a thread that is already busy.
MultitaskStrategy: TypeAlias = literals.MultitaskStrategy

#: What happens when the thread or assistant to create already exists.
OnConflictBehavior: TypeAlias = literals.IfExists

#: What happens to a stateless run's thread when it completes.
OnCompletionBehavior: TypeAlias = literals.OnCompletion

#: When a run's checkpoints are saved.
Durability: TypeAlias = literals.Durability

#: Every node (for interrupt_before / interrupt_after).
All: TypeAlias = literals.AllNodes

#: What happens when a run names a thread that does not exist.
IfNotExists: TypeAlias = literals.IfNotExists

#: How ``threads.prune`` prunes.
PruneStrategy: TypeAlias = literals.PruneStrategy

#: How a run is cancelled.
CancelAction: TypeAlias = literals.CancelAction

#: Which runs ``runs.cancel_many`` cancels by status.
BulkCancelRunsStatus: TypeAlias = literals.CancelRunsStatus

#: The order of search results.
SortOrder: TypeAlias = literals.SortOrder

#: The fields assistants' search results can be sorted by.
AssistantSortBy: TypeAlias = literals.AssistantSortBy

#: The fields threads' search results can be sorted by.
ThreadSortBy: TypeAlias = literals.ThreadSortBy

#: The fields crons' search results can be sorted by.
CronSortBy: TypeAlias = literals.CronSortBy

#: The fields of an assistant ``select=[...]`` may ask for (the server's list).
AssistantSelectField: TypeAlias = literals.AssistantSelectField

#: The fields of a thread ``select=[...]`` may ask for (the server's list).
ThreadSelectField: TypeAlias = literals.ThreadSelectField

#: The fields of a run ``select=[...]`` may ask for (the server's list).
RunSelectField: TypeAlias = literals.RunSelectField

#: The fields of a cron ``select=[...]`` may ask for (the server's list).
CronSelectField: TypeAlias = literals.CronSelectField

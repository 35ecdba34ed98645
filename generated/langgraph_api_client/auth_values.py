"""The values langgraph-api passes to a deployment's auth handlers, one TypedDict per
resource and action, and ``on``, the same laid out like the decorators.

Written by generator/generate.py from templates/auth_values.py.jinja, which lists every
resource's actions and their value types once. ``langgraph_client.auth.types`` re-exports
these names: ``Auth.types.on.threads.create.value`` is ``ThreadsCreate``.
"""

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal, TypeAlias, TypedDict
from uuid import UUID

from . import literals

__all__ = [
    "AssistantsCreate",
    "AssistantsDelete",
    "AssistantsRead",
    "AssistantsSearch",
    "AssistantsUpdate",
    "CronsCreate",
    "CronsDelete",
    "CronsRead",
    "CronsSearch",
    "CronsUpdate",
    "RunsCreate",
    "StoreDelete",
    "StoreGet",
    "StoreListNamespaces",
    "StorePut",
    "StoreSearch",
    "ThreadTTL",
    "ThreadsCreate",
    "ThreadsDelete",
    "ThreadsRead",
    "ThreadsSearch",
    "ThreadsUpdate",
    "on",
]

#: Every resource and the actions a handler can be registered for.
RESOURCE_ACTIONS: Mapping[str, tuple[str, ...]] = {
    "assistants": ("create", "read", "update", "delete", "search"),
    "threads": ("create", "read", "update", "delete", "search", "create_run"),
    "crons": ("create", "read", "update", "delete", "search"),
    "store": ("put", "get", "search", "delete", "list_namespaces"),
}


class ThreadTTL(TypedDict, total=False):
    """When a thread is swept: ``ttl`` minutes from now, ``strategy`` "delete"."""

    strategy: Literal["delete"]
    ttl: int


class ThreadsCreate(TypedDict, total=False):
    """Value of ``threads.create``."""

    thread_id: UUID
    metadata: dict[str, Any]
    if_exists: literals.IfExists
    ttl: ThreadTTL


class ThreadsRead(TypedDict, total=False):
    """Value of ``threads.read``."""

    thread_id: UUID
    run_id: UUID | None


class ThreadsUpdate(TypedDict, total=False):
    """Value of ``threads.update``."""

    thread_id: UUID
    metadata: dict[str, Any]
    action: Literal["interrupt", "rollback"] | None


class ThreadsDelete(TypedDict, total=False):
    """Value of ``threads.delete``."""

    thread_id: UUID
    run_id: UUID | None


class ThreadsSearch(TypedDict, total=False):
    """Value of ``threads.search``."""

    metadata: dict[str, Any]
    values: dict[str, Any]
    status: literals.ThreadStatus | None
    limit: int
    offset: int
    ids: Sequence[UUID] | None
    thread_id: UUID | None


class RunsCreate(TypedDict, total=False):
    """Value of ``threads.create_run``."""

    assistant_id: UUID | None
    thread_id: UUID | None
    run_id: UUID | None
    status: literals.RunStatus | None
    metadata: dict[str, Any]
    prevent_insert_if_inflight: bool
    multitask_strategy: literals.MultitaskStrategy
    if_not_exists: literals.IfNotExists
    after_seconds: int
    kwargs: dict[str, Any]
    action: Literal["interrupt", "rollback"] | None


class AssistantsCreate(TypedDict, total=False):
    """Value of ``assistants.create``."""

    assistant_id: UUID
    graph_id: str
    config: dict[str, Any]
    context: dict[str, Any]
    metadata: dict[str, Any]
    if_exists: literals.IfExists
    name: str


class AssistantsRead(TypedDict, total=False):
    """Value of ``assistants.read``."""

    assistant_id: UUID
    metadata: dict[str, Any]


class AssistantsUpdate(TypedDict, total=False):
    """Value of ``assistants.update``."""

    assistant_id: UUID
    graph_id: str | None
    config: dict[str, Any]
    context: dict[str, Any]
    metadata: dict[str, Any]
    name: str | None
    version: int | None


class AssistantsDelete(TypedDict):
    """Value of ``assistants.delete``."""

    assistant_id: UUID


class AssistantsSearch(TypedDict):
    """Value of ``assistants.search``."""

    graph_id: str | None
    metadata: dict[str, Any]
    limit: int
    offset: int


class CronsCreate(TypedDict, total=False):
    """Value of ``crons.create``."""

    payload: dict[str, Any]
    schedule: str
    cron_id: UUID | None
    thread_id: UUID | None
    user_id: str | None
    end_time: datetime | None


class CronsDelete(TypedDict):
    """Value of ``crons.delete``."""

    cron_id: UUID


class CronsRead(TypedDict):
    """Value of ``crons.read``."""

    cron_id: UUID


class CronsUpdate(TypedDict, total=False):
    """Value of ``crons.update``."""

    cron_id: UUID
    payload: dict[str, Any] | None
    schedule: str | None


class CronsSearch(TypedDict, total=False):
    """Value of ``crons.search``."""

    assistant_id: UUID | None
    thread_id: UUID | None
    limit: int
    offset: int


class StoreGet(TypedDict):
    """Value of ``store.get``; rewrite ``namespace`` to scope the read."""

    namespace: tuple[str, ...]
    key: str


class StoreSearch(TypedDict):
    """Value of ``store.search``; ``namespace`` is the prefix searched."""

    namespace: tuple[str, ...]
    filter: dict[str, Any] | None
    limit: int
    offset: int
    query: str | None


class StoreListNamespaces(TypedDict):
    """Value of ``store.list_namespaces``; ``namespace`` is ``None`` without a prefix."""

    namespace: tuple[str, ...] | None
    suffix: tuple[str, ...] | None
    max_depth: int | None
    limit: int
    offset: int


class StorePut(TypedDict):
    """Value of ``store.put``; a ``None`` value deletes the item."""

    namespace: tuple[str, ...]
    key: str
    value: dict[str, Any] | None
    index: Literal[False] | list[str] | None


class StoreDelete(TypedDict):
    """Value of ``store.delete``."""

    namespace: tuple[str, ...]
    key: str


class on:  # the lower-case name mirrors ``@auth.on``
    """Value types laid out like the decorators: ``on.<resource>.<action>.value``."""

    value: TypeAlias = dict[str, Any]

    class assistants:
        value: TypeAlias = (
            AssistantsCreate
            | AssistantsRead
            | AssistantsUpdate
            | AssistantsDelete
            | AssistantsSearch
        )

        class create:
            value: TypeAlias = AssistantsCreate

        class read:
            value: TypeAlias = AssistantsRead

        class update:
            value: TypeAlias = AssistantsUpdate

        class delete:
            value: TypeAlias = AssistantsDelete

        class search:
            value: TypeAlias = AssistantsSearch

    class threads:
        value: TypeAlias = (
            ThreadsCreate | ThreadsRead | ThreadsUpdate | ThreadsDelete | ThreadsSearch
        )

        class create:
            value: TypeAlias = ThreadsCreate

        class read:
            value: TypeAlias = ThreadsRead

        class update:
            value: TypeAlias = ThreadsUpdate

        class delete:
            value: TypeAlias = ThreadsDelete

        class search:
            value: TypeAlias = ThreadsSearch

        class create_run:
            value: TypeAlias = RunsCreate

    class crons:
        value: TypeAlias = CronsCreate | CronsRead | CronsUpdate | CronsDelete | CronsSearch

        class create:
            value: TypeAlias = CronsCreate

        class read:
            value: TypeAlias = CronsRead

        class update:
            value: TypeAlias = CronsUpdate

        class delete:
            value: TypeAlias = CronsDelete

        class search:
            value: TypeAlias = CronsSearch

    class store:
        value: TypeAlias = StorePut | StoreGet | StoreSearch | StoreDelete | StoreListNamespaces

        class put:
            value: TypeAlias = StorePut

        class get:
            value: TypeAlias = StoreGet

        class search:
            value: TypeAlias = StoreSearch

        class delete:
            value: TypeAlias = StoreDelete

        class list_namespaces:
            value: TypeAlias = StoreListNamespaces

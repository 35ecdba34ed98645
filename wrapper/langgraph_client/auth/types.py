"""Types seen by auth handlers: users, the request context, and one value type per action.

The value an ``@auth.on`` handler receives is a plain dict; the TypedDicts here
describe its keys for each resource and action. ``on`` mirrors the decorator
tree, so ``Auth.types.on.threads.create.value`` names the value type of
``@auth.on.threads.create``.
"""

from __future__ import annotations

import typing
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol, TypeAlias, TypedDict
from uuid import UUID

from langgraph_api_client.sdk_literals import (
    IfNotExists,
    MultitaskStrategy,
    OnConflictBehavior,
    RunStatus,
    ThreadStatus,
)

__all__ = [
    "RESOURCE_ACTIONS",
    "Action",
    "AssistantsCreate",
    "AssistantsDelete",
    "AssistantsRead",
    "AssistantsSearch",
    "AssistantsUpdate",
    "AuthContext",
    "Authenticator",
    "BaseAuthContext",
    "BaseUser",
    "CronsCreate",
    "CronsDelete",
    "CronsRead",
    "CronsSearch",
    "CronsUpdate",
    "FilterType",
    "Handler",
    "HandlerResult",
    "IfNotExists",
    "MetadataInput",
    "MinimalUser",
    "MinimalUserDict",
    "MultitaskStrategy",
    "OnConflictBehavior",
    "Resource",
    "RunStatus",
    "RunsCreate",
    "StoreDelete",
    "StoreGet",
    "StoreListNamespaces",
    "StorePut",
    "StoreSearch",
    "StudioUser",
    "ThreadStatus",
    "ThreadTTL",
    "ThreadsCreate",
    "ThreadsDelete",
    "ThreadsRead",
    "ThreadsSearch",
    "ThreadsUpdate",
    "on",
]

Resource = Literal["runs", "threads", "crons", "assistants", "store"]
"""A resource a request touches (``runs`` appears in contexts, handlers use ``threads``)."""

Action = Literal[
    "create",
    "read",
    "update",
    "delete",
    "search",
    "create_run",
    "put",
    "get",
    "list_namespaces",
]
"""An action on a resource; the last three belong to the store."""

MetadataInput = dict[str, Any]
"""Free-form, JSON-serializable metadata attached to a resource."""

FilterType = (
    dict[
        str,
        str | dict[Literal["$eq", "$contains"], str] | dict[Literal["$contains"], list[str]],
    ]
    | dict[str, str]
)
"""What a handler returns to restrict results to matching metadata.

``{"owner": "alice"}`` is an exact match, ``{"owner": {"$eq": "alice"}}`` spells it
out, ``{"tags": {"$contains": "red"}}`` tests membership and a list under
``$contains`` requires every element. Several keys combine with AND.
"""

HandlerResult = None | bool | FilterType
"""``None`` or ``True`` accept, ``False`` answers 403, a dict filters the results."""

Handler = Callable[..., Awaitable[HandlerResult]]
"""An authorization handler: ``async def handler(ctx, value) -> HandlerResult``."""


@typing.runtime_checkable
class MinimalUser(Protocol):
    """The least a user object must offer: a unique ``identity``."""

    @property
    def identity(self) -> str: ...


class MinimalUserDict(TypedDict, total=False):
    """A user written as a dict; only ``identity`` is required."""

    identity: typing.Required[str]
    display_name: str
    is_authenticated: bool
    permissions: Sequence[str]


@typing.runtime_checkable
class BaseUser(Protocol):
    """The user handlers see in ``ctx.user``: readable by attribute or by key."""

    @property
    def is_authenticated(self) -> bool: ...

    @property
    def display_name(self) -> str: ...

    @property
    def identity(self) -> str: ...

    @property
    def permissions(self) -> Sequence[str]: ...

    def __getitem__(self, key: str) -> Any: ...

    def __contains__(self, key: object) -> bool: ...

    def __iter__(self) -> Iterator[str]: ...


class StudioUser:
    """The user a request from LangGraph Studio carries."""

    __slots__ = ("_is_authenticated", "username")

    def __init__(self, username: str, is_authenticated: bool = False) -> None:
        self.username = username
        self._is_authenticated = is_authenticated

    @property
    def identity(self) -> str:
        return self.username

    display_name = identity

    @property
    def is_authenticated(self) -> bool:
        return self._is_authenticated

    @property
    def permissions(self) -> Sequence[str]:
        return ["authenticated"] if self._is_authenticated else []


Authenticator = Callable[
    ..., Awaitable[MinimalUser | str | BaseUser | MinimalUserDict | typing.Mapping[str, Any]]
]
"""An ``@auth.authenticate`` handler.

It declares, by name, any of the request parts it needs (see
``AUTHENTICATE_PARAMETERS`` in ``langgraph_client.auth``) and returns the user:
an identity string, a dict with ``identity`` (and optionally ``permissions``),
or an object with an ``identity`` attribute.
"""


@dataclass(slots=True)
class BaseAuthContext:
    """Who is calling: the user and the permissions the authenticator granted."""

    permissions: Sequence[str]
    user: BaseUser


@typing.final
@dataclass(slots=True)
class AuthContext(BaseAuthContext):
    """What an ``@auth.on`` handler receives as ``ctx``: the caller and the request's target."""

    resource: Resource
    action: Action


# --- the value of each (resource, action) -----------------------------------


class ThreadTTL(TypedDict, total=False):
    """When a thread is swept: ``ttl`` minutes from now, ``strategy`` "delete"."""

    strategy: Literal["delete"]
    ttl: int


class ThreadsCreate(TypedDict, total=False):
    """Value of ``threads.create``."""

    thread_id: UUID
    metadata: MetadataInput
    if_exists: OnConflictBehavior
    ttl: ThreadTTL


class ThreadsRead(TypedDict, total=False):
    """Value of ``threads.read``."""

    thread_id: UUID
    run_id: UUID | None


class ThreadsUpdate(TypedDict, total=False):
    """Value of ``threads.update``."""

    thread_id: UUID
    metadata: MetadataInput
    action: Literal["interrupt", "rollback"] | None


class ThreadsDelete(TypedDict, total=False):
    """Value of ``threads.delete``."""

    thread_id: UUID
    run_id: UUID | None


class ThreadsSearch(TypedDict, total=False):
    """Value of ``threads.search``."""

    metadata: MetadataInput
    values: MetadataInput
    status: ThreadStatus | None
    limit: int
    offset: int
    ids: Sequence[UUID] | None
    thread_id: UUID | None


class RunsCreate(TypedDict, total=False):
    """Value of ``threads.create_run``."""

    assistant_id: UUID | None
    thread_id: UUID | None
    run_id: UUID | None
    status: RunStatus | None
    metadata: MetadataInput
    prevent_insert_if_inflight: bool
    multitask_strategy: MultitaskStrategy
    if_not_exists: IfNotExists
    after_seconds: int
    kwargs: dict[str, Any]
    action: Literal["interrupt", "rollback"] | None


class AssistantsCreate(TypedDict, total=False):
    """Value of ``assistants.create``."""

    assistant_id: UUID
    graph_id: str
    config: dict[str, Any]
    context: dict[str, Any]
    metadata: MetadataInput
    if_exists: OnConflictBehavior
    name: str


class AssistantsRead(TypedDict, total=False):
    """Value of ``assistants.read``."""

    assistant_id: UUID
    metadata: MetadataInput


class AssistantsUpdate(TypedDict, total=False):
    """Value of ``assistants.update``."""

    assistant_id: UUID
    graph_id: str | None
    config: dict[str, Any]
    context: dict[str, Any]
    metadata: MetadataInput
    name: str | None
    version: int | None


class AssistantsDelete(TypedDict):
    """Value of ``assistants.delete``."""

    assistant_id: UUID


class AssistantsSearch(TypedDict):
    """Value of ``assistants.search``."""

    graph_id: str | None
    metadata: MetadataInput
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
    """Value types laid out like the decorators: ``on.<resource>.<action>.value``. The one
    list of each resource's actions (``RESOURCE_ACTIONS`` is read from it), in the order the
    server lists its handlers."""

    value: TypeAlias = dict[str, Any]

    class assistants:
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

        value: TypeAlias = create.value | read.value | update.value | delete.value | search.value

    class threads:
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

        value: TypeAlias = create.value | read.value | update.value | delete.value | search.value

    class crons:
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

        value: TypeAlias = create.value | read.value | update.value | delete.value | search.value

    class store:
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

        value: TypeAlias = (
            put.value | get.value | search.value | delete.value | list_namespaces.value
        )


def _nested(cls: type) -> dict[str, type]:
    return {name: value for name, value in vars(cls).items() if isinstance(value, type)}


#: Every resource and the actions a handler can be registered for: the tree of ``on``.
RESOURCE_ACTIONS: typing.Mapping[str, tuple[str, ...]] = {
    resource: tuple(_nested(actions)) for resource, actions in _nested(on).items()
}

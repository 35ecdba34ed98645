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
from typing import Any, Literal, Protocol, TypedDict

from langgraph_api_client import auth_values
from langgraph_api_client.auth_values import *  # noqa: F403
from langgraph_api_client.sdk_literals import (
    IfNotExists,
    MultitaskStrategy,
    OnConflictBehavior,
    RunStatus,
    ThreadStatus,
)

__all__ = [
    "Action",
    "AuthContext",
    "Authenticator",
    "BaseAuthContext",
    "BaseUser",
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
    "StudioUser",
    "ThreadStatus",
]
#: The value of each resource and action, and ``on``: generated, in
#: ``langgraph_api_client.auth_values``.
__all__ += auth_values.__all__

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

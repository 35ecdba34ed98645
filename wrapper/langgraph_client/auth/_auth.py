"""``Auth``: where handlers are registered, checked and looked up.

Handlers live in a table keyed by ``(resource, action)``, ``"*"`` standing for
"any". The global handler (``@auth.on`` with no arguments, or ``"*"``/``"*"``)
is kept apart. Lookup goes from the most specific key to the least; see
``Auth.resolve``.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from langgraph_client.auth import exceptions, types
from langgraph_client.auth.types import RESOURCE_ACTIONS

if TYPE_CHECKING:
    from langgraph_sdk import Auth as ServerAuth  # type: ignore[import-not-found, unused-ignore]

__all__ = ["AUTHENTICATE_PARAMETERS", "RESOURCE_ACTIONS", "Auth", "is_studio_user"]

ANY = "*"

#: The request parts an ``@auth.authenticate`` handler may ask for, by parameter name.
AUTHENTICATE_PARAMETERS = frozenset(
    {
        "request",
        "body",
        "user",
        "path",
        "method",
        "scopes",
        "path_params",
        "query_params",
        "headers",
        "authorization",
        "scope",
    }
)


def is_studio_user(user: types.MinimalUser | types.BaseUser | types.MinimalUserDict) -> bool:
    """Whether ``user`` is the user of a LangGraph Studio request.

    True for our ``StudioUser``, for the one the server puts in ``ctx.user`` (langgraph-sdk's
    ``StudioUser`` or a subclass of it), and for a user dict whose ``kind`` is
    ``"StudioUser"``.
    """
    if isinstance(user, types.StudioUser):
        return True
    if isinstance(user, Mapping):
        return user.get("kind") == "StudioUser"
    # Only a process that has loaded langgraph-sdk can hold its StudioUser.
    server_types = sys.modules.get("langgraph_sdk.auth.types")
    server_studio_user = getattr(server_types, "StudioUser", None)
    return isinstance(server_studio_user, type) and isinstance(user, server_studio_user)


_ALL_ACTIONS = frozenset(a for actions in RESOURCE_ACTIONS.values() for a in actions)

H = TypeVar("H", bound=types.Handler)
A = TypeVar("A", bound=types.Authenticator)
V = TypeVar("V")


def _name(fn: object) -> str:
    return str(getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or fn)


def check_async(fn: Callable[..., Any], kind: str) -> inspect.Signature:
    if not inspect.iscoroutinefunction(fn):
        raise TypeError(
            f"{kind} {_name(fn)!r} must be an async function: write 'async def' "
            "(the server awaits it on its event loop)."
        )
    return inspect.signature(fn)


def _required(sig: inspect.Signature) -> list[str]:
    variadic = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    return [
        p.name
        for p in sig.parameters.values()
        if p.default is inspect.Parameter.empty and p.kind not in variadic
    ]


def validate_handler(fn: Callable[..., Any]) -> None:
    """Check an authorization handler: async, called as ``fn(ctx=..., value=...)``."""
    sig = check_async(fn, "Auth handler")
    params = sig.parameters
    for needed in ("ctx", "value"):
        param = params.get(needed)
        if param is None or param.kind is inspect.Parameter.POSITIONAL_ONLY:
            raise TypeError(
                f"Auth handler {_name(fn)!r} must take a parameter named {needed!r} "
                f"(it is passed by keyword); its parameters are ({', '.join(params)})."
            )
    extra = [p for p in _required(sig) if p not in ("ctx", "value")]
    if extra:
        raise TypeError(
            f"Auth handler {_name(fn)!r} has required parameters the server never passes: "
            f"{', '.join(extra)}. Give them defaults or remove them."
        )


def validate_authenticator(fn: Callable[..., Any]) -> None:
    """Check an ``@auth.authenticate`` handler: async, asking only for known request parts."""
    sig = check_async(fn, "Authentication handler")
    unknown = [p for p in _required(sig) if p not in AUTHENTICATE_PARAMETERS]
    if unknown:
        raise TypeError(
            f"Authentication handler {_name(fn)!r} asks for {', '.join(unknown)}, which the "
            f"server cannot supply. Known parameters: {', '.join(sorted(AUTHENTICATE_PARAMETERS))}."
        )


def _names(arg: str | Sequence[str] | None, what: str) -> list[str]:
    if arg is None:
        return [ANY]
    names = [arg] if isinstance(arg, str) else list(arg)
    if not names:
        raise ValueError(f"{what} must not be empty")
    if not all(isinstance(n, str) for n in names):
        raise TypeError(f"{what} must be a string or a sequence of strings, got {arg!r}")
    if len(set(names)) != len(names):
        raise ValueError(f"{what} lists a name twice: {names!r}")
    return names


def _check_pair(resource: str, action: str) -> None:
    if resource != ANY and resource not in RESOURCE_ACTIONS:
        raise ValueError(
            f"Unknown resource {resource!r}; expected one of {', '.join(RESOURCE_ACTIONS)} or '*'."
        )
    known = RESOURCE_ACTIONS.get(resource, tuple(sorted(_ALL_ACTIONS)))
    if action != ANY and action not in known:
        raise ValueError(
            f"Unknown action {action!r} for {resource!r}; expected one of {', '.join(known)} "
            "or '*'."
        )


class Auth:
    """Custom authentication and authorization for a LangGraph server.

    Register one ``@auth.authenticate`` handler that turns a request into a user,
    and any number of ``@auth.on...`` handlers that accept, reject or filter each
    action. Point the server's langgraph.json at ``auth.to_server()``.
    """

    __slots__ = ("_authenticate_handler", "_global_handler", "_handlers", "on")

    types = types
    """Handler-facing types: ``Auth.types.AuthContext``, ``Auth.types.on.threads.create.value``."""

    exceptions = exceptions
    """``Auth.exceptions.HTTPException``: raise it to answer with a given status."""

    def __init__(self) -> None:
        self._authenticate_handler: types.Authenticator | None = None
        self._global_handler: types.Handler | None = None
        self._handlers: dict[tuple[str, str], types.Handler] = {}
        self.on = _On(self)
        """Authorization: ``@auth.on``, ``@auth.on.threads``, ``@auth.on.threads.create``."""

    def authenticate(self, fn: A) -> A:
        """Register the handler that identifies the caller of every request.

        It takes any of the parameters named in ``AUTHENTICATE_PARAMETERS`` and
        returns the user, or raises ``Auth.exceptions.HTTPException`` to refuse.
        """
        if self._authenticate_handler is not None:
            raise ValueError(
                f"An authentication handler is already registered: "
                f"{_name(self._authenticate_handler)!r}."
            )
        validate_authenticator(fn)
        self._authenticate_handler = fn
        return fn

    def resolve(self, resource: str, action: str) -> types.Handler | None:
        """The handler the server runs for ``resource``/``action``, or None (accept).

        Looked up in this order: the exact resource and action, the resource with
        any action, the action on any resource, then the global handler.
        """
        for key in ((resource, action), (resource, ANY), (ANY, action)):
            handler = self._handlers.get(key)
            if handler is not None:
                return handler
        return self._global_handler

    def handlers(self) -> dict[tuple[str, str], types.Handler]:
        """Every registered authorization handler by ``(resource, action)``; ``*`` is any."""
        table = dict(self._handlers)
        if self._global_handler is not None:
            table[ANY, ANY] = self._global_handler
        return table

    def to_server(self) -> ServerAuth:
        """The same handlers on the ``Auth`` class the LangGraph server loads.

        Call it at the end of your auth module and point langgraph.json's
        ``auth.path`` at the result. Needs langgraph-sdk, which every server has.
        """
        from langgraph_client.auth._interop import to_server_auth

        return to_server_auth(self)

    def _register(self, resources: list[str], actions: list[str], fn: types.Handler) -> None:
        validate_handler(fn)
        pairs = [(r, a) for r in resources for a in actions]
        for r, a in pairs:  # check everything before registering anything
            _check_pair(r, a)
            existing = self._global_handler if r == a == ANY else self._handlers.get((r, a))
            if existing is not None:
                what = "A global handler" if r == a == ANY else f"A handler for {r}.{a}"
                raise ValueError(f"{what} is already registered: {_name(existing)!r}.")
        for r, a in pairs:
            if r == a == ANY:
                self._global_handler = fn
            else:
                self._handlers[r, a] = fn

    def __repr__(self) -> str:
        keys = sorted(f"{r}.{a}" for r, a in self.handlers())
        auth = _name(self._authenticate_handler) if self._authenticate_handler else None
        return f"Auth(authenticate={auth!r}, handlers={keys!r})"


class _ActionOn(Generic[V]):
    """``@auth.on.<resource>.<action>``: the handler for one action."""

    __slots__ = ("_auth", "action", "resource", "value")

    def __init__(self, auth: Auth, resource: str, action: str, value: type[V]) -> None:
        self._auth = auth
        self.resource = resource
        self.action = action
        self.value = value

    def __call__(self, fn: H) -> H:
        self._auth._register([self.resource], [self.action], fn)
        return fn


class _Registrar:
    """What ``@auth.on`` (``resource`` None) and ``@auth.on.<resource>`` share: decorate a
    handler directly (it then covers everything the decorator names), or pass ``resources``
    and ``actions``."""

    __slots__ = ()

    _auth: Auth
    resource: str | None

    @overload
    def __call__(self, fn: H) -> H: ...

    @overload
    def __call__(
        self,
        *,
        resources: str | Sequence[str] | None = None,
        actions: str | Sequence[str] | None = None,
    ) -> Callable[[H], H]: ...

    def __call__(
        self,
        fn: H | None = None,
        *,
        resources: str | Sequence[str] | None = None,
        actions: str | Sequence[str] | None = None,
    ) -> H | Callable[[H], H]:
        chosen = _names(resources, "resources")
        if self.resource is not None:
            if resources is not None and chosen != [self.resource]:
                raise ValueError(
                    f"@auth.on.{self.resource}(...) registers handlers for {self.resource!r} "
                    f"only; use @auth.on(resources=...) for {resources!r}."
                )
            chosen = [self.resource]
        names = _names(actions, "actions")

        def decorator(handler: H) -> H:
            self._auth._register(chosen, names, handler)
            return handler

        return decorator if fn is None else decorator(fn)


class _ResourceOn(_Registrar):
    """``@auth.on.<resource>``: a handler for every action on one resource, or some; the
    value types come from ``types.on.<resource>``."""

    value: Any

    def __init__(self, auth: Auth, resource: str) -> None:
        self._auth = auth
        self.resource = resource
        namespace = getattr(types.on, resource)
        self.value = namespace.value
        for action in RESOURCE_ACTIONS[resource]:
            value = getattr(namespace, action).value
            setattr(self, action, _ActionOn(auth, resource, action, value))


Create = TypeVar("Create")
Read = TypeVar("Read")
Update = TypeVar("Update")
Delete = TypeVar("Delete")
Search = TypeVar("Search")


class _CrudOn(_ResourceOn, Generic[Create, Read, Update, Delete, Search]):
    """A resource with the five actions, typed by their value types."""

    create: _ActionOn[Create]
    read: _ActionOn[Read]
    update: _ActionOn[Update]
    delete: _ActionOn[Delete]
    search: _ActionOn[Search]


class _ThreadsOn(
    _CrudOn[
        types.ThreadsCreate,
        types.ThreadsRead,
        types.ThreadsUpdate,
        types.ThreadsDelete,
        types.ThreadsSearch,
    ]
):
    create_run: _ActionOn[types.RunsCreate]


class _StoreOn(_ResourceOn):
    put: _ActionOn[types.StorePut]
    get: _ActionOn[types.StoreGet]
    search: _ActionOn[types.StoreSearch]
    delete: _ActionOn[types.StoreDelete]
    list_namespaces: _ActionOn[types.StoreListNamespaces]


class _On(_Registrar):
    """``@auth.on``: the global handler, or handlers for chosen resources and actions."""

    __slots__ = ("_auth", "assistants", "crons", "resource", "store", "threads", "value")

    assistants: _CrudOn[
        types.AssistantsCreate,
        types.AssistantsRead,
        types.AssistantsUpdate,
        types.AssistantsDelete,
        types.AssistantsSearch,
    ]
    crons: _CrudOn[
        types.CronsCreate, types.CronsRead, types.CronsUpdate, types.CronsDelete, types.CronsSearch
    ]

    def __init__(self, auth: Auth) -> None:
        self._auth = auth
        self.resource = None
        self.assistants = _CrudOn(auth, "assistants")
        self.threads = _ThreadsOn(auth, "threads")
        self.crons = _CrudOn(auth, "crons")
        self.store = _StoreOn(auth, "store")
        self.value = types.on.value

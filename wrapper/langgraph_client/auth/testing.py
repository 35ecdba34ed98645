"""Exercise an ``Auth`` in unit tests, without a server.

``authenticate`` runs the ``@auth.authenticate`` handler on a request described
by its parts; ``authorize`` picks the handler for a resource and action as the
server does (``Auth.resolve``) and reports what the server would do; ``check``
does both.

    identity = await authenticate(my_auth, headers={"Authorization": "Bearer alice"})
    decision = await authorize(my_auth, identity, "threads", "search", {"metadata": {}})
    assert decision.allowed and decision.filter == {"owner": "alice"}
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import urlencode

from langgraph_client.auth._auth import Auth, _name
from langgraph_client.auth.exceptions import HTTPException
from langgraph_client.auth.types import AuthContext, BaseUser, FilterType

__all__ = ["Decision", "Identity", "authenticate", "authorize", "check"]


class _User:
    """A user returned by an authenticator, seen through the ``BaseUser`` protocol."""

    __slots__ = ("_fields", "_source")

    def __init__(self, source: Any, fields: Mapping[str, Any]) -> None:
        self._source = source
        identity = str(fields["identity"])
        self._fields = {
            **fields,
            "identity": identity,
            "display_name": str(fields.get("display_name") or identity),
            "is_authenticated": bool(fields.get("is_authenticated", True)),
        }

    @property
    def identity(self) -> str:
        return str(self._fields["identity"])

    @property
    def display_name(self) -> str:
        return str(self._fields["display_name"])

    @property
    def is_authenticated(self) -> bool:
        return bool(self._fields["is_authenticated"])

    @property
    def permissions(self) -> Sequence[str]:
        return list(self._fields.get("permissions", ()))

    def __getitem__(self, key: str) -> Any:
        return self._fields[key]

    def __contains__(self, key: object) -> bool:
        return key in self._fields

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def __getattr__(self, name: str) -> Any:
        if name in self._fields:
            return self._fields[name]
        return getattr(self._source, name)

    def __repr__(self) -> str:
        return f"User(identity={self.identity!r})"


def _as_user(result: Any) -> BaseUser:
    if isinstance(result, BaseUser):
        return result
    if isinstance(result, str):
        return cast(BaseUser, _User(result, {"identity": result}))
    if isinstance(result, Mapping) and "identity" in result:
        return cast(BaseUser, _User(result, result))
    if hasattr(result, "identity"):
        fields = {
            k: getattr(result, k)
            for k in ("identity", "display_name", "is_authenticated", "permissions")
            if hasattr(result, k)
        }
        return cast(BaseUser, _User(result, fields))
    raise TypeError(
        "The authentication handler must return an identity string, a mapping with an "
        f"'identity' key, or an object with an 'identity' attribute; got {type(result).__name__}."
    )


@dataclass(frozen=True, slots=True)
class Identity:
    """Who a request authenticated as: the user and the permissions granted."""

    user: BaseUser
    permissions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Decision:
    """What the server would do with one action.

    ``allowed`` is False for a denial, with the ``status_code`` and ``detail``
    of the response. An allowed action may carry a ``filter`` on metadata.
    ``value`` is the action's value after the handler ran (handlers may
    rewrite it, for example a store namespace). ``handler`` names the handler
    that decided, None when there was none (the server then accepts).
    """

    allowed: bool
    value: dict[str, Any] = field(default_factory=dict)
    filter: FilterType | None = None
    status_code: int | None = None
    detail: str | None = None
    handler: str | None = None


def _refused(value: dict[str, Any], exc: HTTPException, handler: str) -> Decision:
    return Decision(False, value, None, exc.status_code, exc.detail, handler)


async def authenticate(
    auth: Auth,
    *,
    headers: Mapping[str, str] | None = None,
    method: str = "GET",
    path: str = "/",
    path_params: Mapping[str, str] | None = None,
    query_params: Mapping[str, str] | None = None,
    body: Any = None,
    request: Any = None,
) -> Identity:
    """Run the ``@auth.authenticate`` handler on a request given by its parts.

    The handler receives, by name, the parts it declares, in the forms the
    server uses: ``headers`` as a dict of lower-case byte strings,
    ``authorization`` as the header's text. A refusal raises
    ``Auth.exceptions.HTTPException``, as it would end the request in the server.
    """
    handler = auth._authenticate_handler
    if handler is None:
        raise ValueError("This Auth has no @auth.authenticate handler.")
    text_headers = {k.lower(): v for k, v in (headers or {}).items()}
    raw_headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in text_headers.items()]
    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "headers": raw_headers,
        "query_string": urlencode(dict(query_params or {})).encode(),
        "path_params": dict(path_params or {}),
    }
    available: dict[str, Any] = {
        "request": request,
        "body": body,
        "user": None,
        "path": path,
        "method": method,
        "scopes": [],
        "path_params": dict(path_params or {}),
        "query_params": dict(query_params or {}),
        "headers": dict(raw_headers),
        "authorization": text_headers.get("authorization"),
        "scope": scope,
    }
    wanted = inspect.signature(handler).parameters
    result = await handler(**{k: v for k, v in available.items() if k in wanted})
    permissions: Any = ()
    if isinstance(result, tuple) and len(result) == 2:
        permissions, result = result
    elif isinstance(result, Mapping):
        permissions = result.get("permissions", ())
    else:
        permissions = getattr(result, "permissions", ())
    return Identity(user=_as_user(result), permissions=tuple(permissions or ()))


async def authorize(
    auth: Auth,
    identity: Identity,
    resource: str,
    action: str,
    value: Mapping[str, Any] | None = None,
) -> Decision:
    """Run the handler the server would choose for ``resource``/``action``.

    ``value`` is copied first, so the caller's dict is never changed; the
    decision carries the copy as the handler left it.
    """
    data: dict[str, Any] = copy.deepcopy(dict(value or {}))
    handler = auth.resolve(resource, action)
    if handler is None:
        return Decision(allowed=True, value=data)
    name = _name(handler)
    ctx = AuthContext(
        permissions=list(identity.permissions),
        user=identity.user,
        resource=resource,  # type: ignore[arg-type]
        action=action,  # type: ignore[arg-type]
    )
    try:
        result = await handler(ctx=ctx, value=data)
    except HTTPException as exc:
        return _refused(data, exc, name)
    except AssertionError as exc:
        return Decision(False, data, None, 403, str(exc), name)
    if result is None or result is True:
        return Decision(allowed=True, value=data, handler=name)
    if result is False:
        return Decision(False, data, None, 403, "Forbidden", name)
    if isinstance(result, dict):
        return Decision(allowed=True, value=data, filter=result, handler=name)
    raise TypeError(
        f"Auth handler {name!r} returned {type(result).__name__}; the server answers 500. "
        "Return None, a bool, or a filter dict."
    )


async def check(
    auth: Auth,
    resource: str,
    action: str,
    value: Mapping[str, Any] | None = None,
    *,
    headers: Mapping[str, str] | None = None,
    method: str = "GET",
    path: str = "/",
) -> Decision:
    """Authenticate a request and authorize one action; a refused login is a denial too."""
    try:
        identity = await authenticate(auth, headers=headers, method=method, path=path)
    except HTTPException as exc:
        return _refused(copy.deepcopy(dict(value or {})), exc, _name(auth._authenticate_handler))
    return await authorize(auth, identity, resource, action, value)

"""Hand our ``Auth`` to the LangGraph server, which only loads langgraph-sdk's class.

Imported on first use of ``Auth.to_server``: this is the one place of the auth
package that imports langgraph-sdk.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from langgraph_client.auth._auth import ANY, Auth
from langgraph_client.auth.exceptions import HTTPException

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from langgraph_sdk import Auth as ServerAuth  # type: ignore[import-not-found, unused-ignore]


def translate_errors(fn: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    """Wrap a handler so that our HTTPException reaches the server as its own.

    The wrapper keeps the handler's name, annotations and signature (the server
    reads the signature to choose the arguments it passes).
    """
    from langgraph_sdk.auth.exceptions import HTTPException as ServerHTTPException  # type: ignore[import-not-found, unused-ignore]

    @functools.wraps(fn)
    async def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return await fn(*args, **kwargs)
        except HTTPException as exc:
            raise ServerHTTPException(exc.status_code, exc.detail, exc.headers) from exc

    return call


def to_server_auth(auth: Auth) -> ServerAuth:
    """A langgraph-sdk ``Auth`` with every handler of ``auth`` registered the same way."""
    from langgraph_sdk import Auth as ServerAuth  # type: ignore[import-not-found, unused-ignore]

    server: Any = ServerAuth()
    wrap = functools.cache(translate_errors)  # a handler registered twice is wrapped once

    if auth._authenticate_handler is not None:
        server.authenticate(wrap(auth._authenticate_handler))
    for (resource, action), fn in auth._handlers.items():
        server.on(
            resources=None if resource == ANY else resource,
            actions=None if action == ANY else action,
        )(wrap(fn))
    if auth._global_handler is not None:
        server.on(wrap(auth._global_handler))
    return server  # type: ignore[no-any-return, unused-ignore]

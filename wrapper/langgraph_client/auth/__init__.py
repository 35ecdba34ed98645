"""Custom authentication and authorization for a LangGraph server.

    from langgraph_client.auth import Auth

    auth = Auth()

    @auth.authenticate
    async def who(authorization: str | None) -> Auth.types.MinimalUserDict: ...

    @auth.on.threads.create
    async def stamp_owner(ctx: Auth.types.AuthContext, value: Auth.types.on.threads.create.value):
        value.setdefault("metadata", {})["owner"] = ctx.user.identity

    server_auth = auth.to_server()  # what langgraph.json's "auth.path" points at

``langgraph_client.auth.testing`` runs the same handlers in unit tests.
"""

from __future__ import annotations

from langgraph_client.auth import exceptions, types
from langgraph_client.auth._auth import (
    AUTHENTICATE_PARAMETERS,
    RESOURCE_ACTIONS,
    Auth,
    is_studio_user,
)

__all__ = [
    "AUTHENTICATE_PARAMETERS",
    "RESOURCE_ACTIONS",
    "Auth",
    "exceptions",
    "is_studio_user",
    "types",
]

"""The owner-scoped Auth example of langgraph-sdk's reference, written with langgraph_client.

Tokens are fixed for the tests: "Bearer alice-token" and "Bearer bob-token".
langgraph_auth.json points the server at ``server_auth``.
"""

from __future__ import annotations

from typing import Any

from langgraph_client.auth import Auth, is_studio_user

USERS: dict[str, dict[str, Any]] = {
    "alice-token": {"id": "alice", "permissions": ["threads:write"]},
    "bob-token": {"id": "bob", "permissions": []},
}


async def verify_token(authorization: str | None) -> dict[str, Any] | None:
    scheme, _, token = (authorization or "").partition(" ")
    return USERS.get(token) if scheme.lower() == "bearer" else None


my_auth = Auth()


@my_auth.authenticate
async def authenticate(authorization: str | None) -> Auth.types.MinimalUserDict:
    user = await verify_token(authorization)
    if not user:
        raise Auth.exceptions.HTTPException(status_code=401, detail="Unauthorized")
    return {"identity": user["id"], "permissions": user.get("permissions", [])}


# Default deny: whatever has no more specific handler is refused.
@my_auth.on
async def deny_all(ctx: Auth.types.AuthContext, value: Any) -> bool:
    return False


# A new thread records its owner.
@my_auth.on.threads.create
async def allow_thread_create(
    ctx: Auth.types.AuthContext, value: Auth.types.on.threads.create.value
) -> None:
    metadata = value.setdefault("metadata", {})
    metadata["owner"] = ctx.user.identity


# Reading and searching see the caller's own threads only.
@my_auth.on.threads.read
async def allow_thread_read(
    ctx: Auth.types.AuthContext, value: Auth.types.on.threads.read.value
) -> Auth.types.FilterType:
    return {"owner": ctx.user.identity}


# Not in the reference example: LangGraph Studio (in `langgraph dev`, a request with
# "x-auth-scheme: langsmith") searches every thread.
@my_auth.on.threads.search
async def allow_thread_search(
    ctx: Auth.types.AuthContext, value: Auth.types.on.threads.search.value
) -> Auth.types.FilterType | None:
    if is_studio_user(ctx.user):
        return None
    return {"owner": ctx.user.identity}


# Every store operation is moved under the caller's namespace.
@my_auth.on.store
async def scope_store(ctx: Auth.types.AuthContext, value: Auth.types.on.store.value) -> None:
    namespace = tuple(value.get("namespace") or ())
    if not namespace or namespace[0] != ctx.user.identity:
        namespace = (ctx.user.identity, *namespace)
    value["namespace"] = namespace


# Not in the reference example: a handler that refuses with its own status and
# detail, to show that Auth.exceptions.HTTPException reaches the client as is.
@my_auth.on.crons
async def no_crons(ctx: Auth.types.AuthContext, value: Any) -> None:
    raise Auth.exceptions.HTTPException(status_code=403, detail="crons are disabled here")


server_auth = my_auth.to_server()

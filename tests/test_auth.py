"""Auth: registration, validation, resolution order, the unit-test helpers, and the real server.

The server tests load tests/app/auth_app.py (the owner-scoped example with a
default deny, written with langgraph_client) through langgraph_auth.json and
talk to it over HTTP.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from langgraph_client.auth import RESOURCE_ACTIONS, Auth
from langgraph_client.auth.testing import Decision, Identity, authenticate, authorize, check

from tests._server import oldest_server, running_server
from tests.app import auth_app

ALICE = {"Authorization": "Bearer alice-token"}
BOB = {"Authorization": "Bearer bob-token"}


async def accept(ctx: Any, value: Any) -> None:
    return None


def handler_named(name: str) -> Any:
    async def handler(ctx: Any, value: Any) -> None:
        return None

    handler.__qualname__ = name
    return handler


# --- registration -----------------------------------------------------------


@pytest.mark.parametrize(
    ("resource", "action"),
    [(r, a) for r, actions in RESOURCE_ACTIONS.items() for a in actions],
)
def test_each_resource_action_decorator_registers_that_pair(resource: str, action: str) -> None:
    auth = Auth()
    getattr(getattr(auth.on, resource), action)(accept)
    assert auth.handlers() == {(resource, action): accept}


def test_resource_decorator_covers_every_action_of_the_resource() -> None:
    auth = Auth()
    auth.on.threads(accept)
    assert auth.handlers() == {("threads", "*"): accept}


def test_bare_on_registers_the_global_handler() -> None:
    auth = Auth()
    auth.on(accept)
    assert auth.handlers() == {("*", "*"): accept}


def test_resources_and_actions_select_every_pair() -> None:
    auth = Auth()
    auth.on(resources=["threads", "assistants"], actions=["read", "search"])(accept)
    assert set(auth.handlers()) == {
        ("threads", "read"),
        ("threads", "search"),
        ("assistants", "read"),
        ("assistants", "search"),
    }


def test_actions_alone_apply_to_any_resource() -> None:
    auth = Auth()
    auth.on(actions="create")(accept)
    assert auth.handlers() == {("*", "create"): accept}


def test_resource_decorator_takes_a_subset_of_its_actions() -> None:
    auth = Auth()
    auth.on.store(actions=["put", "get"])(accept)
    assert set(auth.handlers()) == {("store", "put"), ("store", "get")}


def test_decorators_return_the_handler_unchanged() -> None:
    auth = Auth()
    assert auth.on.threads.create(accept) is accept
    assert auth.on.assistants(accept) is accept


def test_value_types_mirror_the_decorators() -> None:
    assert Auth.types.on.threads.create.value is Auth.types.ThreadsCreate
    assert Auth.types.on.store.put.value is Auth.types.StorePut
    assert Auth().on.threads.create_run.value is Auth.types.RunsCreate


# --- validation -------------------------------------------------------------


def test_a_sync_handler_is_refused_at_registration() -> None:
    def sync(ctx: Any, value: Any) -> None:
        return None

    with pytest.raises(TypeError, match="must be an async function"):
        Auth().on.threads(sync)  # type: ignore[type-var]


@pytest.mark.parametrize("missing", ["ctx", "value"])
def test_a_handler_without_ctx_or_value_is_refused(missing: str) -> None:
    async def ctx_only(ctx: Any) -> None:
        return None

    async def value_only(value: Any) -> None:
        return None

    fn = value_only if missing == "ctx" else ctx_only
    with pytest.raises(TypeError, match=f"parameter named '{missing}'"):
        Auth().on(fn)


def test_a_handler_with_another_required_parameter_is_refused() -> None:
    async def needs_more(ctx: Any, value: Any, tenant: str) -> None:
        return None

    with pytest.raises(TypeError, match="never passes: tenant"):
        Auth().on.threads.read(needs_more)


def test_an_authenticator_asking_for_an_unknown_part_is_refused() -> None:
    async def who(authorization: str, cookie_jar: dict[str, str]) -> str:
        return "x"

    with pytest.raises(TypeError, match="asks for cookie_jar"):
        Auth().authenticate(who)


def test_a_sync_authenticator_is_refused() -> None:
    def who(authorization: str) -> str:
        return "x"

    with pytest.raises(TypeError, match="async"):
        Auth().authenticate(who)  # type: ignore[type-var]


def test_a_second_authenticator_is_refused() -> None:
    auth = Auth()

    async def who(headers: dict[bytes, bytes]) -> str:
        return "x"

    auth.authenticate(who)
    with pytest.raises(ValueError, match="already registered"):
        auth.authenticate(who)


def test_a_second_handler_for_the_same_pair_is_refused() -> None:
    auth = Auth()
    auth.on.threads.read(accept)
    with pytest.raises(ValueError, match=r"threads\.read is already registered"):
        auth.on(resources="threads", actions="read")(handler_named("again"))


def test_a_second_global_handler_is_refused() -> None:
    auth = Auth()
    auth.on(accept)
    with pytest.raises(ValueError, match="global handler is already registered"):
        auth.on(handler_named("again"))


def test_unknown_resources_and_actions_are_refused() -> None:
    with pytest.raises(ValueError, match="Unknown resource 'thread'"):
        Auth().on(resources="thread")(accept)
    with pytest.raises(ValueError, match="Unknown action 'create_run' for 'assistants'"):
        Auth().on.assistants(actions="create_run")(accept)
    with pytest.raises(ValueError, match="must not be empty"):
        Auth().on(actions=[])


def test_a_resource_decorator_refuses_other_resources() -> None:
    with pytest.raises(ValueError, match=r"use @auth\.on"):
        Auth().on.threads(resources="assistants")


def test_a_refused_registration_registers_nothing() -> None:
    auth = Auth()
    auth.on.assistants.search(accept)
    with pytest.raises(ValueError):
        auth.on(resources=["threads", "assistants"], actions="search")(handler_named("both"))
    assert auth.handlers() == {("assistants", "search"): accept}


# --- resolution -------------------------------------------------------------


def test_resolution_goes_from_the_exact_pair_to_the_global_handler() -> None:
    auth = Auth()
    exact, resource, action, fallback = (handler_named(n) for n in ("e", "r", "a", "g"))
    auth.on.threads.read(exact)
    auth.on.threads(resource)
    auth.on(actions="read")(action)
    auth.on(fallback)
    assert auth.resolve("threads", "read") is exact
    assert auth.resolve("threads", "delete") is resource
    assert auth.resolve("assistants", "read") is action
    assert auth.resolve("crons", "create") is fallback


def test_without_any_handler_nothing_is_resolved() -> None:
    assert Auth().resolve("threads", "read") is None


# --- exceptions -------------------------------------------------------------


def test_http_exception_defaults_to_401_with_its_reason_phrase() -> None:
    exc = Auth.exceptions.HTTPException()
    assert (exc.status_code, exc.detail, str(exc)) == (401, "Unauthorized", "401: Unauthorized")
    assert repr(Auth.exceptions.HTTPException(403, "no")) == (
        "HTTPException(status_code=403, detail='no')"
    )


# --- the unit-test helpers, on the example ----------------------------------


async def test_check_without_a_token_is_a_401_denial() -> None:
    decision = await check(auth_app.my_auth, "threads", "search", {})
    assert (decision.allowed, decision.status_code, decision.detail) == (
        False,
        401,
        "Unauthorized",
    )


async def test_authenticate_returns_the_user_and_permissions() -> None:
    identity = await authenticate(auth_app.my_auth, headers=ALICE)
    assert identity.user.identity == "alice"
    assert identity.user["display_name"] == "alice"
    assert identity.permissions == ("threads:write",)


async def test_authorize_applies_the_handler_to_a_copy_of_the_value() -> None:
    identity = await authenticate(auth_app.my_auth, headers=ALICE)
    value: dict[str, Any] = {"metadata": {"topic": "x"}}
    decision = await authorize(auth_app.my_auth, identity, "threads", "create", value)
    assert decision.allowed and decision.handler == "allow_thread_create"
    assert decision.value == {"metadata": {"topic": "x", "owner": "alice"}}
    assert value == {"metadata": {"topic": "x"}}


async def test_a_filter_comes_back_with_the_decision() -> None:
    decision = await check(auth_app.my_auth, "threads", "search", {}, headers=BOB)
    assert decision.allowed and decision.filter == {"owner": "bob"}


async def test_the_default_deny_refuses_unhandled_actions() -> None:
    decision = await check(auth_app.my_auth, "threads", "update", {}, headers=ALICE)
    assert decision == Decision(False, {}, None, 403, "Forbidden", "deny_all")


async def test_store_namespaces_are_rewritten_under_the_user() -> None:
    value = {"namespace": ("notes",), "key": "k", "value": {}}
    decision = await check(auth_app.my_auth, "store", "put", value, headers=BOB)
    assert decision.allowed and decision.value["namespace"] == ("bob", "notes")


async def test_a_handler_http_exception_is_the_denial() -> None:
    decision = await check(auth_app.my_auth, "crons", "create", {}, headers=ALICE)
    assert (decision.status_code, decision.detail) == (403, "crons are disabled here")


async def test_an_assertion_in_a_handler_is_a_403() -> None:
    auth = Auth()

    @auth.on
    async def must_be_admin(ctx: Auth.types.AuthContext, value: Any) -> None:
        if "admin" not in ctx.permissions:  # a plain assert is rewritten by pytest here
            raise AssertionError("admins only")

    decision = await authorize(auth, Identity(_user("eve")), "threads", "read")
    assert (decision.allowed, decision.status_code, decision.detail) == (False, 403, "admins only")


async def test_no_handler_accepts() -> None:
    decision = await authorize(Auth(), Identity(_user("eve")), "threads", "read", {"a": 1})
    assert decision == Decision(True, {"a": 1})


async def test_an_invalid_handler_result_is_an_error() -> None:
    auth = Auth()

    @auth.on
    async def odd(ctx: Any, value: Any) -> Any:
        return ["not", "a", "filter"]

    with pytest.raises(TypeError, match="returned list"):
        await authorize(auth, Identity(_user("eve")), "threads", "read")


@pytest.mark.parametrize(
    "returned",
    ["carol", {"identity": "carol", "permissions": ["p"]}, (["p"], {"identity": "carol"})],
)
async def test_authenticators_may_return_each_user_shape(returned: Any) -> None:
    auth = Auth()

    @auth.authenticate
    async def who(headers: dict[bytes, bytes], method: str) -> Any:
        assert headers[b"x-user"] == b"carol" and method == "POST"
        return returned

    identity = await authenticate(auth, headers={"X-User": "carol"}, method="POST")
    assert identity.user.identity == "carol" and identity.user.is_authenticated


def _user(name: str) -> Any:
    return Auth.types.StudioUser(name, is_authenticated=True)


# --- interop ----------------------------------------------------------------


def test_is_studio_user_knows_each_form_of_the_studio_user() -> None:
    from langgraph_client.auth import is_studio_user
    from langgraph_sdk.auth.types import StudioUser as ServerStudioUser

    assert is_studio_user(Auth.types.StudioUser("studio"))
    assert is_studio_user(ServerStudioUser("studio"))
    assert is_studio_user({"identity": "studio", "kind": "StudioUser"})


def test_is_studio_user_is_false_for_other_users() -> None:
    from langgraph_client.auth import is_studio_user

    assert not is_studio_user({"identity": "alice"})
    assert not is_studio_user({"identity": "alice", "kind": "User"})

    class Person:
        identity = "alice"

    assert not is_studio_user(Person())


def test_to_server_keeps_every_handler() -> None:
    from langgraph_sdk import Auth as ServerAuth

    assert isinstance(auth_app.server_auth, ServerAuth)
    server: Any = auth_app.server_auth  # its handler tables are private: read them untyped
    ours = auth_app.my_auth.handlers()
    global_handler = ours.pop(("*", "*"))
    assert {key: fns[0].__wrapped__ for key, fns in server._handlers.items()} == ours
    assert [fn.__wrapped__ for fn in server._global_handlers] == [global_handler]
    authenticator = server._authenticate_handler
    assert authenticator is not None
    assert inspect.signature(authenticator) == inspect.signature(auth_app.authenticate)


async def test_to_server_turns_our_http_exception_into_the_servers() -> None:
    from langgraph_sdk.auth.exceptions import HTTPException as ServerHTTPException

    handler = auth_app.server_auth._handlers["crons", "*"][0]
    with pytest.raises(ServerHTTPException) as raised:
        await handler(ctx=None, value={})
    assert (raised.value.status_code, raised.value.detail) == (403, "crons are disabled here")


# --- the real server ----------------------------------------------------------


@pytest.fixture(scope="module")
def auth_server() -> Iterator[httpx.Client]:
    with (
        running_server(config="langgraph_auth.json") as url,
        httpx.Client(base_url=url, timeout=30) as client,
    ):
        yield client


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "x"}])
def test_server_answers_401_without_a_valid_token(
    auth_server: httpx.Client, headers: dict[str, str]
) -> None:
    response = auth_server.post("/threads/search", json={}, headers=headers)
    # langgraph-api 0.4.48 answers the handler's 401 with 403.
    assert response.status_code == (403 if oldest_server() else 401)
    assert response.json() == {"detail": "Unauthorized"}


def test_server_users_see_only_their_own_threads(auth_server: httpx.Client) -> None:
    mine = auth_server.post("/threads", json={"metadata": {"topic": "a"}}, headers=ALICE)
    theirs = auth_server.post("/threads", json={}, headers=BOB)
    assert mine.status_code == theirs.status_code == 200
    assert mine.json()["metadata"] == {"topic": "a", "owner": "alice"}

    found = auth_server.post("/threads/search", json={"limit": 100}, headers=ALICE).json()
    assert mine.json()["thread_id"] in {t["thread_id"] for t in found}
    assert {t["metadata"]["owner"] for t in found} == {"alice"}
    other = auth_server.get(f"/threads/{theirs.json()['thread_id']}", headers=ALICE)
    assert other.status_code == 404
    own = auth_server.get(f"/threads/{mine.json()['thread_id']}", headers=ALICE)
    assert own.status_code == 200


def test_server_studio_requests_are_studio_users_who_search_every_thread(
    auth_server: httpx.Client,
) -> None:
    ids = {
        auth_server.post("/threads", json={}, headers=who).json()["thread_id"]
        for who in (ALICE, BOB)
    }
    studio = {"x-auth-scheme": "langsmith"}
    found = auth_server.post("/threads/search", json={"limit": 1000}, headers=studio).json()
    assert ids <= {thread["thread_id"] for thread in found}
    alone = auth_server.post("/threads/search", json={"limit": 1000}, headers=ALICE).json()
    assert not ids <= {thread["thread_id"] for thread in alone}


def test_server_default_deny_refuses_unhandled_actions(auth_server: httpx.Client) -> None:
    thread = auth_server.post("/threads", json={}, headers=ALICE).json()
    response = auth_server.patch(
        f"/threads/{thread['thread_id']}", json={"metadata": {"x": 1}}, headers=ALICE
    )
    if oldest_server():  # langgraph-api 0.4.48 says it as text
        assert (response.status_code, response.text) == (403, "Forbidden")
    else:
        assert (response.status_code, response.json()) == (403, {"detail": "Forbidden"})


def test_server_passes_a_handler_http_exception_through(auth_server: httpx.Client) -> None:
    response = auth_server.post("/runs/crons/search", json={}, headers=ALICE)
    if oldest_server():  # no crons before langgraph-api 0.5.41: the handler is never asked
        assert response.status_code == 404
        return
    assert response.status_code == 403
    assert response.json() == {"detail": "crons are disabled here"}


def test_server_scopes_store_operations_to_the_user(auth_server: httpx.Client) -> None:
    item = {"namespace": ["notes"], "key": "k", "value": {"text": "alice's"}}
    assert auth_server.put("/store/items", json=item, headers=ALICE).status_code == 204

    mine = auth_server.get("/store/items", params={"namespace": "notes", "key": "k"}, headers=ALICE)
    if oldest_server():  # langgraph-api 0.4.48 applies no namespace a store handler sets
        assert mine.json()["namespace"] == ["notes"]
        theirs = auth_server.get(
            "/store/items", params={"namespace": "notes", "key": "k"}, headers=BOB
        )
        assert theirs.json()["value"] == {"text": "alice's"}
        return
    assert mine.json()["namespace"] == ["alice", "notes"]
    assert mine.json()["value"] == {"text": "alice's"}
    # Bob's request is rewritten to his own namespace, where nothing is stored.
    theirs = auth_server.get("/store/items", params={"namespace": "notes", "key": "k"}, headers=BOB)
    assert (theirs.status_code, theirs.json()) == (200, None)
    snooping = auth_server.post(
        "/store/items/search", json={"namespace_prefix": ["alice"]}, headers=BOB
    )
    assert snooping.json() == {"items": []}
    listed = auth_server.post("/store/namespaces", json={}, headers=ALICE).json()
    assert listed["namespaces"] == [["alice", "notes"]]

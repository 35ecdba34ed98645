"""Priority: registering the assign handler, running it as the server would, and handing it
to the server's class.

The in-memory server of our window (langgraph-api 0.16.7) does not load a priority handler
yet, so these tests stop at langgraph-sdk's ``Priority``, the object the server loads.
"""

from __future__ import annotations

import enum
from typing import Any

import pytest
from langgraph_client.auth.types import StudioUser
from langgraph_client.encryption import DuplicateHandlerError
from langgraph_client.priority import Priority, PriorityContext, PrioritySettings


def context(**changes: Any) -> PriorityContext:
    fields: dict[str, Any] = {
        "user": StudioUser("alice", is_authenticated=True),
        "permissions": ["premium"],
        "thread_id": "t-1",
        "thread_metadata": {},
        "assistant_id": "a-1",
        "graph_id": "agent",
        "assistant_metadata": {},
        "run_metadata": {},
        "cron_id": None,
        **changes,
    }
    return PriorityContext(**fields)


def with_handler(settings: Any) -> Priority:
    priority = Priority()

    @priority.assign
    async def assign(ctx: PriorityContext) -> Any:
        return settings

    return priority


def test_assign_registers_the_handler_and_returns_it() -> None:
    priority = Priority()

    async def assign(ctx: PriorityContext) -> PrioritySettings | None:
        return None

    assert priority.assign(assign) is assign
    assert priority.assign_handler is assign


def test_a_second_assign_handler_is_refused() -> None:
    priority = with_handler(None)

    async def again(ctx: PriorityContext) -> None:
        return None

    with pytest.raises(DuplicateHandlerError, match="already registered"):
        priority.assign(again)


def test_a_sync_assign_handler_is_refused() -> None:
    def assign(ctx: PriorityContext) -> None:
        return None

    with pytest.raises(TypeError, match="async function"):
        Priority().assign(assign)  # type: ignore[type-var]


def test_an_assign_handler_must_take_only_ctx() -> None:
    async def assign(ctx: PriorityContext, extra: Any) -> None:
        return None

    with pytest.raises(TypeError, match=r"exactly one positional parameter \(ctx\); it takes 2"):
        Priority().assign(assign)  # type: ignore[type-var]


def test_the_context_is_frozen() -> None:
    ctx = context()
    with pytest.raises(AttributeError):
        ctx.thread_id = "t-2"  # type: ignore[misc]


async def test_run_assign_gives_the_handlers_settings() -> None:
    priority = Priority()

    @priority.assign
    async def assign(ctx: PriorityContext) -> PrioritySettings | None:
        return {"priority": -3 if "premium" in ctx.permissions else 0, "fairness_group": "org"}

    assert await priority.run_assign(context()) == {"priority": -3, "fairness_group": "org"}
    assert await priority.run_assign(context(permissions=[])) == {
        "priority": 0,
        "fairness_group": "org",
    }


async def test_run_assign_without_a_handler_or_settings_is_none() -> None:
    assert await Priority().run_assign(context()) is None
    assert await with_handler(None).run_assign(context()) is None


@pytest.mark.parametrize("level", [-6, 6, True, "1", 1.0])
async def test_run_assign_refuses_a_priority_outside_minus_five_to_five(level: Any) -> None:
    with pytest.raises(ValueError, match="from -5 to 5"):
        await with_handler({"priority": level}).run_assign(context())


async def test_run_assign_takes_the_bounds_and_a_fairness_group_of_256() -> None:
    class Level(enum.IntEnum):  # an IntEnum's member is an integer
        LOW = 5

    for level in (-5, 5, Level.LOW):
        settings = {"priority": level, "fairness_group": "g" * 256}
        assert await with_handler(settings).run_assign(context()) == settings


async def test_run_assign_refuses_a_fairness_group_longer_than_256() -> None:
    with pytest.raises(ValueError, match="at most 256"):
        await with_handler({"fairness_group": "g" * 257}).run_assign(context())


async def test_run_assign_refuses_a_fairness_group_that_is_not_a_string() -> None:
    with pytest.raises(TypeError, match="fairness_group must be a string, not 7"):
        await with_handler({"fairness_group": 7}).run_assign(context())


async def test_run_assign_refuses_an_answer_that_is_not_settings() -> None:
    with pytest.raises(TypeError, match="dict of settings or None"):
        await with_handler(-3).run_assign(context())


def test_to_server_registers_the_handler_on_langgraph_sdks_priority_without_warning() -> None:
    from langgraph_sdk.priority import Priority as ServerPriority

    priority = with_handler({"priority": 1})
    server: Any = priority.to_server()  # warnings are errors in the tests
    assert isinstance(server, ServerPriority)
    assert server._assign_handler is priority.assign_handler


async def test_the_handler_reads_the_context_the_server_passes() -> None:
    from langgraph_sdk.auth.types import StudioUser as ServerStudioUser
    from langgraph_sdk.priority.types import PriorityContext as ServerPriorityContext

    priority = Priority()

    @priority.assign
    async def assign(ctx: PriorityContext) -> PrioritySettings | None:
        return {"priority": 2} if ctx.cron_id is not None else None

    names = list(PriorityContext.__dataclass_fields__)
    assert names == list(ServerPriorityContext.__dataclass_fields__)
    fields = {name: getattr(context(), name) for name in names}
    server_ctx: Any = ServerPriorityContext(
        **{**fields, "user": ServerStudioUser("studio"), "cron_id": "c-1"}
    )
    assert await priority.run_assign(server_ctx) == {"priority": 2}


def test_the_package_names_the_types_where_langgraph_sdk_does() -> None:
    import langgraph_client
    from langgraph_client import priority

    assert langgraph_client.Priority is priority.Priority
    assert langgraph_client.PriorityContext is priority.types.PriorityContext
    assert langgraph_client.PrioritySettings is priority.types.PrioritySettings
    assert Priority.types is priority.types

"""Run priority for a LangGraph server (a beta API of the server).

from langgraph_client.priority import Priority, PriorityContext, PrioritySettings

priority = Priority()

@priority.assign
async def assign(ctx: PriorityContext) -> PrioritySettings | None:
    return {"priority": -2} if "premium" in ctx.permissions else None

server_priority = priority.to_server()  # langgraph.json "priority.path"

The server calls the handler at the first run of a thread that has no settings yet, stores
what it returns on the thread, and uses that for the thread's later runs. It may call it
more than once for a thread (after a failure, say) and keeps one answer: keep the handler
free of side effects.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, TypeVar

from langgraph_client.encryption._encryption import (
    DuplicateHandlerError,
    LangGraphBetaWarning,
    fill,
)
from langgraph_client.priority import types
from langgraph_client.priority.types import PriorityContext, PrioritySettings

if TYPE_CHECKING:
    from langgraph_sdk.priority import Priority as ServerPriority  # type: ignore[import-not-found, unused-ignore]

__all__ = [
    "MAX_FAIRNESS_GROUP_LENGTH",
    "PRIORITY_RANGE",
    "AssignHandler",
    "DuplicateHandlerError",
    "LangGraphBetaWarning",
    "Priority",
    "PriorityContext",
    "PrioritySettings",
    "types",
]

#: ``async def (ctx: PriorityContext) -> PrioritySettings | None``.
AssignHandler = Callable[[PriorityContext], Awaitable[PrioritySettings | None]]

#: The priorities a thread may have: -5 runs first, 5 last.
PRIORITY_RANGE = range(-5, 6)

#: The longest fairness group the server takes.
MAX_FAIRNESS_GROUP_LENGTH = 256

H = TypeVar("H", bound=AssignHandler)


class Priority:
    """One ``@priority.assign`` handler, deciding the priority settings of new threads.

    Point langgraph.json's ``priority.path`` at ``priority.to_server()``. The server calls
    this API beta; ``run_assign`` runs the handler as the server would, for tests.
    """

    __slots__ = ("_handlers",)

    types = types
    """The handler-facing types: ``PriorityContext`` and ``PrioritySettings``."""

    def __init__(self) -> None:
        self._handlers: dict[str, AssignHandler] = {}

    def assign(self, fn: H) -> H:
        """Register ``async def (ctx: PriorityContext) -> PrioritySettings | None``.

        Raises:
            DuplicateHandlerError: a handler is registered already.
            TypeError: ``fn`` is not ``async def`` or does not take one positional parameter.
        """
        fill(self._handlers, "assign", "Priority assign handler", fn, ("ctx",))
        return fn

    @property
    def assign_handler(self) -> AssignHandler | None:
        """The registered handler, or ``None``."""
        return self._handlers.get("assign")

    async def run_assign(self, ctx: PriorityContext) -> PrioritySettings | None:
        """The handler's settings for ``ctx``, checked as the server checks them.

        ``None`` without a handler or when the handler returns ``None`` (every default).

        Raises:
            ValueError: a priority outside -5 to 5, or a fairness group longer than 256
                characters.
            TypeError: the handler returned something other than a mapping or ``None``, or a
                fairness group that is not a string.
        """
        handler = self.assign_handler
        settings = None if handler is None else await handler(ctx)
        if settings is None:
            return None
        if not isinstance(settings, Mapping):
            raise TypeError(
                "A priority assign handler must return a dict of settings or None, "
                f"got {type(settings).__name__}."
            )
        level = settings.get("priority")
        integer = isinstance(level, int) and not isinstance(level, bool)  # an IntEnum's member too
        if level is not None and (not integer or level not in PRIORITY_RANGE):
            raise ValueError(f"priority must be an integer from -5 to 5, not {level!r}.")
        group = settings.get("fairness_group")
        if group is not None and not isinstance(group, str):
            raise TypeError(f"fairness_group must be a string, not {group!r}.")
        if group is not None and len(group) > MAX_FAIRNESS_GROUP_LENGTH:
            raise ValueError(
                f"fairness_group must be at most {MAX_FAIRNESS_GROUP_LENGTH} characters, "
                f"not {len(group)}."
            )
        return settings

    def to_server(self) -> ServerPriority:
        """This handler on langgraph-sdk's ``Priority``, the class the server loads: the object
        for langgraph.json's ``priority.path``."""
        from langgraph_sdk.priority import Priority as ServerPriority  # type: ignore[import-not-found, unused-ignore]

        from langgraph_client.encryption._interop import beta

        server = beta(ServerPriority)
        if self.assign_handler is not None:
            server.assign(self.assign_handler)
        return server  # type: ignore[no-any-return, unused-ignore]

    def __repr__(self) -> str:
        handler = getattr(self.assign_handler, "__qualname__", None)
        return f"Priority(assign={handler!r})"

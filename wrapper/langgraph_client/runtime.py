"""What a graph factory receives from the LangGraph server: ``ServerRuntime``.

A factory (the function langgraph.json names instead of a compiled graph) may
take a ``runtime: ServerRuntime`` parameter. The server calls it for runs and
also to read state, update state or describe the graph; ``access_context`` says
which. Whatever the context, the factory must build the same graph shape; use
``runtime.execution_runtime`` to set up costly resources only for runs.

The server recognises the parameter by its annotation's name, so write the
module with ``from __future__ import annotations`` (or quote the annotation):

    from __future__ import annotations
    from langgraph_client.runtime import ServerRuntime

    async def make_graph(runtime: ServerRuntime[MyContext]): ...
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

from langgraph_client.auth.types import BaseUser

if TYPE_CHECKING:
    from langgraph.store.base import BaseStore  # type: ignore[import-not-found, unused-ignore]

__all__ = ["AccessContext", "ServerRuntime"]

ContextT = TypeVar("ContextT")

AccessContext = Literal["threads.create_run", "threads.update", "threads.read", "assistants.read"]
"""Why the factory is called.

``threads.create_run``: to execute a run (nodes run; ``context`` is set).
``threads.update``: to apply a state update (no node runs).
``threads.read``: to read state or history.
``assistants.read``: to describe the graph (schemas, drawing, subgraphs).
"""


@dataclass(kw_only=True, slots=True, frozen=True)
class _ServerRuntimeBase(Generic[ContextT]):
    """What every call of a factory receives."""

    access_context: AccessContext
    user: BaseUser | None = field(default=None)
    """The authenticated user; None when the server has no custom auth."""
    store: BaseStore
    """The server's store, for memories that outlive a thread."""

    @property
    def execution_runtime(self) -> _ExecutionRuntime[ContextT] | None:
        """This runtime when the call is for a run (it then has ``context``), else None."""
        return self if isinstance(self, _ExecutionRuntime) else None

    def ensure_user(self) -> BaseUser:
        """The authenticated user; ``PermissionError`` when there is none."""
        if self.user is None:
            raise PermissionError(
                f"No authenticated user in access context {self.access_context!r}: "
                "configure custom auth for the server to have one."
            )
        return self.user


@dataclass(kw_only=True, slots=True, frozen=True)
class _ExecutionRuntime(_ServerRuntimeBase[ContextT], Generic[ContextT]):
    """The runtime of a call made to execute a run."""

    context: ContextT = field(default=None)  # type: ignore[assignment]
    """The run's context, typed by the graph's ``context_schema``."""


@dataclass(kw_only=True, slots=True, frozen=True)
class _ReadRuntime(_ServerRuntimeBase[ContextT], Generic[ContextT]):
    """The runtime of a call made to read, update or describe the graph."""


ServerRuntime = _ExecutionRuntime[ContextT] | _ReadRuntime[ContextT]
"""The runtime a graph factory receives; ``ServerRuntime[MyContext]`` types ``context``."""

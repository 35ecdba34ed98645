"""``client.threads``: conversations, their state and history, and their event streams."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import aclosing
from typing import TYPE_CHECKING, Any, Concatenate, Literal, ParamSpec

from langgraph_api_client.resources import (
    NOT_GIVEN,
    QueryParams,
    SyncThreadsMethods,
    ThreadsMethods,
    client_named,
)

from ._resource import Resource, checked, given, json_object, modes, ttl_body
from ._sync import async_stream, syncify, syncify_stream
from .sse import StreamPart

if TYPE_CHECKING:
    from langgraph_api_client.models import (
        Thread,
        ThreadState,
    )

    from .client import TimeoutTypes
    from .protocol import AsyncThreadStream, SyncThreadStream
    from .schema import Checkpoint


P = ParamSpec("P")


class ThreadsClient(Resource, ThreadsMethods):
    """Threads: create, read, search, update, copy, prune and delete them; read and write
    their state; stream what happens on them."""

    async def create(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        thread_id: str | None = None,
        if_exists: Literal["raise", "do_nothing"] | None = None,
        supersteps: Sequence[Mapping[str, Sequence[Mapping[str, Any]]]] | None = None,
        graph_id: str | None = None,
        ttl: int | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Thread:
        """A new thread. ``graph_id`` is stored in its metadata; ``supersteps`` pre-fill its
        state; ``ttl`` is minutes (or ``{"ttl": minutes, "strategy": ...}``).

        Without ``thread_id`` (and ``if_exists``), the client names the thread (a UUID) and
        sends ``if_exists="do_nothing"``, so the request is retried like a safe one: a retry
        after a cut connection returns the thread the first attempt made, never a second."""
        from langgraph_api_client.api.threads import create_thread as op
        from langgraph_api_client.models import (
            ErrorResponse,
            Metadata,
            ThreadCreate,
            ThreadSuperstep,
            ThreadTtl,
        )

        from .errors import SuperstepsError

        thread_id, if_exists = client_named(thread_id, if_exists)
        if graph_id:
            metadata = {**(metadata or {}), "graph_id": graph_id}
        body = ThreadCreate(
            thread_id=given(thread_id),
            metadata=json_object(Metadata, metadata or None),
            if_exists=given(if_exists),
            ttl=json_object(ThreadTtl, ttl_body(ttl)),
            supersteps=given(
                [ThreadSuperstep.from_dict(step) for step in supersteps] if supersteps else None
            ),
        )
        kwargs = op.get_kwargs(body=checked(body))
        created = await self._core.call(
            kwargs,
            op.parse_response,
            headers=headers,
            params=params,
            retry_safe=if_exists == "do_nothing",
            timeout=timeout,
        )
        if isinstance(created, ErrorResponse):
            raise SuperstepsError(created.detail)
        return created

    async def get_state(
        self,
        thread_id: str,
        checkpoint: Checkpoint | Mapping[str, Any] | None = None,
        checkpoint_id: str | None = None,
        *,
        subgraphs: bool = False,
        select: list[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> ThreadState:
        """The thread's state: the latest, or at ``checkpoint`` (a checkpoint mapping) or
        ``checkpoint_id``. ``subgraphs=True`` includes the state of subgraphs. ``select`` is
        not sent: no server this client supports (up to langgraph-api 0.16.7) reads it, so
        the whole state comes back."""
        from langgraph_api_client.api.threads import (
            get_thread_state,
            get_thread_state_at_checkpoint,
            get_thread_state_at_checkpoint_config,
        )

        if checkpoint:
            from langgraph_api_client.models import Checkpoint as CheckpointModel
            from langgraph_api_client.models import ThreadStateCheckpointRequest

            body = ThreadStateCheckpointRequest(
                checkpoint=CheckpointModel.from_dict(checkpoint), subgraphs=subgraphs
            )
            op = get_thread_state_at_checkpoint_config
            kwargs = op.get_kwargs(thread_id, body=checked(body))
            return await self._core.call(
                kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
            )
        if checkpoint_id:
            kwargs = get_thread_state_at_checkpoint.get_kwargs(
                thread_id, checkpoint_id, subgraphs=subgraphs
            )
            parse = get_thread_state_at_checkpoint.parse_response
        else:
            kwargs = get_thread_state.get_kwargs(thread_id, subgraphs=subgraphs)
            parse = get_thread_state.parse_response
        return await self._core.call(kwargs, parse, headers=headers, params=params, timeout=timeout)

    def stream(
        self,
        thread_id: str | None = None,
        *,
        assistant_id: str,
        headers: Mapping[str, str] | None = None,
        run_start_timeout: float | None = None,
        transport: Literal["sse", "websocket"] = "sse",
    ) -> AsyncThreadStream:
        """The thread ``thread_id`` (a new one when None) driven through the streaming
        protocol, to use with ``async with``: start runs of ``assistant_id`` and answer their
        interrupts (``thread.run``), read their events and values as they happen. ``headers``
        go with every request of the stream; ``run_start_timeout`` bounds how long a reader
        waits for a ``run.start`` in flight. ``transport="websocket"`` reads the events over
        a websocket (commands still go over HTTP); it needs the ``websocket`` extra."""
        from .protocol import AsyncThreadStream, check_transport

        check_transport(transport)
        return AsyncThreadStream(
            self._core,
            thread_id,
            assistant_id=assistant_id,
            headers=headers,
            run_start_timeout=run_start_timeout,
            transport=transport,
        )

    @async_stream
    async def join_stream(
        self,
        thread_id: str,
        *,
        last_event_id: str | None = None,
        stream_mode: str | Sequence[str] = "run_modes",
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> AsyncIterator[StreamPart]:
        """Every event of every run on the thread, as it happens; from ``last_event_id`` on
        if given."""
        from langgraph_api_client.api.threads import join_thread_stream as op

        # The server reads ``stream_modes``, one name or several joined by commas.
        kwargs = op.get_kwargs(thread_id, stream_modes=modes(stream_mode) or [])
        parts = self._core.stream(
            kwargs, headers=headers, params=params, last_event_id=last_event_id, timeout=timeout
        )
        async with aclosing(parts):
            async for part in parts:
                yield part


def sync_thread_stream(
    method: Callable[Concatenate[Any, P], AsyncThreadStream],
) -> Callable[Concatenate[Any, P], SyncThreadStream]:
    """The sync twin of ``ThreadsClient.stream``: the same arguments, checked and kept by the
    same method, made into a ``SyncThreadStream`` over the sync client's core. The protocol
    module is loaded on first use, not with the client."""

    @functools.wraps(method)
    def sync_method(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> SyncThreadStream:
        from .protocol import SyncThreadStream

        return SyncThreadStream._twin_of(method(self, *args, **kwargs))

    return sync_method


class SyncThreadsClient(Resource, SyncThreadsMethods):
    """The blocking twin of ``ThreadsClient``: the same methods, the same bodies."""

    create = syncify(ThreadsClient.create)
    get_state = syncify(ThreadsClient.get_state)
    stream = sync_thread_stream(ThreadsClient.stream)
    join_stream = syncify_stream(ThreadsClient.join_stream)

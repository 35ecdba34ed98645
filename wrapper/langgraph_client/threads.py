"""``client.threads``: conversations, their state and history, and their event streams."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Concatenate, Literal, ParamSpec

from langgraph_api_client.resources import (
    NOT_GIVEN,
    QueryParams,
    SyncThreadsMethods,
    ThreadsMethods,
    stream_modes,
)
from langgraph_api_client.sync import async_stream, syncify_stream

from ._resource import Resource
from .sse import StreamPart

if TYPE_CHECKING:
    from .client import TimeoutTypes
    from .protocol import AsyncThreadStream, SyncThreadStream


P = ParamSpec("P")


class ThreadsClient(Resource, ThreadsMethods):
    """Threads: create, read, search, update, copy, prune and delete them; read and write
    their state; stream what happens on them."""

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
    def join_stream(
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
        kwargs = op.get_kwargs(thread_id, stream_modes=stream_modes(stream_mode) or [])
        return self._core.stream(
            kwargs, headers=headers, params=params, last_event_id=last_event_id, timeout=timeout
        )


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

    stream = sync_thread_stream(ThreadsClient.stream)
    join_stream = syncify_stream(ThreadsClient.join_stream)

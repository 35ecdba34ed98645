"""What the endpoint functions send through: a `langgraph_client` client (or its core).

The endpoint functions hold no HTTP code: `get_kwargs` builds a request, `parse_response`
reads an answer, and the client passed as `client=` sends it. The client is the one of
`langgraph_client`, so a generated function behaves as the client's own methods do (its
headers and API key, timeouts, retries of requests safe to repeat with `Retry-After`, the
answer size cap, typed errors, `UnsupportedOperationError` on a server too old for the
operation, resumed event streams):

    from langgraph_client import get_client, get_sync_client
    from langgraph_api_client.api.threads import get_thread

    with get_sync_client(url="http://localhost:2024") as client:
        thread = get_thread.sync(thread_id, client=client)  # sync, sync_detailed, stream

    async with get_client(url="http://localhost:2024") as client:
        thread = await get_thread.asyncio(thread_id, client=client)  # asyncio*, astream

Anything with the methods of `SyncSender` (for `sync`, `sync_detailed`, `stream`) or of
`AsyncSender` (for `asyncio`, `asyncio_detailed`, `astream`) will do.
"""

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from types import ModuleType
from typing import Any, Protocol, TypeVar

import httpx

T = TypeVar("T")


class EventPart(Protocol):
    """One event of a stream (`langgraph_client.StreamPart`): its name, data and id."""

    @property
    def event(self) -> str: ...

    @property
    def data(self) -> Any: ...

    @property
    def id(self) -> str | None: ...


class SyncSender(Protocol):
    """A sync client, as `langgraph_client.get_sync_client()` returns, or its core."""

    def send_operation(self, kwargs: Mapping[str, Any], parse: Callable[[httpx.Response], T]) -> T:
        """Send the request `kwargs` (an endpoint's `get_kwargs`) and return `parse` of the
        final answer; `parse` raises the typed error of a non-2xx answer."""
        ...

    def stream_operation(
        self, kwargs: Mapping[str, Any], operation: ModuleType, *, resumable: bool
    ) -> AbstractContextManager[Iterator[EventPart]]:
        """Open the event stream `kwargs` asks for (`operation`: the endpoint's module) and
        give its events as they arrive; a non-2xx answer raises its typed error on entering.
        A `resumable` stream that is cut is resumed where it stopped."""
        ...


class AsyncSender(Protocol):
    """An async client, as `langgraph_client.get_client()` returns, or its core."""

    async def asend_operation(
        self, kwargs: Mapping[str, Any], parse: Callable[[httpx.Response], T]
    ) -> T:
        """The async `SyncSender.send_operation`."""
        ...

    def astream_operation(
        self, kwargs: Mapping[str, Any], operation: ModuleType, *, resumable: bool
    ) -> AbstractAsyncContextManager[AsyncIterator[EventPart]]:
        """The async `SyncSender.stream_operation`."""
        ...

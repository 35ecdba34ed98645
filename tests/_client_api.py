"""Run one test body against both clients: ``LangGraphClient`` and ``SyncLangGraphClient``.

The ``api`` fixture (tests/_client_fixtures.py) is parametrized over the two flavours and
gives an ``Api``: every resource method is reached the same way,
``await api.threads.create(...)``, whatever the client. A coroutine is awaited, a sync
result is returned as it is, and a stream (an async or a sync iterator) is read to the end
and returned as a list of ``StreamPart``s. The client itself is ``api.client``, for the few
tests that must read a stream part by part.
"""

from __future__ import annotations

import contextlib
import inspect
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

from langgraph_client import LangGraphClient, SyncLangGraphClient, get_client, get_sync_client


async def settle(result: Any) -> Any:
    """The value of a client call, the same for both flavours (streams become lists)."""
    if inspect.isawaitable(result) and not hasattr(result, "__aiter__"):
        return await result
    if hasattr(result, "__aiter__"):
        return [part async for part in result]
    if isinstance(result, Iterator):
        return list(result)
    return result


class _Resource:
    __slots__ = ("_target",)

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._target, name)

        async def call(*args: Any, **kwargs: Any) -> Any:
            return await settle(method(*args, **kwargs))

        return call


class Api:
    """One client, called the same way whether it is the async or the sync one."""

    def __init__(self, client: LangGraphClient | SyncLangGraphClient) -> None:
        self.client = client
        self.is_async = isinstance(client, LangGraphClient)

    def __getattr__(self, resource: str) -> _Resource:
        return _Resource(getattr(self.client, resource))

    def __repr__(self) -> str:
        return f"<Api {'async' if self.is_async else 'sync'}>"


@contextlib.asynccontextmanager
async def client_of(kind: str, url: str, **options: Any) -> AsyncIterator[Api]:
    """The ``kind`` ("async" or "sync") client of the server at ``url``, as an ``Api``."""
    if kind == "async":
        async with get_client(url=url, **options) as client:
            yield Api(client)
    else:
        with get_sync_client(url=url, **options) as sync_client:
            yield Api(sync_client)


def unique(prefix: str = "t") -> str:
    """A label no other test uses: tests share one server."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def wire(value: Any) -> Any:
    """A result as the JSON the server sent: generated models become plain dicts and lists."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [wire(item) for item in value]
    return value


async def read_until(stream: Any, done: Any) -> list[Any]:
    """The items of an async or sync stream, up to the first for which ``done`` is true."""
    seen: list[Any] = []
    if hasattr(stream, "__aiter__"):
        async for item in stream:
            seen.append(item)
            if done(item):
                break
        await stream.aclose()
    else:
        for item in stream:
            seen.append(item)
            if done(item):
                break
        stream.close()
    return seen

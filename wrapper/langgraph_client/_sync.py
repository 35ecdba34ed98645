"""One definition for both clients: async methods, driven synchronously for the sync client.

Every resource method is written once, as a coroutine (or an async generator for streams)
over the client's core. The async client runs it on the event loop. The sync client's core
never suspends (its primitives call ``httpx.Client`` directly inside ``async def``), so the
same coroutine runs to completion with a single ``send(None)`` and no event loop at all:

    class SyncThreadsClient(_ThreadsBase):
        get = syncify(ThreadsClient.get)
        join_stream = syncify_stream(ThreadsClient.join_stream)

If a coroutine driven this way does suspend, a sync method awaited something asynchronous,
which is a bug in this package: ``run_sync`` says so instead of hanging.
"""

from __future__ import annotations

import functools
import os
import sys
import types
import warnings
from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Iterator
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar

import langgraph_api_client

P = ParamSpec("P")
T = TypeVar("T")

__all__ = ["AsyncStream", "async_stream", "deprecated", "run_sync", "syncify", "syncify_stream"]

#: The packages whose frames ``deprecated`` passes over: this one, and the generated one whose
#: resource methods call into it.
_PACKAGES = tuple(
    os.path.dirname(os.path.abspath(path)) + os.sep
    for path in (__file__, langgraph_api_client.__file__)
)


def deprecated(message: str) -> None:
    """Warn with ``DeprecationWarning`` at the line of the code that called this package.

    A fixed ``stacklevel`` cannot: the sync client runs a method through ``syncify`` and
    ``run_sync``, the async one is awaited from the caller's coroutine, so the caller is a
    different number of frames away. The frames inside this package are skipped instead.
    """
    frame = sys._getframe(1)
    level = 2  # the caller of this function
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGES):
        frame = frame.f_back
        level += 1
    warnings.warn(message, DeprecationWarning, stacklevel=level)


def _suspended(what: object) -> RuntimeError:
    return RuntimeError(
        f"{what!r} suspended while driven synchronously: the sync client awaited "
        "something asynchronous (a bug in langgraph_client)"
    )


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine that never suspends to completion and return its result."""
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    coro.close()
    raise _suspended(coro)


def syncify(
    method: Callable[Concatenate[Any, P], Coroutine[Any, Any, T]],
) -> Callable[Concatenate[Any, P], T]:
    """The sync twin of an async method: same parameters, same body, no event loop."""

    @functools.wraps(method)
    def sync_method(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return run_sync(method(self, *args, **kwargs))

    return sync_method


#: Marks the parts ``_pump`` passes out, as opposed to a (buggy) real suspension.
_PART = object()


@types.coroutine
def _pump(agen: AsyncIterator[T]) -> Generator[Any, None, None]:
    """Run ``agen`` as one coroutine that passes each of its parts out as ``(_PART, part)``.

    Awaiting each step inside a coroutine takes its result the cheap way (no exception
    caught in Python per part); a step that really suspends is passed out as is.
    """
    anext = agen.__anext__
    while True:
        try:
            part = yield from anext()  # type: ignore[misc]
        except StopAsyncIteration:
            return
        yield _PART, part


def _iterate_sync(agen: AsyncIterator[T]) -> Generator[T, None, None]:
    """Drive an async generator that never suspends, closing it however iteration ends."""
    pump = _pump(agen)
    step = pump.send
    suspended = False
    try:
        while True:
            try:
                got = step(None)
            except StopIteration:
                return
            if got.__class__ is not tuple or got[0] is not _PART:
                suspended = True
                raise _suspended(agen)
            yield got[1]
    finally:
        pump.close()
        aclose = getattr(agen, "aclose", None)
        if aclose is not None and not suspended:  # a suspended one is stuck mid-step
            run_sync(aclose())


class AsyncStream(Generic[T]):
    """An async iterator over stream parts that can also be awaited (returning itself).

    langgraph-sdk's ``threads.join_stream`` is a coroutine that returns an async iterator,
    its other streaming methods are async iterators: both spellings work here,
    ``async for part in client.threads.join_stream(...)`` and
    ``async for part in await client.threads.join_stream(...)``.
    """

    __slots__ = ("_agen",)

    def __init__(self, agen: AsyncIterator[T]) -> None:
        self._agen = agen

    def __aiter__(self) -> AsyncIterator[T]:
        # `async for` gets the generator itself: no extra coroutine per part.
        return self._agen

    async def __anext__(self) -> T:
        return await self._agen.__anext__()

    def __await__(self) -> Generator[Any, None, AsyncStream[T]]:
        yield from ()
        return self

    async def aclose(self) -> None:
        """Stop the stream and release its connection."""
        aclose = getattr(self._agen, "aclose", None)
        if aclose is not None:
            await aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def async_stream(
    method: Callable[Concatenate[Any, P], AsyncIterator[T]],
) -> Callable[Concatenate[Any, P], AsyncStream[T]]:
    """Decorate an async-generator method so that it returns an awaitable ``AsyncStream``."""

    @functools.wraps(method)
    def stream_method(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> AsyncStream[T]:
        return AsyncStream(method(self, *args, **kwargs))

    return stream_method


def syncify_stream(
    method: Callable[Concatenate[Any, P], AsyncStream[T]],
) -> Callable[Concatenate[Any, P], Iterator[T]]:
    """The sync twin of an ``async_stream`` method: a generator over the same parts."""
    generator: Callable[..., AsyncIterator[T]] = method.__wrapped__  # type: ignore[attr-defined]

    @functools.wraps(generator)
    def sync_method(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        return _iterate_sync(generator(self, *args, **kwargs))

    return sync_method

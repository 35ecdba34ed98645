"""A key/value cache for code that runs in a LangGraph deployment, usable anywhere.

Inside a LangGraph server, ``cache_get``, ``cache_set`` and ``swr`` use the server's own
cache; anywhere else an embedded in-process cache with the same rules, so the same code
runs in local scripts and unit tests: values must be JSON-serializable (else ``TypeError``
naming the key), and a TTL is at most one day (none, or zero, means one day).
``EmbeddedCache(clock=...)`` takes a clock, so tests move time instead of sleeping.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Generic, Literal, Protocol, TypeVar, cast

import orjson

__all__ = [
    "MAX_TTL",
    "CacheStatus",
    "EmbeddedCache",
    "SWRResult",
    "backend_name",
    "cache_get",
    "cache_set",
    "get_embedded_cache",
    "swr",
]

T = TypeVar("T")

CacheStatus = Literal["miss", "fresh", "stale", "expired"]

#: The longest time an entry is kept, and the TTL of an entry set without one.
MAX_TTL = timedelta(days=1)

#: How many entries the embedded cache holds before dropping the least recently used.
EMBEDDED_MAX_ENTRIES = 10_000

_UNSET: Any = object()
_SERVER_MODULE = "langgraph_api.server"

logger = logging.getLogger(__name__)


class _Model(Protocol):
    """What ``swr(model=...)`` needs of a model class (pydantic's API)."""

    def model_validate(self, obj: Any) -> Any: ...


def _encode(key: str, value: Any) -> bytes:
    try:
        return orjson.dumps(value)
    except TypeError as exc:
        raise TypeError(
            f"Cache value for key {key!r} is not JSON-serializable ({exc}); store dicts, "
            "lists, strings, numbers, booleans or None."
        ) from None


def _clamp(ttl: timedelta | None) -> timedelta:
    if ttl is None or ttl <= timedelta(0):
        return MAX_TTL
    return min(ttl, MAX_TTL)


@dataclass(slots=True, eq=False)
class SWRResult(Generic[T]):
    """What ``swr`` returns: ``value``, how it was found (``status``), and ``mutate``."""

    value: T
    status: CacheStatus
    _mutate: Callable[[Any], Awaitable[T]] = field(repr=False)

    async def mutate(self, value: T = _UNSET) -> T:
        """Write ``value`` into the cache now, or with no argument reload it; return it."""
        self.value = await self._mutate(value)
        return self.value


class _SWRFront:
    """``swr`` written once, for the embedded cache and for the module function (the
    server's cache inside a server): the windows are checked here, then ``_swr`` loads."""

    async def swr(
        self,
        key: str,
        loader: Callable[[], Awaitable[T]],
        *,
        fresh_for: timedelta | None = None,
        max_age: timedelta | None = None,
        model: type[T] | None = None,
    ) -> SWRResult[T]:
        """Stale-while-revalidate: a cached value at once, refreshed by ``loader`` when due.

        The result's ``status``: ``miss`` (loaded now), ``fresh`` (younger than ``fresh_for``,
        default 0), ``stale`` (returned at once while ``loader`` refreshes it in the
        background) or ``expired`` (older than ``max_age``, default and cap one day: loaded
        now). ``model`` is a pydantic model class for values stored as JSON.
        """
        return await self._swr(key, loader, _windows(fresh_for, max_age), model)

    #: Loads ``key`` once ``swr`` has checked its ``(fresh_for, max_age)`` windows.
    _swr: Callable[..., Awaitable[SWRResult[Any]]]


class EmbeddedCache(_SWRFront):
    """The in-process cache used outside a LangGraph server.

    ``clock`` returns seconds (``time.monotonic`` by default). Entries are kept
    as JSON bytes, so a cached value is never shared with the caller.
    Background refreshes started by ``swr`` run as tasks on the running loop;
    ``await cache.settle()`` waits for them, and one that fails is logged (at warning, on
    the ``langgraph_client.cache`` logger) and keeps the stale value. One cache may be used
    from several threads (the module functions share one per process): a lock keeps each
    read and write whole.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_entries: int = EMBEDDED_MAX_ENTRIES,
    ) -> None:
        self._clock = clock
        self._max_entries = max_entries
        self._entries: OrderedDict[str, tuple[bytes, float]] = OrderedDict()
        self._loads: dict[str, asyncio.Task[Any]] = {}
        self._epochs: dict[str, int] = {}
        self._lock = threading.RLock()

    # --- plain get and set -----------------------------------------------

    async def get(self, key: str) -> Any | None:
        """The value under ``key``, or None if absent or expired."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            raw, expires_at = entry
            if self._clock() >= expires_at:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
        return orjson.loads(raw)

    async def set(self, key: str, value: Any, ttl: timedelta | None = None) -> None:
        """Store ``value`` under ``key`` for ``ttl`` (capped at ``MAX_TTL``)."""
        self._store(key, _encode(key, value), _clamp(ttl))

    def _store(self, key: str, raw: bytes, ttl: timedelta) -> None:
        with self._lock:
            self._entries[key] = (raw, self._clock() + ttl.total_seconds())
            self._entries.move_to_end(key)
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        """Drop every entry."""
        with self._lock:
            self._entries.clear()

    # --- stale-while-revalidate ------------------------------------------

    async def _swr(
        self, key: str, loader: Callable[[], Awaitable[T]], windows: _Windows, model: type[T] | None
    ) -> SWRResult[T]:
        fresh, age_limit = windows

        def dump(value: Any) -> Any:
            return value.model_dump(mode="json") if model is not None else value

        def load(raw: Any) -> T:
            if model is None:
                return cast(T, raw)
            return cast(T, cast(_Model, model).model_validate(raw))

        async def json_loader() -> Any:
            return dump(await loader())

        async def mutate(value: Any) -> T:
            if value is _UNSET:
                return load(await self._load(key, json_loader))
            self._write(key, dump(value))
            return cast(T, value)

        entry = await self.get(_swr_key(key))
        if not isinstance(entry, dict) or "stored_at" not in entry:
            raw = await self._load(key, json_loader)
            return SWRResult(load(raw), "miss", mutate)
        age = self._clock() - float(entry["stored_at"])
        if age < fresh.total_seconds():
            return SWRResult(load(entry["value"]), "fresh", mutate)
        if age < age_limit.total_seconds():
            self._start_load(key, json_loader, background=True)
            return SWRResult(load(entry["value"]), "stale", mutate)
        raw = await self._load(key, json_loader)
        return SWRResult(load(raw), "expired", mutate)

    async def settle(self) -> None:
        """Wait until no background refresh is running (a failed one is logged, not raised)."""
        while self._loads:
            await asyncio.gather(*self._loads.values(), return_exceptions=True)

    def _write(self, key: str, value: Any) -> None:
        # Every write moves the epoch, so a load begun before it does not overwrite it.
        # The entry outlives max_age (which swr checks itself) so that "expired" is seen.
        with self._lock:
            self._epochs[key] = self._epochs.get(key, 0) + 1
            entry = {"value": value, "stored_at": self._clock()}
            self._store(_swr_key(key), _encode(key, entry), MAX_TTL)

    def _start_load(
        self, key: str, loader: Callable[[], Awaitable[Any]], *, background: bool = False
    ) -> asyncio.Task[Any]:
        task = self._loads.get(key)
        if task is not None and not task.done():
            return task  # one load per key at a time
        epoch = self._epochs.get(key, 0)

        async def run() -> Any:
            value = await loader()
            if self._epochs.get(key, 0) != epoch:
                current = await self.get(_swr_key(key))
                return current["value"] if isinstance(current, dict) else value
            self._write(key, value)
            return value

        task = asyncio.get_running_loop().create_task(run())
        self._loads[key] = task

        def forget(done: asyncio.Task[Any]) -> None:
            if self._loads.get(key) is done:
                del self._loads[key]
            error = None if done.cancelled() else done.exception()
            if error is not None and background:  # the stale value is kept
                logger.warning("background refresh of cache key %r failed", key, exc_info=error)

        task.add_done_callback(forget)
        return task

    async def _load(self, key: str, loader: Callable[[], Awaitable[Any]]) -> Any:
        return await asyncio.shield(self._start_load(key, loader))


_Windows = tuple[timedelta, timedelta]


def _windows(fresh_for: timedelta | None, max_age: timedelta | None) -> _Windows:
    """``swr``'s windows, defaulted (fresh for 0, at most one day old), capped and checked."""
    fresh = min(fresh_for if fresh_for is not None else timedelta(0), MAX_TTL)
    age_limit = min(max_age, MAX_TTL) if max_age is not None else MAX_TTL
    if fresh < timedelta(0):
        raise ValueError("fresh_for must be >= 0")
    if age_limit <= timedelta(0):
        raise ValueError("max_age must be > 0")
    if fresh > age_limit:
        raise ValueError("fresh_for must be <= max_age")
    return fresh, age_limit


def _swr_key(key: str) -> str:
    return f"swr:{key}"


_embedded = EmbeddedCache()


def get_embedded_cache() -> EmbeddedCache:
    """The process-wide embedded cache the module functions use outside a server."""
    return _embedded


def _server_cache() -> Any | None:
    """The server's cache module once this process has imported the server application
    (a LangGraph server), else None; never imported before. A server without one is refused."""
    if _SERVER_MODULE not in sys.modules:
        return None
    import importlib

    try:
        return importlib.import_module("langgraph_api.cache")
    except ModuleNotFoundError as exc:
        if exc.name != "langgraph_api.cache":
            raise  # the server's cache is there, but something it imports is not
        from importlib.metadata import version

        raise RuntimeError(
            f"This LangGraph server (langgraph-api {version('langgraph-api')}) has no cache: "
            "langgraph_client.cache in a server needs langgraph-api 0.7.29 or later."
        ) from None


def backend_name() -> Literal["server", "embedded"]:
    """Which cache the module functions use in this process right now."""
    return "server" if _SERVER_MODULE in sys.modules else "embedded"


async def cache_get(key: str) -> Any | None:
    """The value cached under ``key``, or None."""
    server = _server_cache()
    if server is None:
        return await _embedded.get(key)
    return await server.cache_get(key)


async def cache_set(key: str, value: Any, *, ttl: timedelta | None = None) -> None:
    """Cache ``value`` (JSON-serializable) under ``key`` for ``ttl``, at most one day."""
    server = _server_cache()
    if server is None:
        await _embedded.set(key, value, ttl)
        return
    _encode(key, value)  # the same clear error in both places
    await server.cache_set(key, value, _clamp(ttl))


class _Backend(_SWRFront):
    """What the module's ``swr`` runs on: the server's cache in a server, else ``_embedded``."""

    async def _swr(
        self, key: str, loader: Callable[[], Awaitable[T]], windows: _Windows, model: type[T] | None
    ) -> SWRResult[T]:
        server = _server_cache()
        if server is None:
            return await _embedded._swr(key, loader, windows, model)
        fresh, age_limit = windows
        result = await server.swr(key, loader, fresh_for=fresh, max_age=age_limit, model=model)

        async def mutate(value: Any) -> T:
            return cast(T, await (result.mutate() if value is _UNSET else result.mutate(value)))

        return SWRResult(cast(T, result.value), result.status, mutate)


swr = _Backend().swr

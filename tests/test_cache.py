"""langgraph_client.cache: the embedded backend on a test clock, and the server's cache in a graph.

The embedded tests move an injected clock instead of sleeping. The server test
runs the ``cached`` graph of tests/app/extension_graphs.py, whose node uses
``langgraph_client.cache`` inside the real server.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import types
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from langgraph_client import cache
from langgraph_client.cache import MAX_TTL, EmbeddedCache

from tests._server import oldest_server, running_server


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta.total_seconds()


class Loader:
    """Returns {"load": n} on its n-th call; can be held until released, or made to fail."""

    def __init__(self) -> None:
        self.calls = 0
        self.gate: asyncio.Event | None = None
        self.fail = False

    async def __call__(self) -> dict[str, int]:
        self.calls += 1
        n = self.calls
        if self.gate is not None:
            await self.gate.wait()
        if self.fail:
            raise RuntimeError("backend down")
        return {"load": n}


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(clock: Clock) -> EmbeddedCache:
    return EmbeddedCache(clock=clock)


# --- get and set ------------------------------------------------------------------


async def test_a_set_value_is_read_back(store: EmbeddedCache) -> None:
    await store.set("k", {"a": [1, "two", None], "b": 1.5})
    assert await store.get("k") == {"a": [1, "two", None], "b": 1.5}
    assert await store.get("missing") is None


async def test_the_cache_keeps_a_copy(store: EmbeddedCache) -> None:
    value: dict[str, Any] = {"items": [1]}
    await store.set("k", value)
    value["items"].append(2)
    assert await store.get("k") == {"items": [1]}


@pytest.mark.parametrize("bad", [{1, 2}, object(), {"nested": b"bytes"}])
async def test_a_value_that_is_not_json_raises_naming_the_key(
    store: EmbeddedCache, bad: Any
) -> None:
    with pytest.raises(TypeError, match="Cache value for key 'user:1' is not JSON-serializable"):
        await store.set("user:1", bad)


async def test_an_entry_expires_after_its_ttl(store: EmbeddedCache, clock: Clock) -> None:
    await store.set("k", 1, ttl=timedelta(minutes=5))
    clock.advance(timedelta(minutes=5) - timedelta(seconds=1))
    assert await store.get("k") == 1
    clock.advance(timedelta(seconds=1))
    assert await store.get("k") is None


@pytest.mark.parametrize("ttl", [None, timedelta(0), timedelta(days=7)])
async def test_ttl_is_one_day_when_missing_and_at_most(
    store: EmbeddedCache, clock: Clock, ttl: timedelta | None
) -> None:
    await store.set("k", 1, ttl=ttl)
    clock.advance(MAX_TTL - timedelta(seconds=1))
    assert await store.get("k") == 1
    clock.advance(timedelta(seconds=1))
    assert await store.get("k") is None


async def test_the_least_recently_used_entry_goes_first(clock: Clock) -> None:
    store = EmbeddedCache(clock=clock, max_entries=2)
    await store.set("a", 1)
    await store.set("b", 2)
    await store.get("a")
    await store.set("c", 3)
    assert [await store.get(k) for k in "abc"] == [1, None, 3]


# --- stale-while-revalidate ----------------------------------------------------------


async def test_swr_loads_on_a_miss_then_serves_fresh(store: EmbeddedCache, clock: Clock) -> None:
    loader = Loader()
    first = await store.swr("k", loader, fresh_for=timedelta(minutes=1))
    assert (first.status, first.value) == ("miss", {"load": 1})
    clock.advance(timedelta(seconds=59))
    second = await store.swr("k", loader, fresh_for=timedelta(minutes=1))
    assert (second.status, second.value, loader.calls) == ("fresh", {"load": 1}, 1)


async def test_swr_serves_stale_at_once_and_revalidates_in_the_background(
    store: EmbeddedCache, clock: Clock
) -> None:
    loader = Loader()
    await store.swr("k", loader, fresh_for=timedelta(minutes=1))
    clock.advance(timedelta(minutes=1))
    stale = await store.swr("k", loader, fresh_for=timedelta(minutes=1))
    assert (stale.status, stale.value) == ("stale", {"load": 1})
    await store.settle()
    assert loader.calls == 2
    refreshed = await store.swr("k", loader, fresh_for=timedelta(minutes=1))
    assert (refreshed.status, refreshed.value) == ("fresh", {"load": 2})


async def test_swr_blocks_on_the_loader_once_expired(store: EmbeddedCache, clock: Clock) -> None:
    loader = Loader()
    await store.swr("k", loader, max_age=timedelta(hours=1))
    clock.advance(timedelta(hours=1))
    expired = await store.swr("k", loader, max_age=timedelta(hours=1))
    assert (expired.status, expired.value) == ("expired", {"load": 2})


async def test_concurrent_misses_share_one_load(store: EmbeddedCache) -> None:
    loader = Loader()
    loader.gate = asyncio.Event()
    pending = [asyncio.ensure_future(store.swr("k", loader)) for _ in range(3)]
    await asyncio.sleep(0)  # let all three reach the loader
    loader.gate.set()
    results = await asyncio.gather(*pending)
    assert loader.calls == 1
    assert {(r.status, r.value["load"]) for r in results} == {("miss", 1)}


async def test_a_failed_background_refresh_keeps_the_stale_value(
    store: EmbeddedCache, clock: Clock
) -> None:
    loader = Loader()
    await store.swr("k", loader)
    loader.fail = True
    clock.advance(timedelta(seconds=1))
    assert (await store.swr("k", loader)).value == {"load": 1}
    await store.settle()
    assert (await store.swr("k", loader)).value == {"load": 1}


async def test_a_failed_background_refresh_is_logged(
    store: EmbeddedCache, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    loader = Loader()
    await store.swr("refreshed", loader)
    loader.fail = True
    clock.advance(timedelta(seconds=1))
    await store.swr("refreshed", loader)
    with caplog.at_level(logging.WARNING, logger="langgraph_client.cache"):
        await store.settle()
    (record,) = [r for r in caplog.records if "'refreshed'" in r.getMessage()]
    assert record.levelno == logging.WARNING
    assert record.exc_info is not None
    assert str(record.exc_info[1]) == "backend down"


async def test_a_read_and_a_clear_from_another_thread_do_not_interleave() -> None:
    now = 1_000.0
    clearing = threading.Thread(target=lambda: store.clear())

    def clock() -> float:
        # Called inside get, between finding the expired entry and dropping it: another
        # thread clears the cache meanwhile, if the cache lets it in.
        if now > 1_000.0 and clearing.ident is None:
            clearing.start()
            clearing.join(timeout=0.2)
        return now

    store = EmbeddedCache(clock=clock)
    await store.set("k", 1, ttl=timedelta(seconds=1))
    now += 2.0
    assert await store.get("k") is None
    clearing.join()


async def test_a_failed_load_on_a_miss_raises(store: EmbeddedCache) -> None:
    loader = Loader()
    loader.fail = True
    with pytest.raises(RuntimeError, match="backend down"):
        await store.swr("k", loader)


async def test_mutate_writes_a_value_or_reloads(store: EmbeddedCache) -> None:
    loader = Loader()
    result = await store.swr("k", loader, fresh_for=timedelta(minutes=1))
    assert await result.mutate({"load": 99}) == {"load": 99}
    assert (await store.swr("k", loader, fresh_for=timedelta(minutes=1))).value == {"load": 99}
    assert await result.mutate() == {"load": 2}
    assert result.value == {"load": 2}


async def test_a_write_during_a_background_refresh_wins(store: EmbeddedCache, clock: Clock) -> None:
    loader = Loader()
    first = await store.swr("k", loader)
    loader.gate = asyncio.Event()
    clock.advance(timedelta(seconds=1))
    await store.swr("k", loader)  # stale: starts a refresh that waits on the gate
    await first.mutate({"load": -1})
    loader.gate.set()
    await store.settle()
    assert (await store.swr("k", loader, fresh_for=timedelta(hours=1))).value == {"load": -1}


@pytest.mark.parametrize(
    ("fresh_for", "max_age", "message"),
    [
        (timedelta(hours=2), timedelta(hours=1), "fresh_for must be <= max_age"),
        (timedelta(0), timedelta(0), "max_age must be > 0"),
        (timedelta(seconds=-1), None, "fresh_for must be >= 0"),
    ],
)
async def test_swr_windows_are_checked(
    store: EmbeddedCache, fresh_for: timedelta, max_age: timedelta | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        await store.swr("k", Loader(), fresh_for=fresh_for, max_age=max_age)


class Point:
    """A stand-in for a pydantic model: model_dump and model_validate."""

    def __init__(self, x: int) -> None:
        self.x = x

    def model_dump(self, mode: str) -> dict[str, int]:
        return {"x": self.x}

    @classmethod
    def model_validate(cls, raw: dict[str, int]) -> Point:
        return cls(raw["x"])


async def test_swr_stores_models_as_json_and_reads_them_back(store: EmbeddedCache) -> None:
    async def load() -> Point:
        return Point(7)

    await store.swr("p", load, model=Point, fresh_for=timedelta(minutes=1))
    assert await store.get("swr:p") == {"value": {"x": 7}, "stored_at": 1_000.0}
    again = await store.swr("p", load, model=Point, fresh_for=timedelta(minutes=1))
    assert again.status == "fresh" and isinstance(again.value, Point) and again.value.x == 7


# --- the module functions outside a server ---------------------------------------------


async def test_outside_a_server_the_module_functions_use_the_embedded_cache() -> None:
    assert cache.backend_name() == "embedded"
    try:
        await cache.cache_set("module:k", {"v": 1}, ttl=timedelta(minutes=1))
        assert await cache.cache_get("module:k") == {"v": 1}
        assert await cache.get_embedded_cache().get("module:k") == {"v": 1}
        result = await cache.swr("module:s", Loader())
        assert (result.status, result.value) == ("miss", {"load": 1})
    finally:
        await cache.get_embedded_cache().settle()
        cache.get_embedded_cache().clear()


# --- inside the real server --------------------------------------------------------------


@pytest.fixture(scope="module")
def extensions_server() -> Iterator[httpx.Client]:
    with (
        running_server(config="langgraph_extensions.json") as url,
        httpx.Client(base_url=url, timeout=30) as client,
    ):
        yield client


async def test_a_server_cache_that_fails_to_import_is_not_taken_for_a_missing_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Inside a server whose cache module is there but imports what is not installed: that
    # error, not "the server has no cache".
    import importlib

    def missing_dependency(name: str) -> Any:
        assert name == "langgraph_api.cache"
        raise ModuleNotFoundError("No module named 'redis'", name="redis")

    monkeypatch.setitem(sys.modules, "langgraph_api.server", types.ModuleType("stand-in"))
    monkeypatch.setattr(importlib, "import_module", missing_dependency)
    with pytest.raises(ModuleNotFoundError, match="redis"):
        await cache.cache_get("key")


def _report(client: httpx.Client, context: dict[str, Any]) -> dict[str, Any] | None:
    """What the `cached` graph reports; None on langgraph-api 0.4.48, which has no cache for
    graphs (the run fails with an error that says so, as asserted here)."""
    response = client.post(
        "/runs/wait", json={"assistant_id": "cached", "input": {}, "context": context}
    )
    assert response.status_code == 200, response.text
    if oldest_server():  # langgraph-api 0.4.48 has no cache for graphs: the run fails
        assert response.json()["__error__"] == {
            "error": "RuntimeError",
            "message": "This LangGraph server (langgraph-api 0.4.48) has no cache: "
            "langgraph_client.cache in a server needs langgraph-api 0.7.29 or later.",
        }
        return None
    report: dict[str, Any] = response.json()["report"]
    return report


def test_a_graph_node_round_trips_a_value_through_the_servers_cache(
    extensions_server: httpx.Client,
) -> None:
    value = {"n": 1, "list": [1, "a", None], "nested": {"ok": True}}
    written = _report(extensions_server, {"key": "round-trip", "value": value})
    if written is None:
        return
    assert written["backend"] == "server"
    assert written["value"] == written["server_value"] == value
    # A second run, with nothing written, reads the value the first run left.
    read = _report(extensions_server, {"key": "round-trip"})
    assert read is not None
    assert read["value"] == read["server_value"] == value
    # swr in the server: loaded on the first run, served (stale, refreshing) on the second.
    assert (written["swr_status"], read["swr_status"]) == ("miss", "stale")
    assert read["swr_value"] == {"loaded": 1}


def test_in_the_server_a_value_that_is_not_json_is_refused_naming_the_key(
    extensions_server: httpx.Client,
) -> None:
    report = _report(extensions_server, {"key": "refusal"})
    if report is None:
        return
    assert report["refused"].startswith(
        "Cache value for key 'refusal:set' is not JSON-serializable"
    )

"""The sync client's driver: coroutines and async generators run without an event loop.

A coroutine that really suspends is a bug in this package (a sync method awaited something
asynchronous); the driver says so rather than hanging or hiding it behind another error.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from langgraph_api_client.sync import async_stream, run_sync, syncify, syncify_stream


class Source:
    def __init__(self) -> None:
        self.closed = False

    async def value(self, x: int) -> int:
        return x * 2

    async def sleeping(self) -> int:
        await asyncio.sleep(0)
        return 1

    @async_stream
    async def parts(self, n: int, sleep_at: int | None = None) -> AsyncIterator[int]:
        try:
            for i in range(n):
                if i == sleep_at:
                    await asyncio.sleep(0)
                yield i
        finally:
            self.closed = True


class SyncSource(Source):
    value_sync = syncify(Source.value)
    sleeping_sync = syncify(Source.sleeping)
    parts_sync = syncify_stream(Source.parts)


def test_a_coroutine_that_never_suspends_returns_its_value() -> None:
    assert SyncSource().value_sync(21) == 42
    assert run_sync(Source().value(2)) == 4


def test_a_coroutine_that_suspends_is_reported_as_a_bug() -> None:
    with pytest.raises(RuntimeError, match="suspended while driven synchronously"):
        SyncSource().sleeping_sync()


def test_a_stream_yields_every_part_and_is_closed() -> None:
    source = SyncSource()
    assert list(source.parts_sync(5)) == [0, 1, 2, 3, 4]
    assert source.closed


def test_a_stream_left_early_is_closed() -> None:
    source = SyncSource()
    parts = source.parts_sync(5)
    assert next(parts) == 0
    parts.close()
    assert source.closed


def test_a_stream_that_suspends_is_reported_as_a_bug_not_as_another_error() -> None:
    parts = SyncSource().parts_sync(5, sleep_at=2)
    assert next(parts) == 0
    assert next(parts) == 1
    with pytest.raises(RuntimeError, match="suspended while driven synchronously"):
        next(parts)

"""Benchmark: our client, langgraph-sdk and the raw httpx + orjson floor, in one run.

    python -m benchmarks.bench [--quick] [--write-docs docs/performance.md]

Every figure is measured in rounds; in each round every client runs once, in an order that
rotates from round to round, and the figure reported for a client is the median over rounds
of its time divided by the floor's time in the same round (with min and max). Lower is better.
The server is the stub in benchmarks/stub.py, in its own process, replaying answers recorded
from the real server. Before any timing, every client's results are compared with what the stub
sent. A client whose package cannot be imported is skipped with a printed line.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import gc
import json
import operator
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import orjson

from benchmarks import messages, recorded
from benchmarks.clients import Adapter, all_adapters, part_tuple, plain

ROOT = Path(__file__).resolve().parent.parent
IMPORT_CLIENTS = ("floor", "sdk", "ours")


@dataclass(frozen=True)
class Sizes:
    rounds: int
    import_rounds: int
    gets: int
    stream_events: int
    concurrent: int
    concurrent_events: int
    creates: int
    create_bytes: int
    memory_events: tuple[int, int]
    thread_memory_events: tuple[int, int]
    message_deltas: tuple[int, int]
    check_events: int


FULL = Sizes(
    rounds=5,
    import_rounds=10,
    gets=100,
    stream_events=20_000,
    concurrent=100,
    concurrent_events=2_000,
    creates=4,
    create_bytes=1 << 20,
    memory_events=(10_000, 100_000),
    thread_memory_events=(10_000, 1_000_000),
    message_deltas=messages.SIZES,
    check_events=20_000,
)
QUICK = Sizes(
    rounds=2,
    import_rounds=2,
    gets=30,
    stream_events=2_000,
    concurrent=10,
    concurrent_events=200,
    creates=3,
    create_bytes=1 << 20,
    memory_events=(1_000, 10_000),
    thread_memory_events=(1_000, 10_000),
    message_deltas=messages.QUICK_SIZES,
    check_events=500,
)

TARGETS = {  # the targets for our client, as ratios to the floor (httpx's transport)
    "ours": {
        "import + create a client": 1.3,
        "sequential async threads.get": 1.05,
        "sequential sync threads.get": 1.05,
        "async runs.stream": 1.05,
        "sync runs.stream": 1.05,
        "concurrent async runs.stream": 1.05,
        "async runs.create, 1 MB input": 1.1,
    },
    "ours-aiohttp": {  # the goals for the aiohttp extra
        "sequential async threads.get": 0.75,
        "async runs.stream": 0.55,
        "concurrent async runs.stream": 0.55,
    },
}


# --- the stub ------------------------------------------------------------------------------
@contextlib.contextmanager
def stub_server() -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.stub"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("listening "):
            raise RuntimeError(f"the stub did not start: {line!r}")
        yield line.split()[1]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


class RawSocket:
    """The cheapest possible client: what the stub and the kernel cost on their own."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.addr = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.sock = socket.create_connection(self.addr)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def close(self) -> None:
        self.sock.close()

    def get(self, path: str) -> bytes:
        self.sock.sendall(f"GET {path} HTTP/1.1\r\nhost: stub\r\n\r\n".encode())
        data = b""
        while b"\r\n\r\n" not in data:
            data += self.sock.recv(65536)
        head, _, body = data.partition(b"\r\n\r\n")
        length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
        while len(body) < length:
            body += self.sock.recv(65536)
        return body

    def stream(self, thread_id: str) -> int:
        self.sock.sendall(
            f"POST /threads/{thread_id}/runs/stream HTTP/1.1\r\nhost: stub\r\n"
            "content-length: 2\r\n\r\n{}".encode()
        )
        total, tail = 0, b""
        while not tail.endswith(b"\r\n0\r\n\r\n"):
            data = self.sock.recv(1 << 18)
            total += len(data)
            tail = (tail + data)[-8:]
        return total


def stub_stats(url: str) -> dict[str, Any]:
    raw = RawSocket(url)
    try:
        return orjson.loads(raw.get("/__bench/stats"))  # type: ignore[no-any-return]
    finally:
        raw.close()


# --- results -------------------------------------------------------------------------------
@dataclass
class Figure:
    name: str
    unit: str  # how one sample is described, e.g. "300 calls"
    per: float  # divide a sample's seconds by this for the "time" column
    per_unit: str
    times: dict[str, list[float]] = field(default_factory=dict)
    stub_cpu: float = 0.0
    wall: float = 0.0

    def ratios(self, name: str) -> list[float]:
        floor = self.times["floor"]
        return [t / f for t, f in zip(self.times[name], floor, strict=True)]


@dataclass
class Report:
    sizes: Sizes
    adapters: list[Adapter]
    skipped: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    modules: dict[str, int] = field(default_factory=dict)
    memory: dict[str, dict[int, float]] = field(default_factory=dict)
    thread_memory: dict[str, dict[int, float]] = field(default_factory=dict)
    messages: dict[str, dict[int, float]] = field(default_factory=dict)  # seconds per delta
    parsing: list[tuple[str, float, float, float, float]] = field(default_factory=list)
    parsing_note: str = ""
    stub_notes: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)


def _rotated(items: list[Adapter], r: int) -> list[Adapter]:
    k = r % len(items)
    return items[k:] + items[:k]


def run_rounds(
    report: Report,
    figure: Figure,
    url: str,
    adapters: list[Adapter],
    sample: Callable[[Adapter], float],
    rounds: int,
) -> None:
    before, start = stub_stats(url)["cpu"], time.perf_counter()
    for r in range(rounds):
        for adapter in _rotated(adapters, r):
            gc.collect()
            figure.times.setdefault(adapter.name, []).append(sample(adapter))
    figure.wall = time.perf_counter() - start
    figure.stub_cpu = stub_stats(url)["cpu"] - before
    report.figures.append(figure)
    print_figure(figure, adapters)


# --- correctness ---------------------------------------------------------------------------
def _same(what: str, adapter: Adapter, got: Any, want: Any, report: Report) -> None:
    if got != want:
        raise SystemExit(f"CHECK FAILED: {adapter.name} {what} differs from what the stub sent")
    report.checks.append(f"{adapter.name}: {what}")


def big_input(size: int) -> dict[str, Any]:
    text = "x" * 1000
    count = size // (len(text) + 40)
    messages = [{"type": "human", "content": text, "id": f"m{i}"} for i in range(count)]
    return {"messages": messages}


async def check_async(url: str, adapter: Adapter, client: Any, sizes: Sizes, r: Report) -> None:
    thread = recorded.load("thread")
    _same(
        "threads.get",
        adapter,
        plain(await adapter.aget_thread(client, "t")),
        orjson.loads(thread.body),
        r,
    )
    search = await adapter.asearch_assistants(client)
    _same(
        "assistants.search",
        adapter,
        plain(search),
        orjson.loads(recorded.load("assistants").body),
        r,
    )
    payload = big_input(sizes.create_bytes)
    run = await adapter.acreate_run(client, recorded.thread_id(1), payload)
    _same("runs.create", adapter, plain(run), orjson.loads(recorded.load("run").body), r)
    raw = RawSocket(url)
    sent = orjson.loads(raw.get("/__bench/last"))
    raw.close()
    _same("runs.create input as received", adapter, sent.get("input"), payload, r)
    n = sizes.check_events
    got = [part_tuple(p) async for p in adapter.astream(client, recorded.thread_id(n))]
    _same(f"async runs.stream ({n} events)", adapter, got, recorded.expected_events(n), r)


def check_sync(adapter: Adapter, client: Any, sizes: Sizes, r: Report) -> None:
    thread = orjson.loads(recorded.load("thread").body)
    _same("sync threads.get", adapter, plain(adapter.get_thread(client, "t")), thread, r)
    n = sizes.check_events
    got = [part_tuple(p) for p in adapter.stream(client, recorded.thread_id(n))]
    _same(f"sync runs.stream ({n} events)", adapter, got, recorded.expected_events(n), r)


# --- the figures ---------------------------------------------------------------------------
IMPORT_PROBE = """
import sys, time
URL = {url!r}
before = len(sys.modules)
t0 = time.perf_counter()
{snippet}
print(time.perf_counter() - t0, len(sys.modules) - before)
"""


def import_sample(adapter: Adapter, url: str, report: Report) -> float:
    code = IMPORT_PROBE.format(url=url, snippet=adapter.import_snippet)
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    report.modules[adapter.name] = int(out[1])
    return float(out[0])


async def consume_async(
    adapter: Adapter, client: Any, thread_id: str, keep: list[Any] | None = None
) -> int:
    n = 0
    async for part in adapter.astream(client, thread_id):
        n += 1
        if keep is not None:
            keep.append(part)
    return n


def consume_sync(adapter: Adapter, client: Any, thread_id: str) -> int:
    n = 0
    for _ in adapter.stream(client, thread_id):
        n += 1
    return n


def expect_count(adapter: Adapter, got: int, events: int) -> None:
    """Every timed stream is counted: a client that loses or adds an event fails the run."""
    if got != events:
        raise SystemExit(f"CHECK FAILED: {adapter.name} yielded {got} events of {events}")


def timed_async(loop: asyncio.AbstractEventLoop, make: Callable[[], Awaitable[Any]]) -> float:
    async def run() -> tuple[float, Any]:
        start = time.perf_counter()
        result = await make()
        return time.perf_counter() - start, result

    return loop.run_until_complete(run())[0]


def measure(url: str, report: Report) -> None:
    sizes = report.sizes
    adapters = report.adapters
    sync_adapters = [a for a in adapters if a.has_sync]
    loop = asyncio.new_event_loop()
    aclients = {a.name: a.aclient(url) for a in adapters}
    sclients = {a.name: a.sclient(url) for a in sync_adapters}
    try:
        # correctness first, which also warms every connection pool
        for a in adapters:
            loop.run_until_complete(check_async(url, a, aclients[a.name], sizes, report))
        for a in sync_adapters:
            check_sync(a, sclients[a.name], sizes, report)
        print(f"checks passed: {len(report.checks)} comparisons with what the stub sent")

        stub_cost(url, report)
        # What exists now (modules, clients, recordings) lives to the end: frozen out of the
        # collector, the collection before each sample looks at new objects only (milliseconds
        # saved on each of about 2,000 samples).
        gc.collect()
        gc.freeze()

        def renew() -> None:
            """Every client made again and warmed with one call, before each figure: a pool's
            state after the previous figure (which of its connections survived 100
            concurrent streams, and in what order) would otherwise weigh on one client
            and not another (a 1 MB upload on a connection that so far only received runs
            up to 1.4 times as long)."""
            for a in adapters:
                loop.run_until_complete(a.aclose(aclients[a.name]))
                aclients[a.name] = a.aclient(url)
                loop.run_until_complete(a.aget_thread(aclients[a.name], "t"))
            for a in sync_adapters:
                a.close(sclients[a.name])
                sclients[a.name] = a.sclient(url)
                a.get_thread(sclients[a.name], "t")
            gc.collect()

        importers = [a for a in adapters if a.name in IMPORT_CLIENTS]
        run_rounds(
            report,
            Figure("import + create a client", "fresh interpreter", 1e-3, "ms"),
            url,
            importers,
            lambda a: import_sample(a, url, report),
            sizes.import_rounds,
        )

        renew()

        async def gets(a: Adapter) -> None:
            for _ in range(sizes.gets):
                await a.aget_thread(aclients[a.name], "t")

        def sgets(a: Adapter) -> float:
            start = time.perf_counter()
            for _ in range(sizes.gets):
                a.get_thread(sclients[a.name], "t")
            return time.perf_counter() - start

        per_get = sizes.gets * 1e-6
        run_rounds(
            report,
            Figure("sequential async threads.get", f"{sizes.gets} calls", per_get, "us/call"),
            url,
            adapters,
            lambda a: timed_async(loop, lambda: gets(a)),
            sizes.rounds * 12,
        )
        run_rounds(
            report,
            Figure("sequential sync threads.get", f"{sizes.gets} calls", per_get, "us/call"),
            url,
            sync_adapters,
            sgets,
            sizes.rounds * 12,
        )

        renew()
        n = sizes.stream_events
        mb = recorded.stream_bytes(n) / 1e6
        tid = recorded.thread_id(n)
        desc = f"{n:,} events ({mb:.0f} MB)"

        async def astream_n(a: Adapter) -> None:
            expect_count(a, await consume_async(a, aclients[a.name], tid), n)

        run_rounds(
            report,
            Figure("async runs.stream", desc, 1e-3, "ms"),
            url,
            adapters,
            lambda a: timed_async(loop, lambda: astream_n(a)),
            sizes.rounds,
        )

        def sstream(a: Adapter) -> float:
            start = time.perf_counter()
            got = consume_sync(a, sclients[a.name], tid)
            elapsed = time.perf_counter() - start
            expect_count(a, got, n)
            return elapsed

        run_rounds(
            report,
            Figure("sync runs.stream", desc, 1e-3, "ms"),
            url,
            sync_adapters,
            sstream,
            sizes.rounds,
        )

        renew()
        c, cn = sizes.concurrent, sizes.concurrent_events
        ctid = recorded.thread_id(cn)

        async def concurrent(a: Adapter) -> None:
            counts = await asyncio.gather(
                *(consume_async(a, aclients[a.name], ctid) for _ in range(c))
            )
            for got in counts:
                expect_count(a, got, cn)

        run_rounds(
            report,
            Figure("concurrent async runs.stream", f"{c} streams x {cn:,} events", 1e-3, "ms"),
            url,
            adapters,
            lambda a: timed_async(loop, lambda: concurrent(a)),
            max(2, sizes.rounds - 1),
        )

        renew()
        payload = big_input(sizes.create_bytes)
        size_mb = len(orjson.dumps(payload)) / 1e6

        async def creates(a: Adapter) -> None:
            for _ in range(sizes.creates):
                await a.acreate_run(aclients[a.name], recorded.thread_id(1), payload)

        run_rounds(
            report,
            Figure(
                "async runs.create, 1 MB input",
                f"{sizes.creates} calls, {size_mb:.2f} MB each",
                sizes.creates * 1e-3,
                "ms/call",
            ),
            url,
            adapters,
            lambda a: timed_async(loop, lambda: creates(a)),
            sizes.rounds * 40,  # short rounds, many of them: one call's time varies by +-30 %
        )
    finally:
        for a in adapters:
            loop.run_until_complete(a.aclose(aclients[a.name]))
        for a in sync_adapters:
            a.close(sclients[a.name])
        loop.close()


def stub_cost(url: str, report: Report) -> None:
    """What serving costs with no client work at all (a raw blocking socket)."""
    sizes = report.sizes
    raw = RawSocket(url)
    try:
        cpu0, start = stub_stats(url)["cpu"], time.perf_counter()
        for _ in range(sizes.gets):
            raw.get("/threads/t")
        wall = time.perf_counter() - start
        cpu = stub_stats(url)["cpu"] - cpu0
        report.stub_notes.append(
            f"threads.get over a raw socket: {wall / sizes.gets * 1e6:.0f} us per call "
            f"round trip, of which the stub's own CPU is {cpu / sizes.gets * 1e6:.0f} us"
        )
        n = sizes.stream_events
        cpu0, start = stub_stats(url)["cpu"], time.perf_counter()
        total = raw.stream(recorded.thread_id(n))
        wall = time.perf_counter() - start
        cpu = stub_stats(url)["cpu"] - cpu0
        report.stub_notes.append(
            f"runs.stream of {n:,} events ({total / 1e6:.0f} MB on the wire) read by a raw "
            f"socket: {wall * 1e3:.0f} ms ({total / wall / 1e6:.0f} MB/s), of which the "
            f"stub's own CPU is {cpu * 1e3:.0f} ms"
        )
    finally:
        raw.close()
    for note in report.stub_notes:
        print(f"stub cost: {note}")


# --- memory --------------------------------------------------------------------------------
MEMORY_CONTROL = "control: floor keeping every event"


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def reset_peak_rss() -> int:
    """Reset the peak RSS to the current RSS and return it, in KB.

    ru_maxrss cannot serve: Linux carries the parent's peak across fork and exec, so a child
    of a large parent starts with the parent's peak. VmHWM, reset through clear_refs, is this
    process's own.
    """
    Path("/proc/self/clear_refs").write_text("5")
    return _status_kb("VmRSS")


def peak_rss() -> int:
    return _status_kb("VmHWM")


def memory_probe(name: str, url: str, events: int) -> None:
    """Run in a fresh interpreter: peak RSS growth while consuming one stream.

    The control run keeps every event in a list, to show the probe sees growth when there is.
    """
    keep = name == MEMORY_CONTROL
    adapter = next(a for a in all_adapters() if a.name == ("floor" if keep else name))
    if adapter.unavailable():
        raise SystemExit(adapter.unavailable())

    async def run() -> None:
        client = adapter.aclient(url)
        await consume_async(adapter, client, recorded.thread_id(1_000))  # warm up
        gc.collect()
        base = reset_peak_rss()
        kept: list[Any] | None = [] if keep else None
        got = await consume_async(adapter, client, recorded.thread_id(events), kept)
        peak = peak_rss()
        await adapter.aclose(client)
        if got != events:
            raise SystemExit(f"{name} yielded {got} events of a stream of {events}")
        print(json.dumps({"growth_kb": peak - base}))

    asyncio.run(run())


def memory_growth(probe_flag: str, name: str, url: str, events: int) -> float:
    """The peak RSS growth (MB) a memory probe reports, run in a fresh interpreter."""
    command = [sys.executable, "-m", "benchmarks.bench", probe_flag, name]
    probe = subprocess.run(
        [*command, "--url", url, "--events", str(events)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode:
        raise SystemExit(f"memory probe {name} {events} failed:\n{probe.stderr[-3000:]}")
    return float(json.loads(probe.stdout.strip().splitlines()[-1])["growth_kb"]) / 1024


def measure_memory(url: str, report: Report) -> None:
    for name in [*(a.name for a in report.adapters), MEMORY_CONTROL]:
        for events in report.sizes.memory_events:
            growth = memory_growth("--probe-memory", name, url, events)
            report.memory.setdefault(name, {})[events] = growth
    print_memory(report)


# --- thread stream memory ------------------------------------------------------------------
THREAD_READERS = {  # how the probe reads one thread stream of ours (the stub's protocol route)
    "ours: thread.events": "events",
    "ours: thread.subscribe(values, messages)": "subscribe",
    "control: thread.events, keeping every event": "keep",
}


def thread_memory_probe(name: str, url: str, events: int) -> None:
    """Run in a fresh interpreter: peak RSS growth while one thread stream reads ``events``
    protocol events to the server's end of the stream."""
    from langgraph_client import get_client

    how = THREAD_READERS[name]

    async def read(client: Any, thread_id: str, kept: list[Any] | None) -> int:
        n = 0
        async with client.threads.stream(thread_id, assistant_id="agent") as thread:
            picked = ["values", "messages"]
            feed = thread.subscribe(picked) if how == "subscribe" else thread.events
            async for event in feed:
                n += 1
                if kept is not None:
                    kept.append(event)
        return n

    async def run() -> None:
        async with get_client(url=url, api_key=None) as client:
            await read(client, recorded.thread_id(1_000), None)  # warm up
            gc.collect()
            base = reset_peak_rss()
            got = await read(client, recorded.thread_id(events), [] if how == "keep" else None)
            peak = peak_rss()
        if got != events:  # the stub sends every channel, whatever the filter
            raise SystemExit(f"{name} read {got} events of a stream of {events}")
        print(json.dumps({"growth_kb": peak - base, "read": got}))

    asyncio.run(run())


def measure_thread_memory(url: str, report: Report) -> None:
    for name in THREAD_READERS:
        for events in report.sizes.thread_memory_events:
            if name.startswith("control") and events > 100_000:
                continue  # it holds every event: a million of them would only fill the machine
            growth = memory_growth("--probe-thread-memory", name, url, events)
            report.thread_memory.setdefault(name, {})[events] = growth
    small, large = report.sizes.thread_memory_events
    print(f"\npeak RSS growth while one thread stream reads ({small:,} vs {large:,} events)")
    for name, by in report.thread_memory.items():
        cells = [f"{by[n]:7.1f} MB" if n in by else "    (not run)" for n in (small, large)]
        print(f"  {name:<44} {cells[0]}   {cells[1]}")


# --- typed models against orjson.loads ------------------------------------------------------
MODEL_CASES = [  # recording, model class name, is the body a list of them
    ("thread", "Thread", False),
    ("assistants", "Assistant", True),
    ("run", "Run", False),
]


def measure_parsing(report: Report) -> None:
    try:
        import langgraph_api_client.models as models
    except ImportError as exc:
        report.parsing_note = f"skipped: langgraph_api_client.models cannot be imported ({exc})"
        print(f"typed models: {report.parsing_note}")
        return
    loops = 200 if report.sizes is QUICK else 2000
    for name, cls_name, many in MODEL_CASES:
        cls = getattr(models, cls_name, None)
        if cls is None:
            nan = float("nan")
            report.parsing.append((f"{name} ({cls_name} missing)", nan, nan, nan, nan))
            continue
        body = recorded.load(name).body
        if many:

            def typed(b: bytes = body, c: Any = cls) -> Any:
                return [c.from_dict(d) for d in orjson.loads(b)]
        else:

            def typed(b: bytes = body, c: Any = cls) -> Any:
                return c.from_dict(orjson.loads(b))

        def typed_read(t: Callable[[], Any] = typed) -> Any:
            model = t()
            read_fields(model)
            return model

        if plain(typed()) != orjson.loads(body):
            raise SystemExit(f"CHECK FAILED: {cls_name}.from_dict(...).to_dict() changes {name}")
        floor_reader = _floor_reader(cls, models)

        def floor(
            b: bytes = body, r: Callable[[Any], None] = floor_reader, many: bool = many
        ) -> None:
            loaded = orjson.loads(b)
            for item in loaded if many else [loaded]:
                r(item)

        ratios, read_ratios, floor_ratios, base_times = [], [], [], []
        for _ in range(5):
            base = _per_call(lambda b=body: orjson.loads(b), loops)
            ratios.append(_per_call(typed, loops) / base)
            read_ratios.append(_per_call(typed_read, loops) / base)
            floor_ratios.append(_per_call(floor, loops) / base)
            base_times.append(base)
        label = f"{name}: {'list of ' if many else ''}{cls_name} ({len(body) / 1e3:.1f} KB)"
        report.parsing.append(
            (
                label,
                statistics.median(base_times),
                statistics.median(ratios),
                statistics.median(read_ratios),
                statistics.median(floor_ratios),
            )
        )
    print_parsing(report)


_READERS: dict[type, tuple[Callable[[Any], tuple[Any, ...]], tuple[int, ...]] | None] = {}
"""Per type: what reads every typed field of a model of it, and the positions of the fields
that may hold models or lists of them (None: not a model)."""


def read_fields(value: Any) -> None:
    """Read every typed field of a model (one `attrgetter` call per model, so the walk costs
    little beside the reads), then of the models in it and of lists of them, and of the models
    among its additional properties; plain JSON values are not walked."""
    if type(value) is list:
        for item in value:
            read_fields(item)
        return
    kind = type(value)
    reader = _READERS[kind] if kind in _READERS else _reader(kind)
    if reader is None:
        return
    getter, nested = reader
    got = getter(value)
    for at in nested:
        if got[at] is not None:
            read_fields(got[at])
    for extra in got[-1].values():
        if type(extra) is list or hasattr(extra, "_wire_names"):
            read_fields(extra)


def _reader(
    kind: type,
) -> tuple[Callable[[Any], tuple[Any, ...]], tuple[int, ...]] | None:
    names = getattr(kind, "_wire_names", None)
    if names is None:
        _READERS[kind] = None
        return None
    attrs = [*names.values(), "additional_properties"]
    nested = tuple(  # declared as a model, a list or a union holding one
        at
        for at, attr in enumerate(attrs[:-1])
        if "list[" in (declared := str(getattr(kind, attr).fget.__annotations__["return"]))
        or any(
            part.strip()[:1].isupper() and part.strip() not in {"UUID", "Any", "None"}
            for part in declared.replace("[", "|").replace("]", "|").split("|")
        )
    )
    getter: Callable[[Any], tuple[Any, ...]] = operator.attrgetter(*attrs)
    if len(attrs) == 1:  # one name: attrgetter gives the value itself

        def getter(model: Any) -> tuple[Any, ...]:
            return (model.additional_properties,)

    found = (getter, nested)
    _READERS[kind] = found
    return found


_FLOOR_READERS: dict[type, Callable[[Any], None]] = {}


def _floor_reader(cls: type, models: Any) -> Callable[[Any], None]:
    """The floor of typed reading: the same walk over the plain JSON objects, making each
    field's typed value (`UUID(...)`, `datetime.fromisoformat(...)`, nested objects and lists
    of them walked) with the cheapest standard call and no check at all. No model can read its
    fields for less; the typed column is worth reading against this one."""
    if cls in _FLOOR_READERS:
        return _FLOOR_READERS[cls]
    steps: list[tuple[str, Callable[[Any], Any] | None]] = []

    def reader(data: Any) -> None:
        get = data.get
        for key, convert in steps:
            value = get(key)
            if convert is not None and value is not None:
                convert(value)

    def model(name: str) -> type | None:
        found = getattr(models, name, None)
        return found if isinstance(found, type) and hasattr(found, "_wire_names") else None

    _FLOOR_READERS[cls] = reader
    for key, attr in cls._wire_names.items():  # type: ignore[attr-defined]
        declared = str(getattr(cls, attr).fget.__annotations__["return"])
        kinds = [k.strip() for k in declared.split("|") if k.strip() != "None"]
        kind = kinds[0] if len(kinds) == 1 else ""
        nested, inner = model(kind), model(kind[5:-1]) if kind.startswith("list[") else None
        convert: Callable[[Any], Any] | None = None
        if kind == "UUID":
            convert = uuid.UUID
        elif kind == "datetime.datetime":
            convert = datetime.datetime.fromisoformat
        elif nested is not None:
            convert = _floor_reader(nested, models)
        elif inner is not None:
            item_reader = _floor_reader(inner, models)

            def convert(items: Any, r: Callable[[Any], None] = item_reader) -> None:
                for item in items:
                    r(item)

        steps.append((key, convert))
    return reader


def _per_call(fn: Callable[[], Any], loops: int) -> float:
    start = time.perf_counter()
    for _ in range(loops):
        fn()
    return (time.perf_counter() - start) / loops


# --- output --------------------------------------------------------------------------------
def _fmt(values: list[float]) -> str:
    return f"{min(values):.2f} / **{statistics.median(values):.2f}** / {max(values):.2f}"


def figure_rows(figure: Figure, names: list[str]) -> list[list[str]]:
    rows = []
    for name in names:
        if name not in figure.times:
            continue
        t = statistics.median(figure.times[name]) / figure.per
        ratio = "1 (reference)" if name == "floor" else _fmt(figure.ratios(name))
        target = TARGETS.get(name, {}).get(figure.name)
        verdict = ""
        if target is not None:
            ok = statistics.median(figure.ratios(name)) <= target
            verdict = f"{'meets' if ok else 'misses'} target {target}"
        digits = f"{t:,.0f}" if t >= 100 else f"{t:#.3g}"  # three significant digits at least
        time_text = f"{digits} {figure.per_unit}"
        rows.append([figure.name, figure.unit, name, time_text, ratio, verdict])
    return rows


def print_figure(figure: Figure, adapters: list[Adapter]) -> None:
    stub = f"stub CPU {figure.stub_cpu:.2f} s of {figure.wall:.1f} s"
    print(f"\n{figure.name} [{figure.unit}]  ({stub})")
    for row in figure_rows(figure, [a.name for a in adapters]):
        ratio = row[4].replace("**", "")
        print(f"  {row[2]:<14} {row[3]:>16}   ratio min/median/max {ratio}  {row[5]}")


def print_memory(report: Report) -> None:
    small, large = report.sizes.memory_events
    print(f"\npeak RSS growth while consuming one async stream ({small:,} vs {large:,} events)")
    for name, by in report.memory.items():
        print(f"  {name:<14} {by[small]:7.1f} MB   {by[large]:7.1f} MB")


def print_parsing(report: Report) -> None:
    print("\ntyped models: from_dict(orjson.loads(body)) against orjson.loads(body)")
    for label, base, ratio, read, floor in report.parsing:
        print(
            f"  {label:<40} loads {base * 1e6:7.1f} us   typed/loads {ratio:5.2f}"
            f"   every field read {read:5.2f}   floor {floor:5.2f}"
        )


def machine() -> list[str]:
    cpu = platform.processor() or "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    versions = []
    for dist in (
        "langgraph-client",
        "langgraph-sdk",
        "httpx",
        "httpcore",
        "anyio",
        "sniffio",
        "orjson",
        "httpx-aiohttp",
        "aiohttp",
        "uvloop",
    ):
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions.append(f"{dist} {metadata.version(dist)}")
    return [
        f"CPU: {cpu}, {os.cpu_count()} cores (shared with other work; figures are ratios "
        "measured in alternating rounds for that reason)",
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.release()}",
        "Packages: " + ", ".join(versions),
    ]


def message_lines(report: Report) -> list[str]:
    small, large = report.sizes.message_deltas
    lines = [
        "## Message assembly",
        "",
        f"One chat message of {small:,} and of {large:,} text deltas fed to the decoder behind "
        "the sync `thread.messages` (events typed beforehand), then its whole text read; "
        "`sdk` is langgraph-sdk's `MessagesDecoder` with langchain-core's `ChatModelStream`, "
        "fed the same events (`benchmarks/messages.py`). Growth is the cost per delta at "
        f"{large:,} deltas over the cost at {small:,}: about 1 when building a message costs "
        "linear time.",
        "",
        f"| assembler | per delta, {small:,} deltas | per delta, {large:,} deltas | growth |",
        "|---|---|---|---|",
        *["| " + " | ".join(row) + " |" for row in messages.rows(report.messages, (small, large))],
        "",
        messages.versus(report.messages, large) + ".",
        "",
    ]
    return lines


def write_docs(path: Path, report: Report, command: str, seconds: float) -> None:
    names = [a.name for a in report.adapters]
    labels = "\n".join(f"- `{a.name}`: {a.label}" for a in report.adapters)
    lines = [
        "# Performance",
        "",
        "Regenerated by `nox -s bench`; do not edit by hand. "
        f"Command: `{command}` ({seconds:.0f} s for the measurement).",
        "",
        "Each figure is measured in rounds; in every round each client runs once, in an order "
        "that rotates, and every client is made afresh (and warmed with one call) before each "
        "figure. The ratio is the client's time divided by the floor's time in the same "
        "round: min / **median** / max over rounds; lower is better. The server is a loopback "
        "stub in its own process replaying answers recorded from the real server "
        "(`benchmarks/recordings/`, made by `python -m benchmarks.record`). Before any timing, "
        "every client's results were compared with what the stub sent "
        f"({len(report.checks)} comparisons, all equal).",
        "",
        "## Machine",
        "",
        *[f"- {m}" for m in machine()],
        "",
        "## Clients",
        "",
        labels,
        *[f"- skipped: {s}" for s in report.skipped],
        "",
        "## Ratios to the floor",
        "",
        "| figure | sample | client | median time | ratio to floor (min / median / max) | target |",
        "|---|---|---|---|---|---|",
    ]
    for figure in report.figures:
        for row in figure_rows(figure, names):
            lines.append("| " + " | ".join(row) + " |")
    if report.modules:
        mods = ", ".join(f"{k} {v}" for k, v in report.modules.items())
        lines += ["", f"Modules imported by import + create a client: {mods}."]
    lines += [
        "",
        "Where `ours` differs from the floor: it hands each request to httpx's transport "
        "itself when the httpx client has no auth, hooks, redirects or request logging to "
        "apply, skipping the rest of httpx's `send` (see docs/guide.md, \"Your own httpx "
        "client\"), which is why its calls and streams can cost less than the floor's; and "
        "before sending a body it looks for NaN and infinity, which JSON cannot hold "
        "(orjson would write them as null), a check neither the floor nor langgraph-sdk "
        "makes: most of what `ours` adds to the 1 MB `runs.create`.",
    ]
    small, large = report.sizes.memory_events
    lines += [
        "",
        "## Stream memory",
        "",
        "Peak RSS growth of a fresh interpreter while it consumes one async `runs.stream` "
        "(after a warm-up stream); flat means the client never holds the whole stream.",
        "",
        f"| client | {small:,} events | {large:,} events |",
        "|---|---|---|",
        *[f"| {k} | {v[small]:.1f} MB | {v[large]:.1f} MB |" for k, v in report.memory.items()],
        "",
    ]
    small, large = report.sizes.thread_memory_events
    lines += [
        "## Thread stream memory",
        "",
        "Peak RSS growth of a fresh interpreter while one `client.threads.stream(...)` reads "
        "a thread's protocol events to the end of the stream (the stub's "
        "`/threads/{id}/stream/events`: a run's lifecycle events around values, updates, "
        "child-graph message deltas and custom events, a few hundred bytes each); flat "
        "means the stream holds a bounded number of events. `subscribe` sends its channels "
        "to the server (the stub ignores them and sends everything).",
        "",
        f"| reader | {small:,} events | {large:,} events |",
        "|---|---|---|",
        *[
            "| {} | {} | {} |".format(
                k, *(f"{v[n]:.1f} MB" if n in v else "not run" for n in (small, large))
            )
            for k, v in report.thread_memory.items()
        ],
        "",
        *message_lines(report),
        "## Typed models against plain JSON",
        "",
    ]
    if report.parsing:
        lines += [
            "Time to parse each recorded answer into the generated models "
            "(`Model.from_dict(orjson.loads(body))`) divided by `orjson.loads(body)` alone; "
            "a model is a dict of the JSON object and converts a field each time it is read, "
            "so the last column also reads every typed field once (nested models and lists "
            "of them included), through a walk that costs little beside the reads (one "
            "`attrgetter` call per model). The floor walks the plain JSON objects instead and "
            "makes the same typed values with the cheapest standard calls and no check "
            "(`uuid.UUID`, `datetime.fromisoformat`): what any typed reading costs at least.",
            "",
            "| answer | orjson.loads | typed / loads | typed, every field read / loads "
            "| floor: the same values from plain dicts / loads |",
            "|---|---|---|---|---|",
            *[
                f"| {lbl} | {b * 1e6:.1f} us | {r:.2f} | {a:.2f} | {f:.2f} |"
                for lbl, b, r, a, f in report.parsing
            ],
        ]
    else:
        lines.append(report.parsing_note)
    lines += ["", "## The stub's own cost", ""]
    lines += [f"- {note}" for note in report.stub_notes]
    lines += [
        "- the stub's CPU time during each figure, against the figure's wall time: "
        + "; ".join(
            f"{f.name} {f.stub_cpu:.2f} s of {f.wall:.1f} s ({f.stub_cpu / f.wall:.0%})"
            for f in report.figures
        ),
        "",
        "## Running it",
        "",
        "- `nox -s bench`: this page, from an environment built from the project's own "
        "dependency list plus langgraph-sdk 0.4.14, httpx-aiohttp and uvloop (for the stub).",
        "- `nox -s bench -- --quick`: small sizes, a smoke run; prints only.",
        "- `python -m benchmarks.record` (with langgraph-cli[inmem]): records "
        "`benchmarks/recordings/` again from the real server.",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"\nwrote {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--write-docs", type=Path, help="write the results as Markdown here")
    parser.add_argument("--probe-memory", help=argparse.SUPPRESS)
    parser.add_argument("--probe-thread-memory", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--events", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe_memory:
        memory_probe(args.probe_memory, args.url, args.events)
        return
    if args.probe_thread_memory:
        thread_memory_probe(args.probe_thread_memory, args.url, args.events)
        return

    started = time.perf_counter()
    sizes = QUICK if args.quick else FULL
    report = Report(sizes, [])
    for adapter in all_adapters():
        reason = adapter.unavailable()
        if reason:
            line = f"{adapter.name} not measured: {reason}"
            print(f"SKIP {line}")
            report.skipped.append(line)
        else:
            report.adapters.append(adapter)
    with stub_server() as url:
        measure(url, report)
        measure_memory(url, report)
        measure_thread_memory(url, report)
    report.messages = messages.measure(sizes.message_deltas)
    messages.report(report.messages, sizes.message_deltas)
    measure_parsing(report)
    seconds = time.perf_counter() - started
    print(f"\nmeasured in {seconds:.0f} s")
    if args.write_docs:
        command = "nox -s bench" + (" -- --quick" if args.quick else "")
        write_docs(args.write_docs, report, command, seconds)


if __name__ == "__main__":
    main()

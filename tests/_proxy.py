"""A fault-injecting HTTP/1.1 proxy on loopback, between a client and the real server.

``FaultProxy(upstream)`` listens on a free 127.0.0.1 port, in a thread of its own with its
own event loop, so the sync and the async client can both go through it. Each connection
carries one request (the proxy answers ``Connection: close``); the answer is re-chunked
towards the client, one chunk per upstream chunk, or one per event for an event stream. A
websocket handshake is passed on (without compression), then its frames both ways.

Faults are queued with ``inject(Fault(...))`` and used by the requests they match, in
order, each for ``times`` requests:

- ``status=429, retry_after="1"``: answer at once, without asking the server;
- ``reset_after_events=N`` / ``reset_after_bytes=N``: pass N events (or body bytes), then
  drop the connection (a websocket: N event frames; its frames are passed one by one);
- ``truncate_after_events=N``: pass N events, then half of the next chunk, then drop;
- ``close_after_events=N``: pass N events, then end the answer cleanly (no event says so);
- ``rewrite=f``: pass ``f(body)`` instead of the body (``f(event)`` for each event);
- ``delay=0.2``: wait before passing the request on;
- ``location="http://elsewhere/..."``: pass the answer with its ``Location`` replaced.

What it saw is counted: ``requests`` (method, target, headers of each), ``events`` and
``body_bytes`` passed to the client, ``faults`` by kind. Everything is bounded: head and
body sizes, and every read waits at most ``IO_TIMEOUT`` seconds.
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self

IO_TIMEOUT = 30.0
MAX_HEAD = 64 * 1024
MAX_REQUEST_BODY = 16 * 1024 * 1024
_BLANK_LINE = re.compile(rb"\r\n\r\n|\n\n|\r\r")


@dataclass
class Fault:
    """One fault, for the next ``times`` requests whose method and path match."""

    method: str | None = None
    path: str | None = None  # a regular expression searched in the request target
    times: int = 1
    status: int | None = None
    retry_after: str | None = None
    body: bytes = b'{"detail":"injected by the test proxy"}'
    content_type: str = "application/json"
    reset_after_events: int | None = None
    reset_after_bytes: int | None = None
    truncate_after_events: int | None = None
    close_after_events: int | None = None
    rewrite: Callable[[bytes], bytes] | None = None
    delay: float = 0.0
    location: str | None = None
    when: Callable[[str, str, dict[str, str]], bool] | None = None

    def matches(self, method: str, target: str, headers: dict[str, str]) -> bool:
        if self.method is not None and self.method != method:
            return False
        if self.path is not None and not re.search(self.path, target):
            return False
        return self.when is None or self.when(method, target, headers)

    @property
    def kind(self) -> str:
        if self.status is not None:
            return f"status {self.status}"
        if self.truncate_after_events is not None:
            return "truncated chunk"
        if self.reset_after_events is not None or self.reset_after_bytes is not None:
            return "connection reset"
        if self.close_after_events is not None:
            return "stream closed early"
        if self.location is not None:
            return "foreign location"
        if self.rewrite is not None:
            return "rewritten answer"
        return "delay"


@dataclass
class Seen:
    method: str
    target: str
    headers: dict[str, str]


@dataclass
class FaultProxy:
    """See the module docstring. Use as a context manager; ``url`` is where to connect."""

    upstream: str
    requests: list[Seen] = field(default_factory=list)
    faults: Counter[str] = field(default_factory=Counter)
    faults_total: Counter[str] = field(default_factory=Counter)  # never cleared
    events: int = 0
    body_bytes: int = 0

    def __post_init__(self) -> None:
        match = re.fullmatch(r"http://([^/:]+):(\d+)/?", self.upstream)
        if not match:
            raise ValueError(f"upstream must be http://host:port, not {self.upstream!r}")
        self._host, self._port = match[1], int(match[2])
        self._queue: list[Fault] = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self._server: asyncio.Server | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- control, from the test's thread -------------------------------------------------
    def inject(self, *faults: Fault) -> None:
        with self._lock:
            self._queue.extend(faults)

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self.requests.clear()
            self.faults.clear()
            self.events = 0
            self.body_bytes = 0

    def seen(self, method: str | None = None, path: str | None = None) -> list[Seen]:
        """The requests seen, optionally those of one method and path pattern."""
        return [
            r
            for r in list(self.requests)
            if (method is None or r.method == method)
            and (path is None or re.search(path, r.target))
        ]

    @property
    def pending(self) -> int:
        """How many injected faults are still waiting for a request."""
        with self._lock:
            return sum(f.times for f in self._queue)

    def __enter__(self) -> Self:
        self._thread.start()
        self._started.wait(10)
        if not self.port:
            raise RuntimeError("the fault proxy did not start")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    # -- the proxy, in its own thread --------------------------------------------------------
    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0, limit=MAX_HEAD)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._started.set()
        try:
            self._loop.run_forever()
        finally:
            self._server.close()
            tasks = asyncio.all_tasks(self._loop)
            for task in tasks:
                task.cancel()
            # Let the cancelled relays close their sockets (an event stream still open then
            # is one the server never ends, such as a thread's).
            self._loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            self._loop.run_until_complete(asyncio.sleep(0))
            self._loop.close()

    def _fired(self, fault: Fault) -> None:
        """Count a fault that took effect (a taken fault may find nothing to cut)."""
        with self._lock:
            self.faults[fault.kind] += 1
            self.faults_total[fault.kind] += 1

    def _take(self, method: str, target: str, headers: dict[str, str]) -> Fault | None:
        with self._lock:
            for fault in self._queue:
                if fault.matches(method, target, headers):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._queue.remove(fault)
                    return fault
        return None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await self._serve_one(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError, ValueError):
            pass
        finally:
            writer.close()

    async def _serve_one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), IO_TIMEOUT)
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _ = request_line.split(" ", 2)
        headers: dict[str, str] = {}
        for line in header_lines:
            if line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        if length > MAX_REQUEST_BODY:
            raise ValueError("request body too large")
        body = await asyncio.wait_for(reader.readexactly(length), IO_TIMEOUT) if length else b""
        self.requests.append(Seen(method, target, headers))

        fault = self._take(method, target, headers)
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
            if fault.kind == "delay":
                self._fired(fault)
        if fault is not None and fault.status is not None:
            self._fired(fault)
            extra = f"Retry-After: {fault.retry_after}\r\n" if fault.retry_after else ""
            if fault.location is not None:
                extra += f"Location: {fault.location}\r\n"
            writer.write(
                f"HTTP/1.1 {fault.status} Injected\r\nContent-Type: {fault.content_type}\r\n"
                f"Content-Length: {len(fault.body)}\r\n{extra}Connection: close\r\n\r\n".encode()
                + fault.body
            )
            await writer.drain()
            return

        up_reader, up_writer = await asyncio.wait_for(
            asyncio.open_connection(self._host, self._port, limit=MAX_HEAD), IO_TIMEOUT
        )
        upgrade = headers.get("upgrade", "").lower() == "websocket"
        try:
            forwarded = [f"{method} {target} HTTP/1.1"]
            forwarded += [
                f"{name}: {value}"
                for name, value in headers.items()
                # A websocket's frames are kept uncompressed, so that events can be counted.
                if name not in ("connection", "sec-websocket-extensions")
            ]
            forwarded.append("Connection: Upgrade" if upgrade else "Connection: close")
            up_writer.write(("\r\n".join(forwarded) + "\r\n\r\n").encode("latin-1") + body)
            await up_writer.drain()
            if upgrade:
                await self._tunnel(fault, reader, writer, up_reader, up_writer)
            else:
                await self._relay(method, fault, up_reader, writer)
        finally:
            up_writer.close()

    async def _tunnel(
        self,
        fault: Fault | None,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        up: asyncio.StreamReader,
        up_writer: asyncio.StreamWriter,
    ) -> None:
        """A websocket: the handshake answer passed as it is, then the client's bytes
        upstream as they come and the server's frames one by one, an event frame (a text
        frame of ``"type":"event"``) counted in ``events``; ``reset_after_events=N`` drops
        the connection instead of passing event N + 1."""
        head = await asyncio.wait_for(up.readuntil(b"\r\n\r\n"), IO_TIMEOUT)
        writer.write(head)
        await writer.drain()
        if b" 101 " not in head.split(b"\r\n", 1)[0]:  # refused: its body as it comes
            while data := await asyncio.wait_for(up.read(65536), IO_TIMEOUT):
                writer.write(data)
            await writer.drain()
            return

        async def upstream() -> None:
            while data := await reader.read(65536):
                up_writer.write(data)
                await up_writer.drain()

        async def downstream() -> None:
            passed = 0
            while True:
                frame = await _ws_frame(up)
                if frame is None:
                    return
                opcode, payload, raw = frame
                if opcode == 1 and b'"type":"event"' in payload:
                    limit = fault.reset_after_events if fault is not None else None
                    if limit is not None and passed >= limit:
                        assert fault is not None
                        self._fired(fault)
                        _reset(writer)
                        return
                    passed += 1
                    self.events += 1
                writer.write(raw)
                await writer.drain()

        tasks = [asyncio.ensure_future(upstream()), asyncio.ensure_future(downstream())]
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _relay(
        self,
        method: str,
        fault: Fault | None,
        up: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        head = await asyncio.wait_for(up.readuntil(b"\r\n\r\n"), IO_TIMEOUT)
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        status = int(status_line.split(" ", 2)[1])
        kept: list[str] = []
        chunked = False
        length: int | None = None
        event_stream = False
        for line in header_lines:
            if not line:
                continue
            name, _, value = line.partition(":")
            lower = name.strip().lower()
            if lower == "transfer-encoding":
                chunked = "chunked" in value.lower()
                continue
            if lower == "content-length":
                length = int(value)
                continue
            if lower == "connection":
                continue
            if lower == "location" and fault is not None and fault.location is not None:
                value = " " + fault.location
            if lower == "content-type" and "text/event-stream" in value:
                event_stream = True
            kept.append(f"{name}:{value}")
        if fault is not None and fault.location is not None:
            self._fired(fault)
            if not any(k.lower().startswith("location:") for k in kept):
                kept.append(f"Location: {fault.location}")
        no_body = method == "HEAD" or status in (204, 304) or 100 <= status < 200
        kept.append("Connection: close")
        if not no_body:
            kept.append("Transfer-Encoding: chunked")
        writer.write((status_line + "\r\n" + "\r\n".join(kept) + "\r\n\r\n").encode("latin-1"))
        await writer.drain()
        if no_body:
            return

        passed_events = 0
        passed_bytes = 0
        pending = b""
        closing = False

        async def send(piece: bytes) -> None:
            nonlocal passed_bytes
            if not piece:
                return
            writer.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            await writer.drain()
            passed_bytes += len(piece)
            self.body_bytes += len(piece)

        async for piece in _body(up, chunked, length):
            if fault is not None and fault.reset_after_bytes is not None:
                room = fault.reset_after_bytes - passed_bytes
                if len(piece) >= room:
                    await send(piece[:room])
                    self._fired(fault)
                    _reset(writer)
                    return
            if not event_stream:
                if fault is not None and fault.rewrite is not None:
                    pending += piece  # rewritten whole, once it is all there
                    continue
                await send(piece)
                continue
            pending += piece
            while True:
                found = _BLANK_LINE.search(pending)
                if found is None:
                    break
                block, pending = pending[: found.end()], pending[found.end() :]
                is_event = b"data:" in block or b"event:" in block
                limit = None
                if fault is not None:
                    limit = fault.reset_after_events
                    if limit is None:
                        limit = fault.truncate_after_events
                    if fault.close_after_events is not None and passed_events >= (
                        fault.close_after_events
                    ):
                        closing = True
                        self._fired(fault)
                        break
                    if fault.rewrite is not None and is_event:
                        rewritten = fault.rewrite(block)
                        if rewritten != block:
                            self._fired(fault)
                        block = rewritten
                if is_event and limit is not None and passed_events >= limit:
                    assert fault is not None
                    self._fired(fault)
                    if fault.truncate_after_events is not None:
                        cut = max(1, len(block) // 2)
                        writer.write(b"%x\r\n%s" % (len(block), block[:cut]))
                        await writer.drain()
                    _reset(writer)
                    return
                await send(block)
                if is_event:
                    passed_events += 1
                    self.events += 1
            if closing:
                pending = b""
                break
        if not event_stream and fault is not None and fault.rewrite is not None:
            pending = fault.rewrite(pending)
            self._fired(fault)
        await send(pending)
        writer.write(b"0\r\n\r\n")
        await writer.drain()


async def _ws_frame(up: asyncio.StreamReader) -> tuple[int, bytes, bytes] | None:
    """The next websocket frame from ``up`` as (opcode, payload, raw bytes); None at its end."""
    try:
        head = await up.readexactly(2)
        size = head[1] & 0x7F
        extra = {126: 2, 127: 8}.get(size, 0)
        more = await up.readexactly(extra) if extra else b""
        if extra:
            size = int.from_bytes(more, "big")
        mask = await up.readexactly(4) if head[1] & 0x80 else b""
        body = await up.readexactly(size)
    except asyncio.IncompleteReadError:
        return None
    payload = bytes(b ^ mask[i % 4] for i, b in enumerate(body)) if mask else body
    return head[0] & 0x0F, payload, head + more + mask + body


def _reset(writer: asyncio.StreamWriter) -> None:
    """Drop the connection at once, unflushed: the client sees it cut mid-body."""
    writer.transport.abort()


async def _body(
    up: asyncio.StreamReader, chunked: bool, length: int | None
) -> AsyncIterator[bytes]:
    """The upstream body, de-chunked, piece by piece as it arrives."""
    if chunked:
        while True:
            size_line = await asyncio.wait_for(up.readuntil(b"\r\n"), IO_TIMEOUT)
            size = int(size_line.split(b";")[0].strip(), 16)
            if size == 0:
                await asyncio.wait_for(up.readuntil(b"\r\n"), IO_TIMEOUT)
                return
            piece = await asyncio.wait_for(up.readexactly(size + 2), IO_TIMEOUT)
            yield piece[:-2]
    elif length is not None:
        remaining = length
        while remaining:
            piece = await asyncio.wait_for(up.read(min(remaining, 65536)), IO_TIMEOUT)
            if not piece:
                return
            remaining -= len(piece)
            yield piece
    else:
        while piece := await asyncio.wait_for(up.read(65536), IO_TIMEOUT):
            yield piece

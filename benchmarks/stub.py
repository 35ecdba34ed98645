"""A minimal loopback HTTP/1.1 server that replays the recorded LangGraph answers.

    python -m benchmarks.stub [--port N]      prints "listening <url>" once it accepts

It runs in its own process so its work does not share the client's interpreter. It is an
asyncio protocol (on uvloop when installed) with every answer built ahead of time: a request
costs a header scan and one write, and a stream is the same few memoryviews written again and
again. Keep-alive, Content-Length request bodies, chunked streams with backpressure.

Routes (anything else answers 404 with a JSON `detail`):
    GET  /ok                               {"ok": true}
    GET  /threads/{id}                     the recorded thread (20 messages in its values)
    POST /assistants/search                the recorded 10 assistants
    POST /threads/{id}/runs                the recorded run (the request body is kept)
    GET  /threads/{id}/runs/{run_id}       the recorded finished run
    POST /threads/{id}/runs/stream         a stream of `events_of(id)` events (see recorded.py)
    POST /threads/{id}/stream/events       the thread's protocol events, `events_of(id)` of them
    GET  /__bench/stats                    {"cpu": process CPU seconds, "requests": n}
    GET  /__bench/last                     the body of the last POST /threads/{id}/runs
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import sys
import time
from collections.abc import Iterator
from typing import cast

import orjson

from benchmarks import recorded

WRITE_HIGH_WATER = 1 << 20


def _head(status: int, headers: list[tuple[str, str]], length: int | None) -> bytes:
    reason = {200: "OK", 404: "Not Found"}[status]
    lines = [f"HTTP/1.1 {status} {reason}", "server: bench-stub"]
    lines += [f"{k}: {v}" for k, v in headers]
    if length is None:
        lines.append("transfer-encoding: chunked")
    else:
        lines.append(f"content-length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _json(status: int, body: bytes, headers: list[tuple[str, str]] | None = None) -> bytes:
    headers = headers or [("content-type", "application/json")]
    return _head(status, headers, len(body)) + body


def _answer(name: str) -> bytes:
    rec = recorded.load(name)
    return _json(rec.status, rec.body, rec.headers)


class State:
    def __init__(self) -> None:
        self.requests = 0
        self.last_body = b"null"
        self.thread = _answer("thread")
        self.assistants = _answer("assistants")
        self.run = _answer("run")
        self.run_done = _answer("run_done")
        self.stream_head = _head(200, recorded.stream_plan().headers, None)
        self.protocol_head = _head(
            200, [("content-type", "text/event-stream; charset=utf-8")], None
        )
        self.ok = _json(200, b'{"ok":true}')
        self.not_found = _json(404, b'{"detail":"Not Found"}')


class Connection(asyncio.Protocol):
    def __init__(self, state: State) -> None:
        self.state = state
        self.buf = bytearray()
        self.need = 0  # bytes the request being received has in all, once its head is read
        self.pending: Iterator[memoryview] | None = None
        self.paused = False
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport = cast(asyncio.Transport, transport)  # uvloop's is no subclass
        transport.set_write_buffer_limits(high=WRITE_HIGH_WATER)
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def connection_lost(self, exc: Exception | None) -> None:
        self.pending = None
        self.transport = None

    def pause_writing(self) -> None:
        self.paused = True

    def resume_writing(self) -> None:
        self.paused = False
        self._pump()

    def data_received(self, data: bytes) -> None:
        self.buf += data
        if len(self.buf) >= self.need:  # a large body arrives in many pieces: parsed once
            self._serve()

    def _serve(self) -> None:
        while self.pending is None and self.transport is not None:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buf[:end]).decode("latin-1")
            request_line, _, header_text = head.partition("\r\n")
            length = 0
            for line in header_text.split("\r\n"):
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self.buf) < end + 4 + length:
                self.need = end + 4 + length
                return
            self.need = 0
            body = bytes(self.buf[end + 4 : end + 4 + length])
            del self.buf[: end + 4 + length]
            method, target, _ = request_line.split(" ", 2)
            self._route(method, target.partition("?")[0], body)

    def _route(self, method: str, path: str, body: bytes) -> None:
        assert self.transport is not None
        state = self.state
        state.requests += 1
        parts = path.strip("/").split("/")
        write = self.transport.write
        match method, parts:
            case "GET", ["threads", _]:
                write(state.thread)
            case "POST", ["threads", thread, "runs", "stream"]:
                write(state.stream_head)
                self.pending = iter(recorded.stream_body(recorded.events_of(thread)))
                self._pump()
            case "POST", ["threads", thread, "stream", "events"]:
                write(state.protocol_head)
                self.pending = iter(recorded.protocol_body(recorded.events_of(thread)))
                self._pump()
            case "POST", ["threads", _, "runs"]:
                state.last_body = body
                write(state.run)
            case "GET", ["threads", _, "runs", _]:
                write(state.run_done)
            case "POST", ["assistants", "search"]:
                write(state.assistants)
            case "GET", ["ok"]:
                write(state.ok)
            case "GET", ["__bench", "stats"]:
                stats = {"cpu": time.process_time(), "requests": state.requests}
                write(_json(200, orjson.dumps(stats)))
            case "GET", ["__bench", "last"]:
                write(_json(200, state.last_body))
            case _:
                write(state.not_found)

    def _pump(self) -> None:
        while self.pending is not None and not self.paused and self.transport is not None:
            piece = next(self.pending, None)
            if piece is None:
                self.pending = None
                self._serve()  # a request that arrived meanwhile
                return
            self.transport.write(piece)


async def serve(port: int) -> None:
    state = State()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Connection(state), "127.0.0.1", port, backlog=512)
    bound = server.sockets[0].getsockname()[1]
    print(f"listening http://127.0.0.1:{bound}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    args = parser.parse_args()
    try:
        import uvloop

        runner = uvloop.run
    except ImportError:
        runner = asyncio.run
    try:
        runner(serve(args.port))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()

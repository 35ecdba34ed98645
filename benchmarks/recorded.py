"""The recorded answers, and the streams of any length built from them.

Shared by the stub server (which sends them) and the benchmark (which checks that each client
returned exactly what was sent). A stream of `n` events is the recorded `metadata` event, then
the recorded values, updates and partial-message events of 1 to 10 KB, cycled in their
recorded order; every cycle starts with the recorded heartbeat comment. Each event (and each
heartbeat) is one HTTP chunk, byte for byte as the real server framed it.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import orjson

RECORDINGS = Path(__file__).parent / "recordings"
MIN_EVENT, MAX_EVENT = 1024, 10 * 1024

# Thread ids the stub understands: the last group is the number of events its stream sends.
THREAD_PREFIX = "00000000-0000-4000-8000-"


def thread_id(events: int) -> str:
    return f"{THREAD_PREFIX}{events:012d}"


def events_of(thread: str) -> int:
    return int(thread.rsplit("-", 1)[1]) if thread.startswith(THREAD_PREFIX) else 100


class Recording(NamedTuple):
    status: int
    headers: list[tuple[str, str]]
    body: bytes  # the JSON body as the server would encode it


@cache
def load(name: str) -> Recording:
    raw = json.loads((RECORDINGS / f"{name}.json").read_text(encoding="utf-8"))
    return Recording(raw["status"], [tuple(h) for h in raw["headers"]], orjson.dumps(raw["body"]))


class StreamPlan(NamedTuple):
    headers: list[tuple[str, str]]
    first: bytes  # the metadata event, framed as an HTTP chunk
    cycle: bytes  # heartbeat + the cycled events, each framed as an HTTP chunk
    ends: list[int]  # offset in `cycle` just past each event's chunk
    events: list[bytes]  # the SSE text of each cycled event, unframed
    first_event: bytes
    heartbeat: bytes


def _chunk(payload: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(payload), payload)


@cache
def stream_plan() -> StreamPlan:
    raw = json.loads((RECORDINGS / "stream.json").read_text(encoding="utf-8"))
    chunks = [c.encode() for c in raw["chunks"]]
    first = next(c for c in chunks if c.startswith(b"event: metadata\r\n"))
    heartbeat = next(c for c in chunks if c.startswith(b":"))
    events = [
        c
        for c in chunks
        if not c.startswith((b":", b"event: metadata\r\n")) and MIN_EVENT <= len(c) <= MAX_EVENT
    ]
    cycle = bytearray(_chunk(heartbeat))
    ends = []
    for event in events:
        cycle += _chunk(event)
        ends.append(len(cycle))
    return StreamPlan(
        [tuple(h) for h in raw["headers"]],
        _chunk(first),
        bytes(cycle),
        ends,
        events,
        first,
        heartbeat,
    )


def stream_body(events: int) -> list[memoryview]:
    """The chunked body of a stream of `events` events, as pieces to write in order."""
    plan = stream_plan()
    pieces = [memoryview(plan.first)]
    left = events - 1
    whole, rest = divmod(left, len(plan.ends))
    cycle = memoryview(plan.cycle)
    pieces.extend([cycle] * whole)
    if rest:
        pieces.append(cycle[: plan.ends[rest - 1]])
    pieces.append(memoryview(b"0\r\n\r\n"))
    return pieces


def stream_bytes(events: int) -> int:
    """How many bytes of SSE text (HTTP framing excluded) a stream of `events` sends."""
    plan = stream_plan()
    whole, rest = divmod(events - 1, len(plan.events))
    per_cycle = sum(map(len, plan.events)) + len(plan.heartbeat)
    partial = sum(map(len, plan.events[:rest])) + (len(plan.heartbeat) if rest else 0)
    return len(plan.first_event) + whole * per_cycle + partial


def _parse(event: bytes) -> tuple[str, Any]:
    name, data = event.split(b"\r\n")[:2]
    return name.removeprefix(b"event: ").decode(), orjson.loads(data.removeprefix(b"data: "))


def expected_events(events: int) -> list[tuple[str, Any]]:
    """(event name, parsed data) of every event a stream of `events` events carries."""
    plan = stream_plan()
    parsed = [_parse(e) for e in plan.events]
    out = [_parse(plan.first_event)]
    while len(out) < events:
        out.extend(parsed[: events - len(out)])
    return out


# --- the streaming protocol (threads.stream) ---------------------------------------------------
PROTOCOL_RUN_ID = "00000000-0000-4000-8000-0000000000aa"


def _protocol_event(seq: int, method: str, namespace: list[str], data: Any, event_id: str) -> bytes:
    event = {
        "type": "event",
        "event_id": event_id,
        "seq": seq,
        "method": method,
        "params": {"namespace": namespace, "timestamp": 1_790_000_000_000 + seq, "data": data},
    }
    return b"event: %s\nid: %d\ndata: %s\n\n" % (method.encode(), seq, orjson.dumps(event))


@cache
def protocol_cycle() -> tuple[bytes, list[int]]:
    """One cycle of protocol events as langgraph-api frames them (values, updates, a message
    delta in a child graph, a custom event), each one HTTP chunk, and where each ends. The
    cycle repeats with the same ``seq``s: a reader that keeps nothing cannot tell."""
    message = {"type": "ai", "content": "a reply of a few words", "id": "msg-1"}
    kinds = [
        ("values", [], {"messages": [message]}),
        ("updates", [], {"reply": {"messages": [message]}}),
        ("messages", ["child:1"], {"event": "content-block-delta", "delta": {"text": "hi"}}),
        ("custom", [], {"name": "progress", "payload": {"i": 1}}),
    ]
    cycle, ends = bytearray(), []
    for seq, (method, namespace, data) in enumerate(kinds, start=2):
        cycle += _chunk(_protocol_event(seq, method, namespace, data, f"e-{seq}"))
        ends.append(len(cycle))
    return bytes(cycle), ends


def protocol_body(events: int) -> list[memoryview]:
    """The chunked body of a thread's protocol event stream of ``events`` events: a root
    ``running`` lifecycle event, the cycle repeated, a root ``completed`` lifecycle event;
    then the server ends the stream."""
    run = PROTOCOL_RUN_ID
    first = _protocol_event(1, "lifecycle", [], {"event": "running"}, f"synth:{run}:lc::running")
    last = _protocol_event(
        events, "lifecycle", [], {"event": "completed"}, f"synth:{run}:lc::completed"
    )
    cycle, ends = protocol_cycle()
    whole, rest = divmod(events - 2, len(ends))
    view = memoryview(cycle)
    pieces = [memoryview(_chunk(first)), *[view] * whole]
    if rest:
        pieces.append(view[: ends[rest - 1]])
    pieces += [memoryview(_chunk(last)), memoryview(b"0\r\n\r\n")]
    return pieces

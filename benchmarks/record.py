"""Record the real server's answers that the benchmark's stub server replays.

Run from the repository root, in an environment with langgraph-cli[inmem]:

    python -m benchmarks.record

It starts `langgraph dev` (through tests/_server.py) with the chat graph in benchmarks/app,
builds a thread of about 20 messages, ten assistants and a run, and writes what the server
answered into benchmarks/recordings/: the JSON bodies with their headers, and one streamed run
(values, updates and messages) exactly as framed on the wire, chunk by chunk, including a
heartbeat comment. The streams are read from a raw socket so the HTTP chunking is kept.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import urlsplit

import httpx

from tests import _server

HERE = Path(__file__).parent
APP_DIR = HERE / "app"
RECORDINGS = HERE / "recordings"
TURNS = 10  # a human and an AI message per turn: 20 messages in the recorded thread
STREAM_TURN = 3  # the streamed run is turn 4, on a thread of 6 messages
HEARTBEAT_DELAY = 5.5  # the server sends its first heartbeat comment after 5 s
KEPT_HEADERS = {"content-type", "content-location", "location", "x-pagination-total"}


def _human(turn: int) -> dict[str, Any]:
    return {
        "type": "human",
        "content": f"Question {turn}: how does the server keep a thread's state between runs, "
        "and what does a client see while a run is streaming?",
    }


def _kept(headers: httpx.Headers | list[tuple[str, str]]) -> list[list[str]]:
    items = headers.multi_items() if isinstance(headers, httpx.Headers) else headers
    return [[k.lower(), v] for k, v in items if k.lower() in KEPT_HEADERS]


def _save(name: str, value: Any) -> None:
    path = RECORDINGS / f"{name}.json"
    path.write_text(json.dumps(value, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(HERE.parent)} ({path.stat().st_size:,} bytes)")


def _response(r: httpx.Response) -> dict[str, Any]:
    r.raise_for_status()
    return {"status": r.status_code, "headers": _kept(r.headers), "body": r.json()}


def _raw_stream(url: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
    """POST over a plain socket; return status, headers and the body's HTTP chunks."""
    parts = urlsplit(url)
    payload = json.dumps(body).encode()
    request = (
        f"POST {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n"
    ).encode() + payload
    with socket.create_connection((parts.hostname, parts.port)) as sock:
        sock.sendall(request)
        raw = b""
        while data := sock.recv(65536):
            raw += data
    head, _, rest = raw.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = [tuple(h.split(": ", 1)) for h in header_lines]
    assert any(k.lower() == "transfer-encoding" and v == "chunked" for k, v in headers), headers
    chunks: list[str] = []
    while True:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line, 16)
        if size == 0:
            break
        chunks.append(rest[:size].decode("utf-8"))
        assert rest[size : size + 2] == b"\r\n"
        rest = rest[size + 2 :]
    return {
        "status": int(status_line.split()[1]),
        "headers": _kept(headers),  # type: ignore[arg-type]
        "chunks": chunks,
    }


def record(url: str) -> None:
    with httpx.Client(base_url=url, timeout=60) as client:
        for i in range(9):
            client.post(
                "/assistants",
                json={
                    "graph_id": "chat",
                    "name": f"chat assistant {i}",
                    "description": f"A chat assistant variant number {i}, for the benchmark.",
                    "context": {"words": 100 + 10 * i},
                    "metadata": {"team": "benchmarks", "variant": i},
                },
            ).raise_for_status()
        _save("assistants", _response(client.post("/assistants/search", json={"limit": 10})))

        thread = client.post("/threads", json={"metadata": {"user": "bench"}}).json()
        tid = thread["thread_id"]
        for turn in range(TURNS):
            body = {"assistant_id": "chat", "input": {"messages": [_human(turn)]}}
            if turn == STREAM_TURN:
                body |= {
                    "stream_mode": ["values", "updates", "messages"],
                    "context": {"delay": HEARTBEAT_DELAY},
                }
                _save("stream", _raw_stream(url, f"/threads/{tid}/runs/stream", body))
            else:
                client.post(f"/threads/{tid}/runs/wait", json=body).raise_for_status()
        _save("thread", _response(client.get(f"/threads/{tid}")))

        run = _response(
            client.post(
                f"/threads/{tid}/runs",
                json={"assistant_id": "chat", "input": {"messages": [_human(TURNS)]}},
            )
        )
        _save("run", run)
        client.get(f"/threads/{tid}/runs/{run['body']['run_id']}/join").raise_for_status()
        _save("run_done", _response(client.get(f"/threads/{tid}/runs/{run['body']['run_id']}")))


def main() -> None:
    RECORDINGS.mkdir(exist_ok=True)
    with mock.patch.object(_server, "APP_DIR", APP_DIR), _server.running_server() as url:
        record(url)


if __name__ == "__main__":
    main()

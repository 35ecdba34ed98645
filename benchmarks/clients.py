"""The clients under measurement, each behind the same small adapter.

- `Surface(module)`: a client with langgraph-sdk's public surface (`get_client`,
  `get_sync_client`, `threads.get`, `runs.stream`, ...). One adapter serves both langgraph-sdk
  and our `langgraph_client`, since they are called the same way; optionally with a transport
  for the async client (ours on the aiohttp extra).
- `Floor`: the same work done by hand with httpx and orjson, the reference every ratio is
  taken to. Optionally on another httpx transport (the aiohttp one), for the async calls.

An adapter whose package cannot be imported is reported by `unavailable()` and skipped.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, NamedTuple

import httpx
import orjson

ASSISTANT = "chat"
STREAM_MODE = ["values", "updates", "messages"]
INPUT = {"messages": [{"type": "human", "content": "Stream me a long answer, please."}]}
TIMEOUT = httpx.Timeout(connect=5, read=300, write=300, pool=5)  # langgraph-sdk's default


def plain(value: Any) -> Any:
    """A result as plain JSON-like data: typed models through their `to_dict()`."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def part_tuple(part: Any) -> tuple[str, Any]:
    return part.event, plain(part.data)


class Adapter:
    name: str
    label: str
    has_sync = True
    import_snippet: str  # Python run in a fresh interpreter: import and create a client for URL

    def unavailable(self) -> str | None:
        return None

    def aclient(self, url: str) -> Any: ...
    def sclient(self, url: str) -> Any: ...
    async def aclose(self, client: Any) -> None: ...
    def close(self, client: Any) -> None: ...
    async def aget_thread(self, client: Any, thread_id: str) -> Any: ...
    def get_thread(self, client: Any, thread_id: str) -> Any: ...
    async def asearch_assistants(self, client: Any) -> Any: ...
    async def acreate_run(self, client: Any, thread_id: str, input: Any) -> Any: ...
    def astream(self, client: Any, thread_id: str) -> AsyncIterator[Any]: ...
    def stream(self, client: Any, thread_id: str) -> Iterator[Any]: ...


class Surface(Adapter):
    """langgraph-sdk, or any client with its surface (ours)."""

    def __init__(self, name: str, module: str, label: str, transport: str | None = None) -> None:
        self.name, self.module, self.label = name, module, label
        self.import_snippet = f"from {module} import get_client\nc = get_client(url=URL)"
        self._mod: Any = None
        self.transport = transport  # "module:function" making the async client's transport
        self.has_sync = transport is None

    def unavailable(self) -> str | None:
        try:
            self._mod = importlib.import_module(self.module)
            for entry in ("get_client", "get_sync_client"):
                if not hasattr(self._mod, entry):
                    raise ImportError(f"cannot import name {entry!r} from {self.module!r}")
            if self.transport:
                self._make_transport()
        except ImportError as exc:
            return f"{self.module} cannot be imported ({exc})"
        return None

    def _make_transport(self) -> Any:
        if not self.transport:
            return None
        module, _, function = self.transport.partition(":")
        return getattr(importlib.import_module(module), function)()

    def aclient(self, url: str) -> Any:
        transport = self._make_transport()
        if transport is None:
            return self._mod.get_client(url=url)
        return self._mod.get_client(url=url, transport=transport)

    def sclient(self, url: str) -> Any:
        return self._mod.get_sync_client(url=url)

    async def aclose(self, client: Any) -> None:
        await client.aclose()

    def close(self, client: Any) -> None:
        client.close()

    async def aget_thread(self, client: Any, thread_id: str) -> Any:
        return await client.threads.get(thread_id)

    def get_thread(self, client: Any, thread_id: str) -> Any:
        return client.threads.get(thread_id)

    async def asearch_assistants(self, client: Any) -> Any:
        return await client.assistants.search(limit=10)

    async def acreate_run(self, client: Any, thread_id: str, input: Any) -> Any:
        return await client.runs.create(thread_id, ASSISTANT, input=input)

    def astream(self, client: Any, thread_id: str) -> AsyncIterator[Any]:
        return client.runs.stream(thread_id, ASSISTANT, input=INPUT, stream_mode=STREAM_MODE)  # type: ignore[no-any-return]

    def stream(self, client: Any, thread_id: str) -> Iterator[Any]:
        return client.runs.stream(thread_id, ASSISTANT, input=INPUT, stream_mode=STREAM_MODE)  # type: ignore[no-any-return]


class Part(NamedTuple):
    event: str
    data: Any


class FloorSSE:
    """The least an SSE reader must do: split lines (LF or CRLF), skip comments, join data
    lines, and decode each event's data with orjson."""

    __slots__ = ("buf", "data", "event")

    def __init__(self) -> None:
        self.buf = b""
        self.event = "message"
        self.data: bytes | None = None

    def feed(self, chunk: bytes) -> list[Part]:
        lines = (self.buf + chunk).split(b"\n")
        self.buf = lines.pop()
        out = []
        for raw in lines:
            line = raw[:-1] if raw.endswith(b"\r") else raw
            if not line:
                if self.data is not None:
                    out.append(Part(self.event, orjson.loads(self.data)))
                self.event, self.data = "message", None
            elif line[0] != 58:  # a comment starts with ":"
                field, _, value = line.partition(b":")
                if value[:1] == b" ":
                    value = value[1:]
                if field == b"data":
                    self.data = value if self.data is None else self.data + b"\n" + value
                elif field == b"event":
                    self.event = value.decode()
        return out


def _check(response: httpx.Response) -> httpx.Response:
    if response.status_code >= 400:
        raise RuntimeError(f"{response.status_code}: {response.text[:200]}")
    return response


_JSON = {"content-type": "application/json"}


def _stream_request(thread_id: str) -> dict[str, Any]:
    body = {"assistant_id": ASSISTANT, "input": INPUT, "stream_mode": STREAM_MODE}
    return {
        "method": "POST",
        "url": f"/threads/{thread_id}/runs/stream",
        "content": orjson.dumps(body),
        "headers": _JSON,
    }


class Floor(Adapter):
    """httpx and orjson by hand: no wrapper, no models, no retries."""

    def __init__(
        self,
        name: str = "floor",
        label: str = "httpx + orjson by hand",
        transport: Callable[[], httpx.AsyncBaseTransport] | None = None,
        requirement: str | None = None,
    ) -> None:
        self.name, self.label = name, label
        self.transport = transport
        self.requirement = requirement
        self.has_sync = transport is None
        self.import_snippet = "import httpx, orjson\nc = httpx.AsyncClient(base_url=URL)"

    def unavailable(self) -> str | None:
        if self.requirement:
            try:
                importlib.import_module(self.requirement)
            except ImportError as exc:
                return f"{self.requirement} cannot be imported ({exc})"
        return None

    def aclient(self, url: str) -> httpx.AsyncClient:
        transport = self.transport() if self.transport else None
        return httpx.AsyncClient(base_url=url, timeout=TIMEOUT, transport=transport)

    def sclient(self, url: str) -> httpx.Client:
        return httpx.Client(base_url=url, timeout=TIMEOUT)

    async def aclose(self, client: httpx.AsyncClient) -> None:
        await client.aclose()

    def close(self, client: httpx.Client) -> None:
        client.close()

    async def aget_thread(self, client: httpx.AsyncClient, thread_id: str) -> Any:
        return orjson.loads(_check(await client.get(f"/threads/{thread_id}")).content)

    def get_thread(self, client: httpx.Client, thread_id: str) -> Any:
        return orjson.loads(_check(client.get(f"/threads/{thread_id}")).content)

    async def asearch_assistants(self, client: httpx.AsyncClient) -> Any:
        body = orjson.dumps({"limit": 10})
        r = await client.post("/assistants/search", content=body, headers=_JSON)
        return orjson.loads(_check(r).content)

    async def acreate_run(self, client: httpx.AsyncClient, thread_id: str, input: Any) -> Any:
        body = orjson.dumps({"assistant_id": ASSISTANT, "input": input})
        r = await client.post(f"/threads/{thread_id}/runs", content=body, headers=_JSON)
        return orjson.loads(_check(r).content)

    async def astream(self, client: httpx.AsyncClient, thread_id: str) -> AsyncIterator[Part]:
        async with client.stream(**_stream_request(thread_id)) as response:
            _check(response)
            sse = FloorSSE()
            async for chunk in response.aiter_bytes():
                for part in sse.feed(chunk):
                    yield part

    def stream(self, client: httpx.Client, thread_id: str) -> Iterator[Part]:
        with client.stream(**_stream_request(thread_id)) as response:
            _check(response)
            sse = FloorSSE()
            for chunk in response.iter_bytes():
                yield from sse.feed(chunk)


def _aiohttp_transport() -> httpx.AsyncBaseTransport:
    from httpx_aiohttp import AiohttpTransport

    return AiohttpTransport()  # type: ignore[no-any-return]


def all_adapters() -> list[Adapter]:
    return [
        Floor(),
        Surface("sdk", "langgraph_sdk", "langgraph-sdk 0.4.14"),
        Surface("ours", "langgraph_client", "langgraph_client (ours)"),
        Surface(
            "ours-aiohttp",
            "langgraph_client",
            "ours on aiohttp_transport() (the aiohttp extra), async only",
            transport="langgraph_client._aiohttp:aiohttp_transport",
        ),
        Floor(
            "floor-aiohttp",
            "floor on the aiohttp transport (httpx-aiohttp), async only",
            transport=_aiohttp_transport,
            requirement="httpx_aiohttp",
        ),
    ]

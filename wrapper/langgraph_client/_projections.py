"""Typed views of a thread stream's events: ``thread.messages``, ``thread.tool_calls``,
``thread.subgraphs`` (``thread.subagents``), ``thread.extensions[name]`` and
``thread.interleave_projections([...])``.

Each view reads the events of the run the thread stream follows (``_run_events``), from
its first event until it stops (finished, failed, or waiting on an interrupt), through one
``_Feed``. A feed hands each event to its decoders; a decoder turns events into items: a
message stream per chat message, a tool call per tool run, a child stream per subgraph
namespace. An item goes on filling from the feed it came from, and whoever waits (the view's
iterator, or a reader of an item: its text, its output) pulls the next event from that feed,
so nothing runs in the background.

A child stream (a subgraph, a subagent) offers the same views, scoped to its namespace.

Written once, as coroutines: the async items await them, the sync items drive the same
coroutines without an event loop (see ``langgraph_api_client.sync``).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib.util
import json
from collections import deque
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Callable,
    Coroutine,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeAlias, TypeVar, cast

from langgraph_api_client.errors import LangGraphError
from langgraph_api_client.sync import _iterate_sync, async_stream, run_sync, syncify_stream

if TYPE_CHECKING:
    from langgraph_api_client.models import ProtocolEvent

    from .protocol import _ThreadStreamBase

__all__ = [
    "AsyncChildStream",
    "AsyncMessageStream",
    "AsyncToolCall",
    "ProtocolRunError",
    "SyncChildStream",
    "SyncMessageStream",
    "SyncToolCall",
    "ThreadStreamError",
    "ToolCallError",
]

T = TypeVar("T")
P = ParamSpec("P")

#: The names ``interleave_projections`` knows besides extension names.
BUILT_IN_VIEWS = (
    "values",
    "messages",
    "tool_calls",
    "subgraphs",
    "updates",
    "checkpoints",
    "tasks",
)
#: Protocol channels that are no view of their own (``tools`` is read as ``tool_calls``).
_NOT_VIEWS = frozenset({"lifecycle", "tools", "input"})
_STOPPED = frozenset({"completed", "failed", "interrupted"})  # nothing more until answered


def iterated(
    method: Callable[Concatenate[Any, P], AsyncIterator[T]],
) -> Callable[Concatenate[Any, P], Iterator[T]]:
    """The blocking twin of a method that returns an async iterator (see
    ``langgraph_api_client.sync``)."""
    return syncify_stream(async_stream(method))


class ThreadStreamError(LangGraphError, RuntimeError):
    """A thread stream used out of order (not entered, closed, no run to wait for), or a
    stream that could not go on. Also a ``RuntimeError``, as langgraph-sdk raises."""


class ProtocolRunError(ThreadStreamError):
    """The run the thread stream follows ended in failure; ``error`` is what the server said."""

    def __init__(self, error: Any) -> None:
        self.error = error
        super().__init__(f"the run failed: {error}" if error else "the run failed")


class ToolCallError(LangGraphError, RuntimeError):
    """A tool call ended in an error (``tool-error``): ``message`` is what the server said."""

    def __init__(self, tool_call_id: str, message: str) -> None:
        self.tool_call_id = tool_call_id
        self.message = message
        super().__init__(message)


# -- the feed -----------------------------------------------------------------------------
class _Feed:
    """One reader of the followed run's events, shared by a view and the items it yields."""

    def __init__(self) -> None:
        self.events: AsyncGenerator[ProtocolEvent]  # set by the view once its channels are known
        self.decoders: list[_Decoder] = []  # each event goes to each of them
        self._lock = asyncio.Lock()
        self.ended = False
        self.error: BaseException | None = None  # the run failed: ``ProtocolRunError``

    async def until(self, done: Callable[[], bool]) -> None:
        """Read events until ``done()`` or the end of the feed."""
        while not done() and not self.ended:
            async with self._lock:
                if done() or self.ended:
                    return
                try:
                    event = await anext(self.events)
                except StopAsyncIteration:
                    await self.close(None)
                    return
                except BaseException as error:
                    await self.close(error)
                    raise
                method, data = event.method, event.params.data
                path = tuple(map(str, event.params.namespace))
                root = method == "lifecycle" and not path
                if root and isinstance(data, Mapping) and data.get("event") == "failed":
                    self.error = ProtocolRunError(data.get("error"))
                for decoder in self.decoders:
                    decoder.feed(method, path, data)

    async def close(self, error: BaseException | None) -> None:
        """No more events: end what is still open (with the run's error if it failed)."""
        if self.ended:
            return
        self.ended = True
        reason = error or self.error
        if reason is None:
            reason = ThreadStreamError("the run stopped (ended, or waits on an interrupt) first")
        for decoder in self.decoders:
            decoder.end(reason)
        with contextlib.suppress(Exception):
            await self.events.aclose()


# -- items: a chat message -----------------------------------------------------------------
def _joined(pieces: list[str]) -> str:
    """The text of ``pieces``, kept as one piece from then on: a delta is appended, and a
    reader joins only what came since, so building a message costs linear time."""
    if len(pieces) > 1:
        pieces[:] = ["".join(pieces)]
    return pieces[0] if pieces else ""


def _parsed_args(args: str) -> tuple[dict[str, Any] | None, str | None]:
    """A tool call's arguments from their JSON text: (arguments, None) or (None, error)."""
    if not args:
        return {}, None
    try:
        parsed = json.loads(args)
    except ValueError:
        return None, "the tool call's arguments are not valid JSON"
    if not isinstance(parsed, dict):
        return None, "the tool call's arguments are not a JSON object"
    return parsed, None


class _Item:
    """What a decoder makes (a message, a tool call): filled from the events of its feed,
    which whoever waits on it reads."""

    _what = "item"
    _method = ""  # the channel of its events
    _starts = ""  # the ``event`` of the one that starts it
    _ids: tuple[str, ...] = ()  # the fields of its events that name it
    _latest = False  # whether an event naming no item goes to the latest one open

    def __init__(self, feed: _Feed, namespace: list[str], data: Mapping[str, Any]) -> None:
        self._feed = feed
        #: The namespace of the graph that streamed it (``[]`` for the root graph).
        self.namespace = namespace
        #: Whether it has finished (or failed: ``error``).
        self.done = False
        self.error: BaseException | None = None

    def dispatch(self, data: Mapping[str, Any]) -> None:
        """Take one of its events (its ``params.data``)."""
        raise NotImplementedError

    def _fail(self, error: BaseException) -> None:
        """End it unfinished: its readers get ``error``."""
        if not self.done:
            self.done, self.error = True, error

    def _cut(self) -> None:
        self._fail(ThreadStreamError(f"the event stream ended before the {self._what} finished"))

    async def _done(self, value: Callable[[], T]) -> T:
        """``value()`` once it has finished (its error if it failed)."""
        await self._feed.until(lambda: self.done)
        if not self.done:
            self._cut()
        if self.error is not None:
            raise self.error
        return value()

    async def _follow(self, items: list[Any], *, raising: bool = True) -> AsyncIterator[Any]:
        """``items`` from the first, as the feed adds them, until it has finished (then its
        error, if ``raising``)."""
        index = 0
        while not self.done or index < len(items):
            while index < len(items):
                yield items[index]
                index += 1
            if not self.done:
                await self._feed.until(lambda seen=index: len(items) > seen or self.done)  # type: ignore[misc]
                if len(items) == index and not self.done:
                    self._cut()
        if raising and self.error is not None:
            raise self.error


class _MessageBase(_Item):
    """One chat message as its ``messages`` events build it (both clients)."""

    _what = "message"
    _method, _starts, _ids, _latest = "messages", "message-start", ("id", "message_id"), True

    def __init__(self, feed: _Feed, namespace: list[str], start: Mapping[str, Any]) -> None:
        super().__init__(feed, namespace, start)
        metadata = start.get("metadata")
        self.metadata: dict[str, Any] = dict(metadata) if isinstance(metadata, Mapping) else {}
        #: The node that streamed it, when the server says.
        self.node: str | None = self.metadata.get("langgraph_node")
        #: The message's id, from its ``message-start``.
        self.message_id: str | None = str(start["id"]) if start.get("id") else None
        self.role: str = str(start.get("role") or "ai")
        self._events: list[dict[str, Any]] = []
        # "text" and "reasoning": the deltas in order, and the pieces per block index
        self._said: dict[str, list[str]] = {"text": [], "reasoning": []}
        self._said_of: dict[str, dict[int, list[str]]] = {"text": {}, "reasoning": {}}
        # tool-call chunks merged per block (``args``: the pieces of their text)
        self._chunks: dict[int, dict[str, Any]] = {}
        self._chunk_deltas: list[dict[str, Any]] = []
        self._blocks: dict[int, dict[str, Any]] = {}  # finished blocks
        self._usage: dict[str, Any] | None = None
        self._finish: dict[str, Any] = {}
        self.dispatch(start)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} id={self.message_id!r} namespace={self.namespace!r}>"

    # -- reading events -----------------------------------------------------------------
    def dispatch(self, data: Mapping[str, Any]) -> None:
        """Take one ``messages`` event of this message (its ``params.data``)."""
        if self.done:
            return
        self._events.append(dict(data))
        kind = data.get("event")
        index = data.get("index")
        if kind == "content-block-start":
            block = data.get("content")
            if isinstance(block, Mapping) and isinstance(index, int):
                self._start_block(index, block)
        elif kind == "content-block-delta":
            delta = data.get("delta")
            if isinstance(delta, Mapping) and isinstance(index, int):
                self._delta(index, delta)
        elif kind == "content-block-finish":
            block = data.get("content")
            if isinstance(block, Mapping) and isinstance(index, int):
                self._finish_block(index, block)
        elif kind == "message-finish":
            self._finished(data)
        elif kind == "error":
            self._fail(ThreadStreamError(f"the message failed: {data.get('message')}"))

    def _start_block(self, index: int, block: Mapping[str, Any]) -> None:
        if block.get("type") == "tool_call_chunk":
            chunk = {key: value for key, value in block.items() if key != "type"}
            args = chunk.get("args")
            chunk["args"] = []
            self._chunks[index] = chunk
            if isinstance(args, str) and args:
                self._add_args(index, args)

    def _add_args(self, index: int, args: str) -> None:
        chunk = self._chunks.setdefault(index, {"args": []})
        chunk["args"].append(args)
        self._chunk_deltas.append(
            {
                "type": "tool_call_chunk",
                "id": chunk.get("id"),
                "name": chunk.get("name"),
                "args": args,
                "index": chunk.get("index", index),
            }
        )

    def _delta(self, index: int, delta: Mapping[str, Any]) -> None:
        kind = delta.get("type")
        if kind in ("text-delta", "reasoning-delta"):
            key = str(kind).removesuffix("-delta")
            text = delta.get(key)
            if isinstance(text, str) and text:
                self._said[key].append(text)
                self._said_of[key].setdefault(index, []).append(text)
        elif kind == "tool-call-delta":
            args = delta.get("args")
            if isinstance(args, str) and args:
                self._add_args(index, args)
        elif kind == "block-delta":
            fields = delta.get("fields")
            if isinstance(fields, Mapping) and fields.get("type") == "tool_call_chunk":
                # A snapshot of the call so far: take its new identity, and what its args add.
                chunk = self._chunks.setdefault(index, {"args": []})
                held = _joined(chunk["args"])
                for key in ("id", "name", "index"):
                    if fields.get(key) is not None:
                        chunk[key] = fields[key]
                args = fields.get("args")
                if isinstance(args, str) and args.startswith(held) and len(args) > len(held):
                    self._add_args(index, args[len(held) :])

    def _finish_block(self, index: int, block: Mapping[str, Any]) -> None:
        kind = block.get("type")
        final = dict(block)
        if kind in ("text", "reasoning"):
            key = str(kind)
            said = block.get(key)
            pieces = self._said_of[key].setdefault(index, [])
            read = _joined(pieces)
            if isinstance(said, str) and said != read:
                # The block's final text is authoritative: what the deltas missed is a delta.
                if said.startswith(read):
                    self._said[key].append(said[len(read) :])
                pieces[:] = [said]
                read = said
            if read:
                final[key] = read
            final.setdefault("index", index)
        elif kind in ("tool_call", "invalid_tool_call"):
            final.pop("index", None)
            self._chunks.pop(index, None)
        self._blocks[index] = final

    def _finished(self, data: Mapping[str, Any]) -> None:
        usage = data.get("usage")
        self._usage = dict(usage) if isinstance(usage, Mapping) else None
        self._finish = {key: value for key, value in data.items() if key not in ("event", "usage")}
        for index, chunk in sorted(self._chunks.items()):  # calls never finished as blocks
            text = _joined(chunk["args"])
            args, error = _parsed_args(text)
            name = chunk.get("name")
            block = {"type": "tool_call", "id": chunk.get("id"), "name": name or "", "args": args}
            if args is None:
                block.update(type="invalid_tool_call", name=name, args=text, error=error)
            self._blocks[index] = block
        self._chunks.clear()
        self.done = True

    # -- what readers see ---------------------------------------------------------------
    def _blocks_of(self, kind: str) -> list[dict[str, Any]]:
        return [
            self._blocks[i] for i in sorted(self._blocks) if self._blocks[i].get("type") == kind
        ]

    def _final_tool_calls(self) -> list[dict[str, Any]]:
        return [
            {
                "type": "tool_call",
                "id": block.get("id"),
                "name": block.get("name") or "",
                "args": block.get("args") if isinstance(block.get("args"), dict) else {},
            }
            for block in self._blocks_of("tool_call")
        ]

    def as_dict(self) -> dict[str, Any]:
        """The message as read so far, in the form langchain serialises an AI message."""
        content: Any
        if self._blocks:
            content = [dict(self._blocks[i]) for i in sorted(self._blocks)]
        else:
            content = "".join(self._said["text"])
        response_metadata: dict[str, Any] = {}
        if "provider" in self.metadata:
            response_metadata["model_provider"] = self.metadata["provider"]
        if "model" in self.metadata:
            response_metadata["model_name"] = self.metadata["model"]
        finish_metadata = self._finish.get("metadata")
        if isinstance(finish_metadata, Mapping):
            response_metadata.update(finish_metadata)
        # The content is a list of the protocol's (v1) content blocks.
        response_metadata["output_version"] = "v1"
        message: dict[str, Any] = {
            "type": "ai",
            "id": self.message_id,
            "content": content,
            "tool_calls": self._final_tool_calls(),
            "invalid_tool_calls": [
                {key: block.get(key) for key in ("type", "id", "name", "args", "error")}
                for block in self._blocks_of("invalid_tool_call")
            ],
            "usage_metadata": self._usage,
            "response_metadata": response_metadata,
        }
        extra = self._finish.get("additional_kwargs")
        if isinstance(extra, Mapping):
            message["additional_kwargs"] = dict(extra)
        return message

    def _full(self, kind: str) -> str:
        per_block = self._said_of[kind]  # every delta has its block
        return "".join(_joined(per_block[i]) for i in sorted(per_block))

    def _output(self) -> Coroutine[Any, Any, Any]:
        return self._done(lambda: _as_message(self.as_dict()))


@functools.cache
def _langchain_installed() -> bool:
    return importlib.util.find_spec("langchain_core") is not None


def _as_message(message: dict[str, Any]) -> Any:
    """langchain-core's ``AIMessage`` when it is installed (the ``langchain`` extra), else
    the message dict."""
    if not _langchain_installed():
        return message
    from langchain_core.messages import AIMessage

    fields = {key: value for key, value in message.items() if key != "type"}
    return AIMessage(**fields)


D = TypeVar("D")


class AsyncPart(Generic[D, T]):
    """A part of a message (``text``, ``reasoning``, ``tool_calls``): ``async for`` its
    deltas as they come, ``await`` it whole once the message has finished."""

    __slots__ = ("_deltas", "_message", "_whole")

    def __init__(self, message: _MessageBase, deltas: list[D], whole: Callable[[], T]) -> None:
        self._message = message
        self._deltas = deltas
        self._whole = whole

    def __aiter__(self) -> AsyncIterator[D]:
        return self._message._follow(self._deltas)

    def __await__(self) -> Generator[Any, None, T]:
        return self._message._done(self._whole).__await__()


class SyncPart(AsyncPart[D, T]):
    """A part of a message: iterate its deltas; ``get()`` it whole (blocks until the message
    has finished). ``str()`` of ``text`` or ``reasoning`` is ``get()``."""

    __slots__ = ()

    def __iter__(self) -> Iterator[D]:
        return _iterate_sync(self._message._follow(self._deltas))

    def get(self) -> T:
        return run_sync(self._message._done(self._whole))

    def __str__(self) -> str:
        return str(self.get())


class _Made(Generic[T]):
    """What a coroutine or an iterator is made from, each time it is asked for."""

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self._make = make


class _Awaitable(_Made[T]):
    __slots__ = ()

    def __await__(self) -> Generator[Any, None, T]:
        return self._make().__await__()  # type: ignore[no-any-return]


_AsyncText = AsyncPart[str, str]
_AsyncChunks = AsyncPart[dict[str, Any], list[dict[str, Any]]]
_SyncText = SyncPart[str, str]
_SyncChunks = SyncPart[dict[str, Any], list[dict[str, Any]]]
TextPart = TypeVar("TextPart", bound=_AsyncText)
ChunksPart = TypeVar("ChunksPart", bound=_AsyncChunks)


class _MessageParts(_MessageBase, Generic[TextPart, ChunksPart]):
    """The parts of a message stream, written once for both clients."""

    _text_part: type[TextPart]
    _chunks_part: type[ChunksPart]

    def _text_of(self, kind: str) -> TextPart:
        return self._text_part(self, self._said[kind], lambda: self._full(kind))

    @property
    def text(self) -> TextPart:
        """Its text: the deltas as they come, or whole once it has finished."""
        return self._text_of("text")

    @property
    def reasoning(self) -> TextPart:
        """Its reasoning: the deltas as they come, or whole once it has finished."""
        return self._text_of("reasoning")

    @property
    def tool_calls(self) -> ChunksPart:
        """Its tool calls: each chunk as it comes (``{"type": "tool_call_chunk", "id",
        "name", "args", "index"}``, ``args`` the part it adds), or the finished calls
        (``{"type": "tool_call", "id", "name", "args"}``)."""
        return self._chunks_part(self, self._chunk_deltas, self._final_tool_calls)


class AsyncMessageStream(_MessageParts[_AsyncText, _AsyncChunks]):
    """One streamed chat message: ``text`` and ``reasoning`` (their deltas, or whole),
    ``tool_calls`` (chunks, or the finished calls), ``usage`` and ``output`` (awaitables);
    ``async for`` it for each of its events' data; ``await`` it for its ``output``.

    ``output`` is langchain-core's ``AIMessage`` when langchain-core is installed (the
    ``langchain`` extra), else the message as a dict (``as_dict()``).
    """

    _text_part = _AsyncText
    _chunks_part = _AsyncChunks

    @property
    def usage(self) -> _Awaitable[dict[str, Any] | None]:
        """The token usage its ``message-finish`` reported (None if it reported none)."""
        return _Awaitable(lambda: self._done(lambda: self._usage))

    @property
    def output(self) -> _Awaitable[Any]:
        return _Awaitable(self._output)

    def __await__(self) -> Generator[Any, None, Any]:
        return self._output().__await__()

    def __aiter__(self) -> AsyncIterator[dict[str, Any]]:
        return self._follow(self._events)


class SyncMessageStream(_MessageParts[_SyncText, _SyncChunks]):
    """The blocking twin of ``AsyncMessageStream``: ``usage`` and ``output`` are (blocking)
    properties; iterate it for each of its events' data."""

    _text_part = _SyncText
    _chunks_part = _SyncChunks

    @property
    def usage(self) -> dict[str, Any] | None:
        return run_sync(self._done(lambda: self._usage))

    @property
    def output(self) -> Any:
        return run_sync(self._output())

    __iter__ = iterated(AsyncMessageStream.__aiter__)


# -- items: a tool call --------------------------------------------------------------------
class _ToolCallBase(_Item):
    """One tool run, from its ``tool-started`` to its ``tool-finished`` or ``tool-error``."""

    _what = "tool call"
    _method, _starts, _ids = "tools", "tool-started", ("tool_call_id",)

    def __init__(self, feed: _Feed, namespace: list[str], data: Mapping[str, Any]) -> None:
        super().__init__(feed, namespace, data)
        self.tool_call_id = str(data.get("tool_call_id"))
        name = data.get("tool_name")
        self.name = name if isinstance(name, str) else ""
        self.input: Any = data.get("input")
        self._output: Any = None
        self._deltas: list[Any] = []

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} id={self.tool_call_id!r}>"

    def dispatch(self, data: Mapping[str, Any]) -> None:
        kind = data.get("event")
        if kind == "tool-output-delta":
            self._deltas.append(data.get("delta"))
        elif kind == "tool-finished":
            self.done, self._output = True, data.get("output")
        elif kind == "tool-error":
            message = str(data.get("message") or "the tool failed")
            self._fail(ToolCallError(self.tool_call_id, message))

    def _result(self) -> Coroutine[Any, Any, Any]:
        return self._done(lambda: self._output)

    def _delta_iter(self) -> AsyncIterator[Any]:
        return self._follow(self._deltas, raising=False)  # ``output`` raises the error


class AsyncToolCall(_ToolCallBase):
    """A tool call of the run: ``name``, ``input``, ``tool_call_id``; ``async for`` its
    output ``deltas``; ``await`` its ``output`` (``ToolCallError`` if the tool failed)."""

    @property
    def output(self) -> _Awaitable[Any]:
        return _Awaitable(self._result)

    @property
    def deltas(self) -> AsyncIterator[Any]:
        return self._delta_iter()


class SyncToolCall(_ToolCallBase):
    """The blocking twin of ``AsyncToolCall``: ``output`` blocks until the tool has ended."""

    @property
    def output(self) -> Any:
        return run_sync(self._result())

    @property
    def deltas(self) -> Iterator[Any]:
        return _iterate_sync(self._delta_iter())


# -- decoders -----------------------------------------------------------------------------
class _Decoder:
    """Turns the events of a feed into items; ``items`` is filled as events are read."""

    channels: tuple[str, ...] = ()

    def __init__(self, name: str, scope: tuple[str, ...]) -> None:
        self.name = name
        self.scope = scope
        self.items: deque[Any] = deque()

    def feed(self, method: str, path: tuple[str, ...], data: Any) -> None:
        """Take one event: its method, namespace and ``params.data``."""
        raise NotImplementedError

    def end(self, error: BaseException) -> None:
        """The feed has ended: close what is still open."""


class _DataDecoder(_Decoder):
    """The ``data`` of each event on ``channel`` (``custom:<name>`` for one custom stream),
    at the scope only, unless ``anywhere``."""

    def __init__(
        self, name: str, scope: tuple[str, ...], channel: str, *, anywhere: bool = False
    ) -> None:
        super().__init__(name, scope)
        self.channels = (channel,)
        self.method, _, self.extension = channel.partition(":")
        self.anywhere = anywhere

    def feed(self, method: str, path: tuple[str, ...], data: Any) -> None:
        if method != self.method or data is None or not (self.anywhere or path == self.scope):
            return
        if not self.extension or (isinstance(data, Mapping) and data.get("name") == self.extension):
            self.items.append(data)


class _ItemsDecoder(_Decoder):
    """An item of ``kind`` (a message stream, a tool call) per event that starts one at the
    scope; each later event goes to the open item it names, or (a message's, when the
    server does not say) to the latest one open."""

    def __init__(self, name: str, scope: tuple[str, ...], feed: _Feed, kind: type[_Item]) -> None:
        super().__init__(name, scope)
        self.channels = (kind._method,)
        self._feed = feed
        self._kind = kind
        self._open: dict[str, _Item] = {}  # by id, in start order

    def feed(self, method: str, path: tuple[str, ...], data: Any) -> None:
        kind = self._kind
        if method != kind._method or not isinstance(data, Mapping) or path != self.scope:
            return
        named = next((str(data[key]) for key in kind._ids if data.get(key)), None)
        if data.get("event") == kind._starts and (named or kind._latest):
            item = kind(self._feed, list(self.scope), data)
            self._open[named or f"#{id(item)}"] = item
            self.items.append(item)
            return
        target = self._open.get(named) if named else None
        if target is None and self._open and kind._latest:
            target = next(reversed(self._open.values()))
        if target is not None:
            target.dispatch(data)
            if target.done:
                self._open = {key: item for key, item in self._open.items() if item is not target}

    def end(self, error: BaseException) -> None:
        for item in self._open.values():
            item._fail(error)
        self._open.clear()


class _SubgraphsDecoder(_Decoder):
    """A child stream per namespace one level below the scope, found from its ``started``
    lifecycle event or its first task; its status from its lifecycle events, or from the
    result of the task that ran it."""

    channels = ("lifecycle", "tasks")

    def __init__(self, name: str, scope: tuple[str, ...], child: Callable[..., _ChildBase]) -> None:
        super().__init__(name, scope)
        self._child = child  # makes a child stream of the thread stream's flavour
        self._children: dict[tuple[str, ...], _ChildBase] = {}

    def feed(self, method: str, path: tuple[str, ...], data: Any) -> None:
        if not isinstance(data, Mapping):
            return
        depth = len(self.scope)
        if method == "tasks" and "result" in data and path == self.scope:
            error = None if data.get("interrupts") else data.get("error")
            status = "interrupted" if data.get("interrupts") else "failed" if error else "completed"
            for child in self._children.values():
                if child.trigger_call_id is not None and child.trigger_call_id == data.get("id"):
                    child._set(status, error)
            return
        if len(path) != depth + 1 or path[:depth] != self.scope:
            return
        phase = data.get("event")
        if method == "lifecycle" and phase in _STOPPED:
            ended = self._children.get(path)
            if ended is not None:
                ended._set(str(phase), data.get("error"))
            return
        started = method == "lifecycle" and phase in ("started", "running")
        if (started or (method == "tasks" and "result" not in data)) and (
            path not in self._children
        ):
            graph_name, _, task_id = path[-1].partition(":")
            named = data.get("graph_name") if started else None
            trigger = data.get("trigger_call_id") if started else None
            child = self._child(
                path,
                graph_name=str(named or graph_name) or None,
                trigger_call_id=str(trigger or task_id) or None,
            )
            self._children[path] = child
            self.items.append(child)

    def end(self, error: BaseException) -> None:
        failed = isinstance(error, ProtocolRunError)
        for child in self._children.values():
            if child.status == "started":
                child._set("failed" if failed else "completed", str(error) if failed else None)


# -- the views ------------------------------------------------------------------------------
class AsyncView(_Made[T]):
    """A view: ``async for`` its items (each time from the followed run's first event)."""

    __slots__ = ()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._make()  # type: ignore[no-any-return]


class SyncView(_Made[T]):
    """A view: iterate its items (each time from the followed run's first event)."""

    __slots__ = ()

    def __iter__(self) -> Iterator[T]:
        return _iterate_sync(self._make())


class AsyncExtensions:
    """``thread.extensions[name]``: the view of the custom channel ``name`` (the data of
    each of its events)."""

    __slots__ = ("_views",)

    def __init__(self, views: _Views[Any, Any, Any, Any]) -> None:
        self._views = views

    def __getitem__(self, name: str) -> AsyncView[dict[str, Any]]:
        if not isinstance(name, str) or not name:
            raise ValueError(f"an extension name must be a non-empty string, not {name!r}")
        return cast("AsyncView[dict[str, Any]]", self._views._wrap(lambda: self._views._one(name)))


class SyncExtensions(AsyncExtensions):
    """``thread.extensions[name]``: the view of the custom channel ``name``."""

    __slots__ = ()

    if TYPE_CHECKING:

        def __getitem__(self, name: str) -> SyncView[dict[str, Any]]: ...  # type: ignore[override]


def check_views(channels: Sequence[str]) -> list[str]:
    """The names given to ``interleave_projections``, checked."""
    if isinstance(channels, str) or not isinstance(channels, Sequence):
        raise TypeError(f"channels must be a list of view names, not {channels!r}")
    for name in channels:
        if not isinstance(name, str) or not name:
            raise ValueError(f"channels: a view name must be a non-empty string, not {name!r}")
        if name in _NOT_VIEWS:
            hint = ' (its view is "tool_calls")' if name == "tools" else ""
            raise ValueError(
                f"channels: {name!r} is no view{hint}; use {', '.join(BUILT_IN_VIEWS)} "
                "or an extension name"
            )
    return list(dict.fromkeys(channels))


MessagesView = TypeVar("MessagesView")
ToolCallsView = TypeVar("ToolCallsView")
ChildrenView = TypeVar("ChildrenView")
ExtensionsView = TypeVar("ExtensionsView")


class _Views(Generic[MessagesView, ToolCallsView, ChildrenView, ExtensionsView]):
    """The views of a thread stream (scope ``()``) or a child stream, written once; the
    flavour of what they make (async or sync) is the thread stream's."""

    _scope: tuple[str, ...] = ()
    _thread: _ThreadStreamBase  # the thread stream whose run the views read

    def _kind(self, of: int) -> Any:
        """The class for this flavour: 0 view, 1 extensions, 2 child, 3 message, 4 tool call."""
        return _KINDS[self._thread._blocking][of]

    def _wrap(self, make: Callable[[], AsyncIterator[Any]]) -> Any:
        return self._kind(0)(make)

    @property
    def messages(self) -> MessagesView:
        """Each chat message streamed at this namespace, as it starts."""
        return cast("MessagesView", self._wrap(lambda: self._one("messages")))

    @property
    def tool_calls(self) -> ToolCallsView:
        """Each tool call at this namespace, as it starts."""
        return cast("ToolCallsView", self._wrap(lambda: self._one("tool_calls")))

    @property
    def subgraphs(self) -> ChildrenView:
        """Each subgraph (or subagent) run one level below this namespace, as it starts."""
        return cast("ChildrenView", self._wrap(lambda: self._one("subgraphs")))

    subagents = subgraphs  # a subagent is a graph run below this one

    @property
    def extensions(self) -> ExtensionsView:
        """``extensions[name]``: the data of each ``custom:<name>`` event at this namespace."""
        return cast("ExtensionsView", self._kind(1)(self))

    def _decoders(self, views: Sequence[str], feed: _Feed) -> list[_Decoder]:
        scope = self._scope
        made: list[_Decoder] = []
        for view in views:
            if view == "values":
                made.append(_DataDecoder(view, scope, view, anywhere=not scope))
            elif view in ("updates", "checkpoints", "tasks"):
                made.append(_DataDecoder(view, scope, view))
            elif view == "messages":
                made.append(_ItemsDecoder(view, scope, feed, self._kind(3)))
            elif view == "tool_calls":
                made.append(_ItemsDecoder(view, scope, feed, self._kind(4)))
            elif view == "subgraphs":
                child = functools.partial(self._kind(2), self._thread)
                made.append(_SubgraphsDecoder(view, scope, child))
            else:
                made.append(_DataDecoder(view, scope, f"custom:{view}", anywhere=True))
        return made

    async def _view(self, views: Sequence[str]) -> AsyncIterator[tuple[str, Any]]:
        """``(view, item)`` for each item of ``views``, in the order the events came."""
        thread = self._thread
        if thread._closed:
            return
        thread._check_open()
        channels: list[str] = ["lifecycle"]  # the feed watches the run's end
        feed = _Feed()
        decoders = feed.decoders = self._decoders(views, feed)
        for decoder in decoders:
            channels.extend(ch for ch in decoder.channels if ch not in channels)
        namespaces = [list(self._scope)] if self._scope else None
        feed.events = thread._run_events(channels, namespaces)
        try:
            while True:
                for decoder in decoders:
                    while decoder.items:
                        yield decoder.name, decoder.items.popleft()
                if feed.ended:
                    return
                await feed.until(lambda: any(decoder.items for decoder in decoders))
        finally:
            await feed.close(ThreadStreamError("the view was closed before this ended"))

    async def _one(self, view: str) -> AsyncIterator[Any]:
        async for _, item in self._view([view]):
            yield item


_AsyncMessages: TypeAlias = "AsyncView[AsyncMessageStream]"
_AsyncToolCalls: TypeAlias = "AsyncView[AsyncToolCall]"
_AsyncChildren: TypeAlias = "AsyncView[AsyncChildStream]"
AsyncViews: TypeAlias = _Views[_AsyncMessages, _AsyncToolCalls, _AsyncChildren, AsyncExtensions]
_SyncMessages: TypeAlias = "SyncView[SyncMessageStream]"
_SyncToolCalls: TypeAlias = "SyncView[SyncToolCall]"
_SyncChildren: TypeAlias = "SyncView[SyncChildStream]"
SyncViews: TypeAlias = _Views[_SyncMessages, _SyncToolCalls, _SyncChildren, SyncExtensions]


class _ChildBase:
    """A graph run below the thread's root graph (a subgraph, a subagent)."""

    def __init__(
        self,
        thread: _ThreadStreamBase,
        path: tuple[str, ...],
        *,
        graph_name: str | None,
        trigger_call_id: str | None,
    ) -> None:
        self._thread = thread
        self._scope = path
        self.path = path
        #: Its namespace: the labels of the graphs above it and its own (``name:task``).
        self.namespace = list(path)
        self.graph_name = graph_name
        #: The task (or tool call) that ran it.
        self.trigger_call_id = trigger_call_id
        #: ``started``, then ``completed``, ``failed`` or ``interrupted`` (as read so far).
        self.status = "started"
        self.error: str | None = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.namespace!r} status={self.status!r}>"

    def _set(self, status: str, error: Any = None) -> None:
        if self.status == "started":
            self.status = status
            self.error = str(error) if error else None


class AsyncChildStream(_ChildBase, AsyncViews):
    """A subgraph or subagent of the async thread stream, with the same views, scoped to
    its namespace."""


class SyncChildStream(_ChildBase, SyncViews):
    """A subgraph or subagent of the sync thread stream, with the same views, scoped to its
    namespace."""


class AsyncThreadViews(AsyncViews):
    """The views of ``AsyncThreadStream``: those of ``AsyncViews``, and interleaving."""

    def interleave_projections(self, channels: list[str]) -> AsyncIterator[tuple[str, Any]]:
        """``(view, item)`` for the items of several views, in the order their events came:
        ``values`` (every snapshot), ``messages``, ``tool_calls``, ``subgraphs``, ``updates``,
        ``checkpoints``, ``tasks`` (root only), or an extension name (each of its events'
        data). Items are yielded as they start; read them as they fill."""
        return self._view(check_views(channels))


class SyncThreadViews(SyncViews):
    """The views of ``SyncThreadStream``: those of ``SyncViews``, and interleaving."""

    interleave_projections = iterated(AsyncThreadViews.interleave_projections)


#: What each flavour's views make (see ``_Views._kind``), by ``_blocking``.
_KINDS: dict[bool, tuple[type, ...]] = {
    False: (AsyncView, AsyncExtensions, AsyncChildStream, AsyncMessageStream, AsyncToolCall),
    True: (SyncView, SyncExtensions, SyncChildStream, SyncMessageStream, SyncToolCall),
}

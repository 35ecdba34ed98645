"""``client.threads.stream(...)``: one thread, driven through the streaming protocol.

The protocol has two routes, both scoped to a thread:

- ``POST /threads/{thread_id}/commands`` takes one command (``run.start``,
  ``input.respond``, ...) and answers with a success or an error envelope;
- ``POST /threads/{thread_id}/stream/events`` is an SSE stream of protocol events
  (``{"type": "event", "method", "params": {"namespace", "data", ...}, "seq", "event_id"}``)
  on the channels asked for. The server replays the thread's events from its first run, then
  sends new ones as they happen, and keeps the stream open; ``since`` skips the events up to
  a ``seq`` (how a cut stream is resumed). A stream the server ends is at its end (not cut):
  readers stop there, and a wait for a run takes its end from the server's records.

How this module reads it: by pulling, never with a background task, and holding only what a
reader still has to take.

- ``events`` and ``subscribe`` send their filter (``channels``, ``namespaces``, ``depth``) to
  the server, which applies it (every server with the protocol does; there is no filtering
  here): each iteration reads a connection of its own (``_Feed``) and keeps nothing of what
  it has handed out.
- The thread stream's own feed reads every channel (what tracks its runs, and what
  ``values`` and the views read) on one connection opened on first need. Its events go into
  a log that every reader of it (``values``, ``output``, ``run.respond`` waiting for an
  interrupt) walks with its own position, reading the next event from the connection at its
  end (one reader at a time); what every reader has passed is dropped, so a stream that
  reads a million events holds a bounded number of them.
- The runs are tracked from the protocol's root ``lifecycle`` events (a run's ``running``,
  then its end) and ``input.requested`` events, whichever connection reads them. What the
  protocol leaves out (which run an event belongs to; runs an open connection of
  langgraph-api never shows) is made up for in one place: the thread stream's workarounds
  for langgraph-api.

Written once, as coroutines over the client core: ``AsyncThreadStream`` awaits them, and
``SyncThreadStream`` drives the same coroutines over the sync core, where they never suspend
(see ``langgraph_api_client.sync``). A sync thread stream is for one thread of control.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections import deque
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, Self, TypedDict, cast

from langgraph_api_client.sync import _iterate_sync, run_sync, syncify
from langgraph_api_client.types import UNSET

from ._core import HEARTBEAT, QueryParams, logger
from ._events import event_of
from ._projections import (
    _STOPPED,
    AsyncChildStream,
    AsyncMessageStream,
    AsyncThreadViews,
    AsyncToolCall,
    ProtocolRunError,
    SyncChildStream,
    SyncMessageStream,
    SyncThreadViews,
    SyncToolCall,
    ThreadStreamError,
    ToolCallError,
    iterated,
)
from .errors import NotFoundError
from .sse import StreamPart

if TYPE_CHECKING:
    from langgraph_api_client.models import (
        GraphDrawing,
        ProtocolEvent,
        ProtocolEventStreamRequest,
        ProtocolInputRespondParams,
        ProtocolRunStartParams,
    )

    from ._core import _CoreBase
    from .schema import ThreadEvent


__all__ = [
    "ALL_CHANNELS",
    "AsyncChildStream",
    "AsyncMessageStream",
    "AsyncThreadStream",
    "AsyncToolCall",
    "InterruptPayload",
    "ProtocolCommandError",
    "ProtocolRunError",
    "SyncChildStream",
    "SyncMessageStream",
    "SyncThreadStream",
    "SyncToolCall",
    "ThreadStreamError",
    "ToolCallError",
]

#: Every fixed channel of the protocol: what ``events`` reads.
ALL_CHANNELS: tuple[str, ...] = (
    "values",
    "updates",
    "messages",
    "tools",
    "lifecycle",
    "input",
    "tasks",
    "custom",
    "checkpoints",
)

_FINAL = _STOPPED - {"interrupted"}  # a run that will do nothing more
_UNDER_WAY = frozenset({"pending", "running"})  # run statuses whose events are still to come


class ProtocolCommandError(ThreadStreamError):
    """The server answered a command with an error envelope: ``code`` (``invalid_argument``,
    ``no_such_run``, ``no_such_interrupt``, ...) and its ``message``."""

    def __init__(self, method: str, code: str, message: str) -> None:
        self.method = method
        self.code = code
        self.message = message
        super().__init__(f"{method} refused [{code}]: {message}")


class InterruptPayload(TypedDict):
    """A question a run is waiting on: answer it with ``thread.run.respond(...)``."""

    interrupt_id: str
    value: Any
    namespace: list[str]


class _End:
    """The type of ``END``: no event will come (the server ended the stream, or it was closed)."""

    __slots__ = ()


END = _End()


class _Run:
    """What the log has shown so far of one run on the thread."""

    __slots__ = ("error", "first", "interrupts", "run_id", "settled", "status")

    def __init__(self, run_id: str, first: int) -> None:
        self.run_id = run_id
        self.first = first  # the log index of its first event
        self.status = "running"
        self.error: Any = None
        self.interrupts: list[InterruptPayload] = []
        self.settled = False  # its end was taken from the server's records, not from the log


def _checked_filter(
    channels: Sequence[str] | None,
    namespaces: Sequence[Sequence[str]] | None,
    depth: int | None,
) -> tuple[Sequence[str], Sequence[Sequence[str]] | None, int | None]:
    """The filter of ``events``/``subscribe``, checked before the server sees it: the
    channels (every one when None), namespace prefixes (lists of labels) and a depth."""
    if channels is None:
        channels = ALL_CHANNELS
    elif isinstance(channels, str) or not channels:
        raise ValueError(f"channels must be a non-empty list of channel names, not {channels!r}")
    for channel in channels:
        if not isinstance(channel, str) or not (
            channel in ALL_CHANNELS or (channel.startswith("custom:") and channel != "custom:")
        ):
            raise ValueError(
                f"channels: {channel!r} is no channel (one of {', '.join(ALL_CHANNELS)}, "
                "or 'custom:<name>')"
            )
    if namespaces is not None:
        if isinstance(namespaces, str):
            raise ValueError(f"namespaces must be a list of lists of labels, not {namespaces!r}")
        for namespace in namespaces:
            if isinstance(namespace, str) or not all(isinstance(x, str) for x in namespace):
                raise ValueError(
                    f'namespaces: {namespace!r} is no namespace (a list of labels, e.g. ["child"])'
                )
    if depth is not None and (not isinstance(depth, int) or isinstance(depth, bool) or depth < 0):
        raise ValueError(f"depth must be an int >= 0 (or None), not {depth!r}")
    return channels, namespaces, depth


RUN_EVENTS_KEPT = 100_000
"""How many events of the run a thread stream started it keeps for views opened later."""


def _ends_run(event: ProtocolEvent) -> bool:
    """Whether ``event`` is the root ``lifecycle`` event of a run's stop (finished, failed,
    or waiting on an interrupt)."""
    data = event.params.data
    return (
        event.method == "lifecycle"
        and not event.params.namespace
        and isinstance(data, Mapping)
        and data.get("event") in _STOPPED
    )


def _channel_matches(event: ProtocolEvent, channels: set[str]) -> bool:
    """Whether ``event`` is on one of ``channels``, as a subscription names them
    (``input`` for ``input.requested``, ``custom`` or ``custom:<name>`` for custom events)."""
    method = event.method
    if method == "input.requested":
        return "input" in channels
    if method == "custom":
        data = event.params.data
        name = data.get("name") if isinstance(data, Mapping) else None
        return "custom" in channels or (bool(name) and f"custom:{name}" in channels)
    return method in channels


def _within(
    namespace: Sequence[str], prefixes: Sequence[Sequence[str]] | None, depth: int | None
) -> bool:
    """Whether an event at ``namespace`` is under one of ``prefixes`` (None: any), at most
    ``depth`` levels below it, as the server matches a subscription's namespaces: a prefix
    label without ``:`` also matches the label with ``:<task id>`` added."""
    if prefixes is None:
        return True
    return any(
        len(prefix) <= len(namespace)
        and (depth is None or len(namespace) - len(prefix) <= depth)
        and all(
            want == got or (":" not in want and got.split(":", 1)[0] == want)
            for want, got in zip(prefix, namespace, strict=False)
        )
        for prefix in prefixes
    )


class _Feed:
    """One event connection of a thread stream, with the filter it sends the server
    (``channels``, ``namespaces``, ``depth``) and where it stands (the last ``seq`` read).
    A cut is resumed after that ``seq`` by the core's resume loop, as every stream is; a
    feed dropped on purpose (``drop``) reopens there at its next read. It keeps only the
    parts of the chunk being read: nothing of what it has handed out."""

    __slots__ = ("_conn", "_reading", "_thread", "body", "ended", "seq", "stale")

    def __init__(
        self,
        thread: _ThreadStreamBase,
        channels: Sequence[str],
        namespaces: Sequence[Sequence[str]] | None = None,
        depth: int | None = None,
    ) -> None:
        from langgraph_api_client.models import ProtocolEventStreamRequest

        self._thread = thread
        #: The filter, as sent: the server applies it (langgraph-api 0.9 on; see x-since).
        self.body = ProtocolEventStreamRequest(
            channels=list(channels),
            namespaces=UNSET if namespaces is None else [list(ns) for ns in namespaces],
            depth=UNSET if depth is None else depth,
        )
        self.seq: int | None = None  # the last seq read: where a new connection resumes
        self.stale = False  # the connection missed something: reopen it at the next read
        self.ended = False  # the server ended the event stream: no more events, until a command
        self._conn: AsyncGenerator[StreamPart] | None = None
        self._reading: asyncio.Future[StreamPart] | None = None  # a read under way

    def _request(self) -> dict[str, Any]:
        """The request arguments of a connection resumed after the last ``seq`` read."""
        from langgraph_api_client.api.streaming import stream_thread_events as op

        return op.get_kwargs(self._thread.thread_id, body=self._since())

    def _since(self) -> ProtocolEventStreamRequest:
        """The subscription (the filter), resumed after the last ``seq`` read: the body of
        an SSE connection and the params of the websocket's ``subscription.subscribe``."""
        return type(self.body)(**self.body, since=UNSET if self.seq is None else self.seq)

    def _connect(self) -> AsyncGenerator[StreamPart]:
        """The parts of a new connection, ``HEARTBEAT`` for a quiet spell (a chunk of the
        server's keep-alive comments, sent every few seconds while the thread is quiet; over
        a websocket, no frame for a while)."""
        from langgraph_api_client.api.streaming import stream_thread_events

        thread = self._thread
        if thread._transport == "websocket":
            from ._websocket import websocket_parts

            url = self._request()["url"]
            return websocket_parts(
                thread._core, url, thread._headers, self._since, lambda: self.seq, thread._blocking
            )
        return thread._core.stream(
            self._request(),
            headers=thread._headers,
            heartbeats=True,
            reopen=self._request,
            endpoint=stream_thread_events,
        )

    async def drop(self) -> None:
        """Close the connection (stopping a read under way in another task); the next read
        opens a new one after the last ``seq``."""
        conn, self._conn = self._conn, None
        reading, self._reading = self._reading, None
        if reading is not None and not reading.done():
            # Another task is reading the connection (closed from here): stop its read,
            # which closes the connection; that reader then sees the stream closed.
            reading.cancel()
            with contextlib.suppress(BaseException):
                await reading
        if conn is not None:
            await conn.aclose()

    async def _next_part(self, conn: AsyncGenerator[StreamPart]) -> StreamPart | _End:
        """The next part of ``conn``, ``END`` if ``close`` stopped the read. The async twin
        reads in a task of its own, so that ``close`` (from another task) can stop the read
        and close the connection."""
        if self._thread._blocking:
            return await anext(conn)
        reading = self._reading = asyncio.ensure_future(anext(conn))
        try:
            return await reading
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if self._thread._closed and reading.cancelled() and not (task and task.cancelling()):
                return END  # stopped by close, not by cancelling this reader
            if self._conn is conn:  # the reader was cancelled (a timeout): so was the
                self._conn = None  # connection; the next read opens one after the last seq
            raise
        finally:
            if self._reading is reading:
                self._reading = None

    async def read(self) -> ProtocolEvent | _End | None:
        """The next protocol event, None for a heartbeat (nothing happened on the thread for
        a while), or ``END`` once the server has ended the event stream or the thread stream
        was closed. A ``run.start`` on its way in another task is waited for first: the
        thread may not exist before it, and it may start a run past the stream's end."""
        thread = self._thread
        if thread._starting is not None and not thread._starting.is_set():
            await asyncio.wait_for(thread._starting.wait(), thread._run_start_timeout)
        if self.ended or thread._closed:
            return END
        if self.stale:
            self.stale = False
            await self.drop()
        while True:
            if self._conn is None:
                self._conn = self._connect()
            try:
                part = await self._next_part(self._conn)
            except StopAsyncIteration:
                # The server ended the stream: that is its end, not a cut.
                await self.drop()
                self.ended = True
                return END
            except Exception:
                # It failed (cut past the limit, refused, a hook raising): the next read
                # opens a new connection, never reads this ended one as the stream's end.
                await self.drop()
                raise
            if isinstance(part, _End):
                return END  # closed from another task
            if part is HEARTBEAT:
                return None
            data = part.data
            if isinstance(data, Mapping) and data.get("type") == "event":
                params = data.get("params")
                if not (isinstance(params, Mapping) and isinstance(params.get("namespace"), list)):
                    # no place in the thread to route it to: left out, said in the log
                    logger.warning(
                        "thread stream: an event without a namespace left out: %.200r", data
                    )
                    continue
                event = event_of(data)  # the typed event of its method, if it has its form
                if isinstance(event.seq, int):
                    self.seq = event.seq
                return event
            if isinstance(data, Mapping) and data.get("type") == "error":
                await self.drop()
                raise ThreadStreamError(
                    f"the event stream failed [{data.get('error')}]: {data.get('message')}"
                )
            # anything else (a newer server's frame) is not an event


class _ThreadStreamBase:
    """The state and the coroutines both thread streams share."""

    _blocking = False  # True for the sync twin: nothing else can answer an interrupt

    def __init__(
        self,
        core: _CoreBase[Any],
        thread_id: str | None,
        *,
        assistant_id: str,
        headers: Mapping[str, str] | None = None,
        run_start_timeout: float | None = None,
        transport: str = "sse",
    ) -> None:
        self._core = core
        self._thread = self  # what its views read (a child stream's is its thread stream)
        self._explicit = thread_id is not None
        #: The thread's id; one is made up here when none was given (the first
        #: ``run.start`` creates the thread).
        self.thread_id = thread_id if thread_id is not None else str(uuid.uuid4())
        self.assistant_id = assistant_id
        self._headers = dict(headers or {})
        self._run_start_timeout = run_start_timeout
        self._transport = transport  # "sse" or "websocket": how event feeds are read
        self._entered = False
        self._closed = False
        # The log: the events of the thread's own feed that a reader has still to take.
        # ``_count`` events were read in all; ``_log[0]`` is event number ``_base``; each
        # reader's position is in ``_cursors``, and what every reader has passed is dropped,
        # so a stream that reads a million events holds only those still to be taken.
        self._log: deque[ProtocolEvent] = deque()
        self._base = 0
        self._count = 0
        self._cursors: list[list[int]] = []
        self._runs: dict[str, _Run] = {}  # in the order they appear in the log
        self._open_run: str | None = None  # the run whose events the log is showing
        self._want: str | None = None  # the run last started through this stream
        self._keep_runs = False  # see _command
        self._after: str | None = None  # answered this run: follow the one after it
        self._looked_up = False  # whether the thread's latest run was asked for
        self._feed = _Feed(self, ALL_CHANNELS)  # what follows the runs, and the views read
        self._readers: set[_Feed] = set()  # the connections of ``events``/``subscribe``
        self._noted: set[str] = set()  # the ids of run-tracking events already noted
        self._reread: set[str] = set()  # runs read again through a new connection
        self._pulling = asyncio.Lock()
        self._starting: asyncio.Event | None = None  # set while no run.start is in flight
        self._next_command_id = 1

    @classmethod
    def _twin_of(cls, other: _ThreadStreamBase) -> Self:
        """A new thread stream made with the arguments of ``other`` (not yet used)."""
        twin = cls(
            other._core,
            other.thread_id if other._explicit else None,
            assistant_id=other.assistant_id,
            headers=other._headers,
            run_start_timeout=other._run_start_timeout,
            transport=other._transport,
        )
        twin.thread_id = other.thread_id
        return twin

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} thread_id={self.thread_id!r} "
            f"assistant_id={self.assistant_id!r}>"
        )

    # -- state read from the log ------------------------------------------------------------
    def _current(self) -> _Run | None:
        """The run this stream follows, if the log has shown it yet."""
        if self._want is not None:
            return self._runs.get(self._want)
        if self._after is not None:
            previous = self._runs.get(self._after)
            if previous is None:
                return None
            return next((run for run in self._runs.values() if run.first > previous.first), None)
        return None

    @property
    def interrupted(self) -> bool:
        """Whether the followed run is waiting on an interrupt (as far as read so far)."""
        run = self._current()
        return run is not None and run.status == "interrupted"

    @property
    def interrupts(self) -> list[InterruptPayload]:
        """The interrupts the followed run is waiting on (as far as read so far)."""
        run = self._current()
        return list(run.interrupts) if run is not None and run.status == "interrupted" else []

    def _check_open(self) -> None:
        if self._closed:
            raise ThreadStreamError(f"the {type(self).__name__} is closed")
        if not self._entered:
            how = "with" if self._blocking else "async with"
            raise ThreadStreamError(f"enter the {type(self).__name__} first (`{how}`)")

    # -- commands ---------------------------------------------------------------------------
    async def _command(
        self, method: str, params: ProtocolRunStartParams | ProtocolInputRespondParams
    ) -> dict[str, Any]:
        """Send one command (``run.start``, ``input.respond``: each starts a run); its result,
        or ``ProtocolCommandError`` for an error envelope. ``params`` are checked first (a
        value of the wrong form: ``FieldValueError`` naming its field)."""
        from langgraph_api_client.api.streaming import send_thread_command as op
        from langgraph_api_client.models import ProtocolCommand, ProtocolError
        from langgraph_api_client.resources import checked

        self._check_open()
        command_id = self._next_command_id
        self._next_command_id += 1
        body = ProtocolCommand(id=command_id, method=method, params=checked(params))
        kwargs = op.get_kwargs(self.thread_id, body=body)
        answer = await self._core.call(kwargs, op.parse_response, headers=self._headers)
        if isinstance(answer, ProtocolError):
            raise ProtocolCommandError(method, str(answer.error), answer.message)
        self._feed.ended = False  # the run it starts may be read through a new connection
        self._keep_runs = True  # runs were started or resumed here: keep the followed one
        return answer.result

    # -- the event log ----------------------------------------------------------------------
    def _trim(self) -> None:
        """Drop the events every reader has passed (all of them when no one reads), but
        those of the run this stream started (or resumed) last, from its first: what a view
        opened later reads (one run's events, never the whole thread's, and at most
        ``RUN_EVENTS_KEPT`` of them)."""
        low = min((cursor[0] for cursor in self._cursors), default=self._count)
        started = self._runs.get(self._want) if self._keep_runs and self._want else None
        if started is not None:  # at most RUN_EVENTS_KEPT of them: memory stays bounded
            low = min(low, max(started.first, self._count - RUN_EVENTS_KEPT))
        log = self._log
        while self._base < low and log:
            log.popleft()
            self._base += 1

    def _note(self, event: ProtocolEvent) -> None:
        """Note what ``event`` says about its run: a root ``lifecycle`` event, an
        ``input.requested`` one. The same event read by two connections (the thread's own
        feed, a reader's) is noted once, by its ``event_id``."""
        namespace = event.params.namespace
        root_lifecycle = event.method == "lifecycle" and not namespace
        if not root_lifecycle and event.method != "input.requested":
            return
        if isinstance(event.event_id, str):
            if event.event_id in self._noted:
                return
            self._noted.add(event.event_id)
        index = self._count
        named = self._synth_run_id(event)
        data = event.params.data
        phase = data.get("event") if isinstance(data, Mapping) else None
        opens = phase in ("started", "running")
        if root_lifecycle and (named or opens):
            # A run the server names is known from its first root lifecycle event, whatever
            # its phase: a short run under load may show only its end.
            key = named or f"#{len(self._runs)}"
            if key not in self._runs:
                self._runs[key] = _Run(key, index)
            if opens:
                self._open_run = key
        # An event that names its run belongs to that run only, never to the open one.
        run = self._runs.get(named) if named else self._runs.get(self._open_run or "")
        if run is None:
            return
        if root_lifecycle and isinstance(phase, str):
            if phase in _STOPPED:
                run.status = phase
                if phase == "failed":
                    run.error = data.get("error")
                if phase in _FINAL:
                    run.interrupts = []
            elif phase == "running":
                run.status = "running"
        elif event.method == "input.requested" and isinstance(data, Mapping):
            interrupt_id = data.get("interrupt_id")
            known = {item["interrupt_id"] for item in run.interrupts}
            if isinstance(interrupt_id, str) and run.status not in _FINAL:
                run.status = "interrupted"  # the run waits on it, whatever lifecycle says later
            if isinstance(interrupt_id, str) and interrupt_id not in known:
                value = data["payload"] if "payload" in data else data.get("value")
                run.interrupts.append(
                    InterruptPayload(
                        interrupt_id=interrupt_id, value=value, namespace=list(namespace)
                    )
                )

    async def _pull(self) -> bool | _End:
        """Make the log one event longer, unless another reader did while this one waited
        for its turn: False when a heartbeat came instead, ``END`` when no event will come
        (the server ended the stream, or it was closed). The event is noted, and what no
        one will read is dropped (a stream waited on without a reader, ``output``, keeps
        nothing)."""
        if self._closed:
            return END
        self._check_open()
        known = self._count
        async with self._pulling:
            if self._count > known:
                return True
            event = await self._feed.read()
            if event is None:
                return False
            if isinstance(event, _End):
                return END
            self._log.append(event)
            self._count += 1
            self._note(event)
            self._trim()
            return True

    async def _entries(
        self, start: int = 0, until: Callable[[], bool] | None = None
    ) -> AsyncGenerator[ProtocolEvent | None]:
        """The log from ``start`` on, then each event as it arrives; None after a heartbeat,
        once the followed run has been checked (``_on_quiet``). It ends when the reader has
        read all there is and ``until()`` is true, or no event will come (the server ended
        the stream, or it was closed)."""
        cursor = [max(start, self._base)]
        self._cursors.append(cursor)
        try:
            while True:
                while cursor[0] >= self._count:
                    if until is not None and until():
                        return
                    pulled = await self._pull()
                    if pulled is END:
                        return
                    if not pulled:
                        await self._on_quiet()
                        yield None
                event = self._log[cursor[0] - self._base]
                cursor[0] += 1
                self._trim()
                yield event
        finally:
            self._cursors.remove(cursor)
            self._trim()

    async def _followed(self) -> _Run | None:
        """The run this stream follows, reading the log until it shows; None when no run was
        started here and the thread has none (or never will: a made-up id, no run.start)."""
        if self._want is None and self._after is None and not self._looked_up:
            self._looked_up = True
            if self._explicit:
                self._want = await self._latest_run_id()
        if self._want is None and self._after is None:
            return None
        await self._wait(lambda: self._current() is not None)
        return self._current()

    async def _wait(self, done: Callable[[], bool]) -> None:
        """Read the log until ``done()``, checking the followed run at each heartbeat; if no
        event will come first, the followed run's end is taken from the server's records."""
        entries = self._entries(self._count, until=done)
        async with contextlib.aclosing(entries):  # left early: its place in the log goes now
            async for _ in entries:
                if done():
                    return
        if not done():
            await self._on_quiet(ended=True)

    async def _state_values(self) -> tuple[bool, Any]:
        """Whether the thread has nothing left to run (no next node, no task), and its values."""
        state = await self._state()
        return not state.get("next") and not state.get("tasks"), state.get("values")

    async def _idle_values(self) -> tuple[bool, Any]:
        """For a stream that joined an existing thread and has started nothing on it, whether
        the thread has nothing left to run, and its values: runs made elsewhere may have left
        no protocol events, and a thread with nothing to run has its final values already."""
        if self._explicit and self._want is None and self._after is None:
            return await self._state_values()
        return False, None

    # -- what readers see -------------------------------------------------------------------
    async def _output(self) -> Any:
        """The thread's values once the followed run has finished (``ProtocolRunError`` if it
        failed); the current values when there is no run to wait for."""
        self._check_open()
        idle, values = await self._idle_values()
        if idle:
            return values
        run = await self._followed()
        if run is None:
            if not self._explicit:
                raise ThreadStreamError(
                    "thread.output: no run was started on this new thread; call "
                    "thread.run.start(...) first"
                )
            return (await self._state_values())[1]

        def finished() -> bool:
            if run.status in _FINAL:
                return True
            if self._blocking and run.status == "interrupted":
                raise ThreadStreamError(
                    "the run is waiting on an interrupt: answer it with thread.run.respond(...) "
                    f"first (interrupts: {[item['interrupt_id'] for item in run.interrupts]})"
                )
            return False

        await self._wait(finished)
        if run.status == "failed":
            raise ProtocolRunError(run.error)
        return (await self._state_values())[1]

    async def _values(self) -> AsyncIterator[Any]:
        """The thread's stored values, then each root ``values`` snapshot of the followed
        run read after them, until it stops (finished, failed, or waiting on an interrupt)."""
        self._check_open()
        idle, values = await self._idle_values()
        if idle:
            yield values
            return
        run = await self._followed()
        # As langgraph-sdk: the thread's stored values first, then each snapshot read after.
        last = (await self._state_values())[1]
        yield last
        if run is None:
            return
        snapshots = self._run_events(("values",), [[]], 0, start=self._count)
        async with contextlib.aclosing(snapshots):
            async for event in snapshots:
                last = event.params.data
                yield last
        if run.status not in _STOPPED and not self._closed:
            await self._on_quiet(ended=True)  # no event will come
        # Its end came from the server's records (its events never reached this stream):
        # the values it left are its last snapshot.
        if run.settled and run.status == "completed":
            values = (await self._state_values())[1]
            if values != last:
                yield values

    def _events(
        self,
        channels: Sequence[str] | None = None,
        namespaces: Sequence[Sequence[str]] | None = None,
        depth: int | None = None,
    ) -> AsyncIterator[ThreadEvent]:
        """``events`` and ``subscribe``: the filter checked at once (``ValueError`` naming
        what is wrong), then applied by the server, on a connection of this call's own."""
        events = self._read_filtered(*_checked_filter(channels, namespaces, depth))
        return cast("AsyncIterator[ThreadEvent]", events)

    async def _read_filtered(
        self,
        channels: Sequence[str],
        namespaces: Sequence[Sequence[str]] | None,
        depth: int | None,
        until: Callable[[], bool] | None = None,
    ) -> AsyncGenerator[ProtocolEvent]:
        """The events of a connection of its own with this filter; ``until``: when the
        thread is quiet, whether to stop (what the reader waits for is known to be over)."""
        if self._closed:
            return
        self._check_open()
        feed = _Feed(self, channels, namespaces, depth)
        self._readers.add(feed)
        try:
            while True:
                event = await feed.read()
                if isinstance(event, _End):
                    return
                if event is None:
                    await self._on_quiet()
                    if until is not None and until():
                        return
                    continue
                self._note(event)  # an interrupt read here is one ``run.respond`` can answer
                yield event
        finally:
            self._readers.discard(feed)
            await feed.drop()

    async def _run_events(
        self,
        channels: Sequence[str],
        namespaces: Sequence[Sequence[str]] | None = None,
        depth: int | None = None,
        start: int | None = None,
    ) -> AsyncGenerator[ProtocolEvent]:
        """The events of the followed run that pass the filter, from its first on (or from
        the log's event ``start``), ending when it stops (finished, failed, or waiting on an
        interrupt); none when there is no run to follow. What the views (``_projections``)
        and ``values`` read.

        They come from the thread's own feed, which keeps the followed run's events
        (``_trim``), so a view opened late sees the run whole. A run too long for that
        (its first events dropped) is read again on a connection of its own, replayed by
        the server: langgraph-api's in-memory server may lose events on a connection opened
        while the run writes, which is why this is not the first choice."""
        self._check_open()
        run = await self._followed()
        if run is None:
            return
        asked = set(channels)
        stopped = lambda: run.settled or run.status in _STOPPED  # noqa: E731
        events: AsyncGenerator[ProtocolEvent | None]
        start = run.first if start is None else start
        if start >= self._base:
            events = self._entries(start, until=stopped)
        else:  # the server's channel filter, and the root lifecycle events that bound the run
            events = self._read_filtered(sorted(asked | {"lifecycle"}), None, None, stopped)
        async with contextlib.aclosing(events):
            async for event in events:
                if event is None or self._synth_run_id(event) not in (None, run.run_id):
                    continue  # a heartbeat, or another run of the thread
                within = _within(event.params.namespace, namespaces, depth)
                if within and _channel_matches(event, asked):
                    yield event
                if _ends_run(event):
                    return

    def _enter(self) -> None:
        if self._closed:
            raise ThreadStreamError(f"the {type(self).__name__} is closed; open a new one")
        self._entered = True

    # -- workarounds for langgraph-api (0.9 to 0.16), all of them here, named as such ------
    # What the protocol gives: the root ``lifecycle`` events bound each run (``running``,
    # then ``completed``, ``failed`` or ``interrupted``) and ``input.requested`` says what it
    # waits on; the thread stream tracks runs from those alone (``_note``). What it does not
    # give, and what langgraph-api makes up for here:
    #
    # - *Which run an event belongs to.* Commands name runs (``run.start`` answers a
    #   ``run_id``) but events do not; langgraph-api's own event ids do
    #   (``synth:<run_id>:...``), and ``_synth_run_id`` reads them. Without them a run is
    #   known by its position in the log only.
    # - *Runs an open connection never shows.* langgraph-api's thread stream notices a run by
    #   polling the thread's runs, so a short run (a resumed one, typically) that starts and
    #   ends between two polls is missed by an open connection, though a new connection
    #   replays it. So on a heartbeat (the thread quiet for a few seconds), a reader still
    #   waiting for the followed run asks its status (``_on_quiet``): a run that has stopped
    #   unseen is read again through new connections, and if that shows nothing either, its
    #   end is taken from the server's records (``_settle``: the run's status, the thread's
    #   pending interrupts). A status check that fails (a 5xx after the core's retries) is
    #   an error, never an end.
    # - *The run an answer starts.* ``input.respond`` resumes the run as a new one, whose id
    #   it does not return: the thread's latest run (``_follow_latest``).

    async def _ask(self, operation: ModuleType, *args: Any, **kwargs: Any) -> Any:
        """The answer of a generated ``operation``, sent with the stream's headers."""
        request = operation.get_kwargs(*args, **kwargs)
        return await self._core.call(request, operation.parse_response, headers=self._headers)

    async def _state(self) -> Any:
        """The thread's state."""
        from langgraph_api_client.api.threads import get_thread_state

        return await self._ask(get_thread_state, self.thread_id)

    @staticmethod
    def _synth_run_id(event: ProtocolEvent) -> str | None:
        """The run langgraph-api names in an event's id (``synth:<run_id>:...``), if any."""
        event_id = event.event_id
        if isinstance(event_id, str) and event_id.startswith("synth:"):
            return event_id.split(":", 2)[1] or None
        return None

    async def _on_quiet(self, *, ended: bool = False) -> None:
        """Nothing came for a while: if the followed run has stopped without the log showing
        it, read it again through a new connection, or once that was tried, take its end
        from the server's records. ``ended``: no event will come, so take its end from the
        records at once (``ThreadStreamError`` if it has not ended, or the stream was closed)."""
        if ended:
            self._check_open()
        if self._want is None and self._after is not None:
            await self._follow_latest()
        run_id = self._want
        run = self._runs.get(run_id) if run_id is not None else None
        if run_id is None or (run is not None and run.status in _STOPPED):
            return
        status = await self._run_status(run_id)
        if status in _UNDER_WAY and ended:
            raise ThreadStreamError(
                f"the server ended the thread's event stream while run {run_id} is {status}"
            )
        if status in _UNDER_WAY:
            return  # the connection sees it from its next poll on
        if not ended and run_id not in self._reread:
            self._reread.add(run_id)
            for feed in (self._feed, *self._readers):
                feed.stale = True  # its next read reconnects, and the server replays the run
            return
        await self._settle(run_id, status)

    async def _settle(self, run_id: str, status: str | None) -> None:
        """Record the end of ``run_id`` from its ``status`` (None: the run is gone) and the
        thread's pending interrupts, as the server's own lifecycle events would say it."""
        run = self._runs.get(run_id)
        if run is None:
            run = self._runs[run_id] = _Run(run_id, self._count)
        run.settled = True
        pending: list[InterruptPayload] = []
        if status in ("success", "interrupted"):
            pending = await self._pending_interrupts()
        if pending:
            run.status, run.interrupts = "interrupted", pending
        elif status == "success":
            run.status, run.interrupts = "completed", []
        else:
            run.status, run.interrupts = "failed", []
            run.error = f"the run ended with status {status!r}" if status else "the run is gone"

    async def _run_status(self, run_id: str) -> str | None:
        """The run's status on the server (``pending``, ``success``, ...); None if it is gone."""
        from langgraph_api_client.api.runs import get_run

        try:
            run = await self._ask(get_run, self.thread_id, run_id)
        except NotFoundError:
            return None
        return str(run.status.value)

    async def _pending_interrupts(self) -> list[InterruptPayload]:
        """The interrupts the thread waits on, from its state (namespace unknown there: the
        server checks an answer's interrupt by its id)."""
        found = (await self._state()).get("interrupts") or []
        return [
            InterruptPayload(interrupt_id=str(item["id"]), value=item.get("value"), namespace=[])
            for item in found
            if isinstance(item, Mapping) and item.get("id")
        ]

    async def _follow_latest(self) -> None:
        """Follow the thread's latest run if it came after the answered one (``_after``)."""
        latest = await self._latest_run_id()
        if latest is not None and latest != self._after and self._want is None:
            self._want, self._after = latest, None

    async def _latest_run_id(self) -> str | None:
        from langgraph_api_client.api.runs import list_runs

        runs = await self._ask(list_runs, self.thread_id, limit=1)
        return str(runs[0]["run_id"]) if runs else None


# -- the async thread stream ----------------------------------------------------------------
class _Part:
    """A part of a thread stream (``thread.run``, ``thread.agent``, sync ``thread.values``)."""

    __slots__ = ("_thread",)

    def __init__(self, thread: _ThreadStreamBase) -> None:
        self._thread = thread


class RunCommands(_Part):
    """``thread.run``: start a run on the thread, answer its interrupts."""

    __slots__ = ()

    async def start(
        self,
        *,
        input: Any = None,
        config: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Start a run of the stream's assistant on the thread (creating the thread if it
        does not exist); the server's result, ``{"run_id": ...}``. The stream then follows
        this run."""
        from langgraph_api_client import models
        from langgraph_api_client.resources import given, json_object

        thread = self._thread
        params = models.ProtocolRunStartParams(
            assistant_id=thread.assistant_id,
            input_=given(input),
            config=json_object(models.Config, config),
            metadata=json_object(models.Metadata, metadata),
            langsmith_tracer=json_object(models.ProtocolLangSmithTracer, langsmith_tracing),
        )
        starting = thread._starting = asyncio.Event()
        try:
            result = await thread._command("run.start", params)
        finally:
            starting.set()
        run_id = result.get("run_id")
        if isinstance(run_id, str) and run_id:
            thread._want, thread._after = run_id, None
        return result

    async def respond(self, response: Any, *, interrupt_id: str | None = None) -> dict[str, Any]:
        """Answer an interrupt of the followed run with ``response``, which resumes it (as a
        new run, which the stream then follows). Without ``interrupt_id``, the run must wait on
        exactly one interrupt. Only an interrupt already read can be answered: with none,
        ``ThreadStreamError`` (a ``RuntimeError``) is raised and nothing is sent."""
        thread = self._thread
        thread._check_open()
        run = thread._current()
        if run is None or run.status != "interrupted" or not run.interrupts:
            # As langgraph-sdk: only an interrupt already read can be answered (read the
            # run's values or events until ``interrupted`` first); no request is sent.
            raise ThreadStreamError(
                "run.respond: no interrupt is pending (read the run, e.g. its values, "
                "until thread.interrupted)"
            )
        pending = run.interrupts
        found = [item for item in pending if interrupt_id in (None, item["interrupt_id"])]
        if interrupt_id is None and len(pending) > 1:
            ids = [item["interrupt_id"] for item in pending]
            raise ThreadStreamError(
                f"run.respond: the run waits on {len(pending)} interrupts {ids!r}; "
                "say which with interrupt_id="
            )
        if not found:
            raise ThreadStreamError(
                f"run.respond: the run is not waiting on interrupt {interrupt_id!r}"
            )
        from langgraph_api_client.models import ProtocolInputRespondParams

        chosen = found[0]
        params = ProtocolInputRespondParams(
            interrupt_id=chosen["interrupt_id"], namespace=chosen["namespace"], response=response
        )
        result = await thread._command("input.respond", params)
        # The answer starts a new run, whose id the server does not return: it is the thread's
        # latest run now (else, follow the next run the log shows).
        thread._want, thread._after = None, run.run_id
        await thread._follow_latest()
        return result


class AgentCommands(_Part):
    """``thread.agent``: the graph of the stream's assistant."""

    __slots__ = ()

    async def get_tree(
        self,
        *,
        xray: int | bool = False,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
    ) -> GraphDrawing:
        """The assistant's graph drawing (``xray`` includes subgraphs, to that depth)."""
        from langgraph_api_client.api.assistants import get_assistant_graph as op

        thread = self._thread
        thread._check_open()
        kwargs = op.get_kwargs(thread.assistant_id, xray=xray)
        headers = {**thread._headers, **(headers or {})}
        return await thread._core.call(kwargs, op.parse_response, headers=headers, params=params)


class Output:
    """``thread.output``: await it for the values the followed run leaves."""

    __slots__ = ("_thread", "_timeout")

    def __init__(self, thread: _ThreadStreamBase, timeout: float | None = None) -> None:
        self._thread = thread
        self._timeout = timeout

    def __await__(self) -> Generator[Any, None, Any]:
        return asyncio.wait_for(self._thread._output(), self._timeout).__await__()

    def with_timeout(self, timeout: float) -> Output:
        """The same, raising ``TimeoutError`` after ``timeout`` seconds."""
        return Output(self._thread, timeout)


class Values(Output):
    """``thread.values``: ``async for`` each values snapshot of the followed run, or await
    the values it leaves (as ``thread.output``)."""

    __slots__ = ()

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._thread._values()


class AsyncThreadStream(_ThreadStreamBase, AsyncThreadViews):
    """One thread driven through the streaming protocol; made by ``client.threads.stream``::

        async with client.threads.stream(assistant_id="agent") as thread:
            await thread.run.start(input={"messages": [...]})
            async for snapshot in thread.values:
                ...
            final = await thread.output

    ``events`` and ``subscribe`` read the thread's protocol events, each the generated
    event class of its method (``schema.ThreadEvent``: narrow it on ``event.method``), a
    ``ProtocolEvent`` that reads like a dict; ``values`` and ``output`` follow the run
    last started (or resumed) through this stream, or the thread's latest run, and so do
    the views ``messages``, ``tool_calls``, ``subgraphs`` (``subagents``), ``extensions``
    and ``interleave_projections`` (see ``_projections``).
    """

    run = cached_property(RunCommands)
    agent = cached_property(AgentCommands)
    output = cached_property(Output)
    values = cached_property(Values)

    async def __aenter__(self) -> AsyncThreadStream:
        self._enter()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the event connection; the thread and its runs are left as they are."""
        if self._closed:
            return
        self._closed = True
        for feed in [self._feed, *self._readers]:
            await feed.drop()

    @property
    def events(self) -> AsyncIterator[ThreadEvent]:
        """Every protocol event of the thread, from its first run on, as it arrives. It does
        not end when a run does (stop reading when you have what you wait for), but when the
        server ends the event stream or the thread stream is closed."""
        return self._events()

    def subscribe(
        self,
        channels: Sequence[str],
        *,
        namespaces: Sequence[Sequence[str]] | None = None,
        depth: int | None = None,
    ) -> AsyncIterator[ThreadEvent]:
        """The events on ``channels`` (``"custom:<name>"`` for one custom stream), under one
        of the ``namespaces`` prefixes, at most ``depth`` levels below them."""
        return self._events(channels, namespaces, depth)


# -- the sync twin: the same coroutines, driven without an event loop -----------------------
class SyncRunCommands(_Part):
    """The blocking twin of ``RunCommands``."""

    __slots__ = ()
    start = syncify(RunCommands.start)
    respond = syncify(RunCommands.respond)


class SyncAgentCommands(_Part):
    """The blocking twin of ``AgentCommands``."""

    __slots__ = ()
    get_tree = syncify(AgentCommands.get_tree)


class SyncValues(_Part):
    """``thread.values``: iterate each values snapshot of the followed run; ``get()`` the
    values it leaves (as ``thread.output``)."""

    __slots__ = ()

    def __iter__(self) -> Iterator[Any]:
        return _iterate_sync(self._thread._values())

    def get(self) -> Any:
        """The values the followed run leaves, once it has finished."""
        return run_sync(self._thread._output())


class SyncThreadStream(_ThreadStreamBase, SyncThreadViews):
    """The blocking twin of ``AsyncThreadStream``: ``with client.threads.stream(...) as
    thread:``; ``thread.output`` is a (blocking) property and ``thread.values.get()`` its
    spelling on ``values``. While the followed run waits on an interrupt, ``output`` raises
    instead of waiting: answer it with ``thread.run.respond(...)`` first."""

    _blocking = True

    run = cached_property(SyncRunCommands)
    agent = cached_property(SyncAgentCommands)
    values = cached_property(SyncValues)

    def __enter__(self) -> SyncThreadStream:
        self._enter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    close = syncify(AsyncThreadStream.close)

    @property
    def output(self) -> Any:
        """The values the followed run leaves, once it has finished (blocks until then)."""
        return run_sync(self._output())

    @property
    def events(self) -> Iterator[ThreadEvent]:
        """Every protocol event of the thread (see ``AsyncThreadStream.events``)."""
        return _iterate_sync(self._events())

    subscribe = iterated(AsyncThreadStream.subscribe)


def check_transport(transport: str) -> None:
    """``sse`` (the default) or ``websocket`` (which needs the ``websocket`` extra)."""
    if transport == "websocket":
        from ._websocket import require_websockets

        require_websockets()
    elif transport != "sse":
        raise ValueError(f'transport must be "sse" or "websocket", not {transport!r}')

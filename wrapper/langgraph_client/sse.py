"""Server-sent events: an incremental decoder and the ``StreamPart`` it yields.

The decoder follows the event-stream format of the HTML standard: lines end in CR, LF or
CRLF (a chunk boundary may fall anywhere, even between the CR and the LF); a line that
starts with ``:`` is a comment (the server's heartbeats); ``data`` lines of one event are
joined with ``\\n`` and decoded as JSON (``None`` when there are none); ``id`` sets the
reconnect cursor when its event is dispatched; ``retry`` sets the reconnect delay; a blank
line dispatches the event. Unknown field names are ignored and every event name passes
through untouched, so a newer server's events (``values|sub:1``) reach the caller.

:class:`SSEDecoder` does all of the work (``feed`` bytes as they arrive, ``close`` a
connection); :func:`iter_sse` and :func:`aiter_sse` loop around it; :func:`iter_lines_raw`
and :func:`aiter_lines_raw` give an httpx response's lines through :class:`BytesLineDecoder`.
Only the unfinished line and event are kept: ``max_line_size`` and ``max_event_size`` bound
them (:class:`SSELineTooLongError`, :class:`SSEEventTooLargeError`, both
:class:`SSEDecodeError`, a ``LangGraphError`` and a ``ValueError``).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any, NamedTuple

import httpx
import orjson
from langgraph_api_client.errors import LangGraphError

__all__ = [
    "DEFAULT_MAX_EVENT_SIZE",
    "DEFAULT_MAX_LINE_SIZE",
    "BytesLike",
    "BytesLineDecoder",
    "SSEDecodeError",
    "SSEDecoder",
    "SSEEventTooLargeError",
    "SSELineTooLongError",
    "StreamPart",
    "aiter_lines_raw",
    "aiter_sse",
    "iter_lines_raw",
    "iter_sse",
]

#: What the decoders take as a chunk of bytes.
BytesLike = bytes | bytearray | memoryview

#: The longest single line (in bytes, line end excluded) the decoder accepts: 64 MiB.
DEFAULT_MAX_LINE_SIZE = 64 * 1024 * 1024

#: The most data one event may carry across its ``data`` lines: 64 MiB.
DEFAULT_MAX_EVENT_SIZE = 64 * 1024 * 1024

#: How many bytes of an offending line an error message quotes.
_EXCERPT_SIZE = 80

#: The event name of an event that has data but no ``event`` field.
_DEFAULT_EVENT = "message"

_BOM = b"\xef\xbb\xbf"
_CR = 13
_LF = 10
# A field name this decoder does not know is ignored if it looks like a field name;
# anything else (an HTML page, a JSON body, binary noise) is not an event stream.
_FIELD_NAME = re.compile(rb"[A-Za-z0-9_\-.]+")
_orjson_loads = orjson.loads
_JSONDecodeError = orjson.JSONDecodeError


class StreamPart(NamedTuple):
    """One event of a stream: its name, its decoded JSON data and its id."""

    event: str
    """The event name: a stream mode (``values``, ``updates|<namespace>``), ``metadata``,
    ``error``, ``end``, or any name a newer server sends."""
    data: Any
    """The event's data decoded from JSON; ``None`` when the event carried no data."""
    id: str | None = None
    """The stream's last event id when this event was dispatched; ``None`` if there is none
    (no id yet, or an empty ``id`` field cleared it)."""


class SSEDecodeError(LangGraphError, ValueError):
    """A server-sent event stream that cannot be decoded.

    Attributes:
        message: What is wrong, in a few words.
        excerpt: At most 80 bytes of the offending line or data.
        response: The response whose body it is, when the decoder was told
            (``SSEDecoder.response``); else None.
        status_code: That response's status, or None.
    """

    response: httpx.Response | None
    status_code: int | None

    def __init__(self, message: str, excerpt: BytesLike) -> None:
        excerpt = bytes(excerpt[:_EXCERPT_SIZE])
        super().__init__(f"{message}: {excerpt!r}")
        self.message = message
        self.excerpt = excerpt
        self.response = None
        self.status_code = None

    def _attach(self, response: httpx.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        self.args = (f"{self.message} (HTTP {response.status_code}): {self.excerpt!r}",)


class SSELineTooLongError(SSEDecodeError):
    """A single line of the stream is longer than the decoder's ``max_line_size``."""

    def __init__(self, max_line_size: int, excerpt: BytesLike) -> None:
        super().__init__(f"an event-stream line is longer than {max_line_size} bytes", excerpt)
        self.max_line_size = max_line_size


class SSEEventTooLargeError(SSEDecodeError):
    """The ``data`` lines of one event add up to more than the decoder's ``max_event_size``."""

    def __init__(self, max_event_size: int, excerpt: BytesLike) -> None:
        super().__init__(f"an event's data is larger than {max_event_size} bytes", excerpt)
        self.max_event_size = max_event_size


# A NamedTuple built without the Python-level __new__ of its class: the same object, faster.
_new_part = tuple.__new__


class BytesLineDecoder:
    """Split bytes, chunk by chunk, into lines.

    CR, LF and CRLF each end a line, and a chunk may end anywhere, even between the CR and
    the LF of one line end. ``decode`` returns the lines a chunk completes, without their
    line ends; ``flush``, once the bytes are over, returns the last line if it had no end.
    ``buffer`` holds the unfinished line, ``trailing_cr`` whether the last chunk ended in CR
    (a LF opening the next one then belongs to that line end).

    Raises:
        SSELineTooLongError: a line is longer than ``max_line_size`` bytes.
    """

    __slots__ = ("_max_line_size", "buffer", "trailing_cr")

    def __init__(self, *, max_line_size: int = DEFAULT_MAX_LINE_SIZE) -> None:
        if max_line_size < 1:
            raise ValueError("max_line_size must be at least 1")
        self._max_line_size = max_line_size
        self.buffer = bytearray()
        self.trailing_cr = False

    def decode(self, chunk: BytesLike) -> list[bytes]:
        """The lines that ``chunk`` completes, in order."""
        if not chunk:
            return []
        chunk = bytes(chunk)
        if self.trailing_cr:
            self.trailing_cr = False
            if chunk[0] == _LF:
                chunk = chunk[1:]
                if not chunk:
                    return []
        last = chunk[-1]
        complete = last in (_LF, _CR)
        self.trailing_cr = last == _CR
        lines = chunk.splitlines()
        limit = self._max_line_size

        partial = self.buffer
        if partial:
            head = lines[0]
            if len(partial) + len(head) > limit:
                raise SSELineTooLongError(limit, partial)
            if len(lines) == 1 and not complete:
                partial += head
                return []
            lines[0] = bytes(partial) + head
            self.buffer = bytearray()
        if not complete:
            tail = lines.pop()
            if len(tail) > limit:
                raise SSELineTooLongError(limit, tail)
            self.buffer = bytearray(tail)
            if not lines:
                return []
        if len(chunk) > limit:
            for line in lines:
                if len(line) > limit:
                    raise SSELineTooLongError(limit, line)
        return lines

    def flush(self) -> list[bytes]:
        """The unfinished last line, if there is one; the decoder starts afresh after it."""
        line = bytes(self.buffer)
        self.buffer = bytearray()
        self.trailing_cr = False
        return [line] if line else []


class SSEDecoder:
    """Turn the bytes of an event stream, chunk by chunk, into :class:`StreamPart` s.

    ``feed`` each chunk as it arrives and take the events it completes; call ``close``
    when the connection ends. The same decoder may go on with the bytes of a reconnection:
    ``close`` drops whatever the cut connection left unfinished and keeps the cursor.

    After (or during) a stream, ``last_event_id`` is the id to send as ``Last-Event-ID``
    on a reconnect, ``retry`` the last reconnect delay the server asked for (milliseconds),
    ``saw_end`` and ``saw_error`` whether an ``end`` or ``error`` event arrived, and
    ``truncated`` whether the last connection ended in the middle of an event. Set
    ``response`` to the response being fed: decode errors then carry it and its status.
    """

    __slots__ = (
        "_at_start",
        "_clean",
        "_data",
        "_data_size",
        "_event",
        "_last_event_id",
        "_lines",
        "_max_event_size",
        "_max_line_size",
        "_pending_id",
        "response",
        "retry",
        "saw_end",
        "saw_error",
        "truncated",
    )

    def __init__(
        self,
        *,
        last_event_id: str | None = None,
        max_line_size: int = DEFAULT_MAX_LINE_SIZE,
        max_event_size: int = DEFAULT_MAX_EVENT_SIZE,
    ) -> None:
        if max_line_size < 1 or max_event_size < 1:
            raise ValueError("max_line_size and max_event_size must be at least 1")
        self._max_line_size = max_line_size
        self._max_event_size = max_event_size
        self._last_event_id = last_event_id
        self.response: httpx.Response | None = None
        self.retry: int | None = None
        self.saw_end = False
        self.saw_error = False
        self.truncated = False
        self._reset_connection()

    def _reset_connection(self) -> None:
        self._clean = False  # see _one_event
        self._lines = BytesLineDecoder(max_line_size=self._max_line_size)
        self._at_start = True
        self._event: str | None = None
        self._data: list[bytes] | None = None
        self._pending_id: str | None = None
        self._data_size = 0

    @property
    def last_event_id(self) -> str | None:
        """The id of the last dispatched event that set one (``Last-Event-ID``).

        ``None`` until an id arrives; ``""`` after an empty ``id`` field, which clears it.
        """
        return self._last_event_id

    @property
    def finished(self) -> bool:
        """Whether the stream said it is over: an ``end`` or an ``error`` event arrived."""
        return self.saw_end or self.saw_error

    @property
    def max_line_size(self) -> int:
        """The longest line, in bytes, this decoder accepts."""
        return self._max_line_size

    @property
    def max_event_size(self) -> int:
        """The most data, in bytes, one event may carry across its ``data`` lines."""
        return self._max_event_size

    def feed(self, chunk: BytesLike) -> list[StreamPart]:
        """Decode the next chunk of the stream; return the events it completes, in order.

        Raises:
            SSEDecodeError: a line or an event's data cannot be decoded, or is too large.
        """
        try:
            if self._clean and type(chunk) is bytes:
                part = self._one_event(chunk)
                if part is not None:
                    return [part]
            return self._feed(chunk)
        except SSEDecodeError as error:
            if self.response is not None:
                error._attach(self.response)
            raise

    def _one_event(self, chunk: bytes) -> StreamPart | None:
        """The common case, without splitting lines: a chunk that is one whole event,
        ``event: <name>\\r\\ndata: <data>\\r\\n\\r\\n`` with no other CR or LF, fed while
        nothing is pending (``_clean``: no unfinished line, event or id, no CR just before).
        ``None`` for anything else, left to ``_feed`` with the state untouched.
        """
        if not (chunk.startswith(b"event: ") and chunk.endswith(b"\r\n\r\n")):
            return None
        cr = chunk.find(b"\r", 7)  # the end of the event line
        start = cr + 8  # the data, after "\r\ndata: "
        end = len(chunk) - 4
        if (
            not chunk.startswith(b"\ndata: ", cr + 1)
            or len(chunk) > self._max_line_size
            or chunk.find(b"\n", 7, cr) >= 0
            or chunk.find(b"\r", start, end) >= 0
            or chunk.find(b"\n", start, end) >= 0
        ):
            return None
        try:
            event = chunk[7:cr].decode()
        except UnicodeDecodeError:
            return None
        return self._dispatch(event, chunk[start:end])

    def _feed(self, chunk: BytesLike) -> list[StreamPart]:
        self._clean = False
        if not chunk:
            return []
        lines = self._lines
        complete = lines.decode(chunk)
        if self._at_start and complete:  # a byte-order mark may open the stream
            self._at_start = False
            complete[0] = complete[0].removeprefix(_BOM)
        parts = self._decode_lines(complete)
        self._clean = (
            not lines.buffer
            and not lines.trailing_cr
            and self._event is None
            and self._data is None
            and self._pending_id is None
        )
        return parts

    def _decode_lines(self, lines: list[bytes]) -> list[StreamPart]:
        # The hot path: one pass over complete lines, with the event under construction
        # held in locals and written back at the end.
        parts: list[StreamPart] = []
        event = self._event
        data = self._data
        pending_id = self._pending_id
        data_size = self._data_size
        line = b""
        try:
            for line in lines:
                if not line:  # a blank line dispatches the event
                    if pending_id is not None:
                        self._last_event_id = pending_id
                        pending_id = None
                    if data is not None:
                        body = data[0] if len(data) == 1 else b"\n".join(data)
                    elif event is None:
                        continue  # nothing but an id or a retry: no event
                    else:
                        body = b""
                    parts.append(self._dispatch(event, body))
                    event = None
                    data = None
                # A field name without a colon (``data``) is that field with an empty value.
                elif line.startswith(b"data:") or line == b"data":
                    value = line[6:] if line.startswith(b"data: ") else line[5:]
                    if data is None:
                        data = [value]
                        data_size = len(value)
                    else:
                        data.append(value)
                        data_size += len(value) + 1
                        if data_size > self._max_event_size:
                            raise SSEEventTooLargeError(self._max_event_size, data[0])
                elif line.startswith(b"event:") or line == b"event":
                    event = (line[7:] if line.startswith(b"event: ") else line[6:]).decode()
                elif line.startswith(b"id:") or line == b"id":
                    value = line[4:] if line.startswith(b"id: ") else line[3:]
                    if b"\0" not in value:  # an id with NUL is ignored, as the standard says
                        pending_id = value.decode()
                elif line[0] == 58:  # ":" opens a comment (the server's heartbeats)
                    continue
                else:
                    self._other_field(line)
        except UnicodeDecodeError:
            raise SSEDecodeError("an event-stream field is not UTF-8", line) from None
        finally:
            self._event = event
            self._data = data
            self._pending_id = pending_id
            self._data_size = data_size
        return parts

    def _dispatch(self, event: str | None, body: bytes) -> StreamPart:
        """The event named ``event`` with data ``body`` (blank: ``None``), as dispatched."""
        if not event:
            event = _DEFAULT_EVENT
        elif event == "end":
            self.saw_end = True
        elif event == "error":
            self.saw_error = True
        decoded: Any = None
        if body and not body.isspace():
            try:
                decoded = _orjson_loads(body)
            except _JSONDecodeError:
                decoded = _loads_lenient(body)
        return _new_part(StreamPart, (event, decoded, self._last_event_id or None))

    def _other_field(self, line: bytes) -> None:
        name, _, value = line.partition(b":")
        if not _FIELD_NAME.fullmatch(name):
            raise SSEDecodeError("not an event-stream line", line)
        if name == b"retry":
            value = value.removeprefix(b" ")
            if value.isdigit():  # a retry that is not a number is ignored
                self.retry = int(value)
        # Any other field name is ignored, so that a newer server's fields pass.

    def close(self) -> bool:
        """End the current connection; return whether it ended between two events.

        An unfinished line or event is dropped, never dispatched (its id is not kept), as
        the standard says; ``truncated`` tells whether that happened. The cursor
        (``last_event_id``), ``retry``, ``saw_end`` and ``saw_error`` are kept, so the
        decoder can go on with a reconnection's bytes.
        """
        pending = (
            bool(self._lines.buffer)
            or self._event is not None
            or self._data is not None
            or self._pending_id is not None
        )
        self.truncated = pending
        self._reset_connection()
        return not pending


def _loads_lenient(body: bytes) -> Any:
    # orjson refuses invalid UTF-8 outright; such data decodes with replacement marks.
    try:
        return _orjson_loads(body.decode(errors="replace"))
    except _JSONDecodeError:
        raise SSEDecodeError("event data is not valid JSON", body) from None


def iter_sse(chunks: Iterable[bytes], decoder: SSEDecoder | None = None) -> Iterator[StreamPart]:
    """Yield the events of a stream of byte chunks, as each one completes.

    Pass a ``decoder`` to read its state (``last_event_id``, ``saw_end``, ``truncated``)
    afterwards or to go on from a previous connection.
    """
    decoder = SSEDecoder() if decoder is None else decoder
    for chunk in chunks:
        yield from decoder.feed(chunk)
    decoder.close()


async def aiter_sse(
    chunks: AsyncIterable[bytes], decoder: SSEDecoder | None = None
) -> AsyncIterator[StreamPart]:
    """Yield the events of an async stream of byte chunks: :func:`iter_sse` for async."""
    decoder = SSEDecoder() if decoder is None else decoder
    async for chunk in chunks:
        for part in decoder.feed(chunk):
            yield part
    decoder.close()


def iter_lines_raw(response: httpx.Response) -> Iterator[bytes]:
    """The lines of ``response``'s body as they arrive, without their line ends (the last
    one also when the body does not end with a line end)."""
    decoder = BytesLineDecoder()
    for chunk in response.iter_bytes():
        yield from decoder.decode(chunk)
    yield from decoder.flush()


async def aiter_lines_raw(response: httpx.Response) -> AsyncIterator[bytes]:
    """:func:`iter_lines_raw` for an async response."""
    decoder = BytesLineDecoder()
    async for chunk in response.aiter_bytes():
        for line in decoder.decode(chunk):
            yield line
    for line in decoder.flush():
        yield line

"""Property-based tests of the SSE decoder (hypothesis).

A stream is drawn as a list of events (event name, JSON data on one or several lines, or an
empty data line, or none; id; retry; comments and unknown fields between the lines; fields
in any order) and written out with CR, LF or CRLF line ends, one style per stream or mixed
line by line. The events expected from it are computed from the drawing, not by the decoder.

Cases per run (``max_examples``): 300 for each of the five stream properties, 300 for
arbitrary bytes and 300 for one event per chunk, plus 300 for the line decoder alone, 2,400
in all.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langgraph_client.sse import (
    DEFAULT_MAX_LINE_SIZE,
    BytesLineDecoder,
    SSEDecodeError,
    SSEDecoder,
    StreamPart,
)

MAX_EXAMPLES = 300
CASES = settings(max_examples=MAX_EXAMPLES, deadline=None)

ABSENT = object()  # no data line at all
EMPTY = object()  # a data line with nothing after the colon


@dataclass(frozen=True)
class Event:
    name: str | None
    data: Any  # a JSON value, ABSENT or EMPTY
    multiline: bool
    id: str | None
    retry: int | None
    order: tuple[int, ...]  # the order of the event, data, id and retry fields
    noise: tuple[bytes | None, ...]  # a comment or unknown field before each field, or None


# Text without line ends or NUL, for event names and ids.
field_text = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n\0"), max_size=12
)
event_names = st.one_of(
    st.sampled_from(
        ["values", "updates", "metadata", "end", "error", "values|sub:1", "something_new"]
    ),
    field_text,
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
noise_lines = st.one_of(
    st.none(),
    st.sampled_from(
        [b": heartbeat", b":", b": a comment: with colons", b"x-future: 1", b"novalue"]
    ),
)
events = st.builds(
    Event,
    name=st.none() | event_names,
    data=st.one_of(st.just(ABSENT), st.just(EMPTY), json_values),
    multiline=st.booleans(),
    id=st.none() | field_text,
    retry=st.none() | st.integers(min_value=0, max_value=10**6),
    order=st.permutations(range(4)).map(tuple),
    noise=st.tuples(noise_lines, noise_lines, noise_lines, noise_lines),
)
streams = st.lists(events, max_size=8)
line_end_styles = st.sampled_from(["\r\n", "\n", "\r", "mixed"])


def event_lines(event: Event) -> list[bytes]:
    fields: list[list[bytes]] = [[], [], [], []]
    if event.name is not None:
        fields[0] = [b"event: " + event.name.encode()]
    if event.data is EMPTY:
        fields[1] = [b"data:"]
    elif event.data is not ABSENT:
        option = orjson.OPT_INDENT_2 if event.multiline else 0
        fields[1] = [
            b"data: " + line for line in orjson.dumps(event.data, option=option).split(b"\n")
        ]
    if event.id is not None:
        fields[2] = [b"id: " + event.id.encode()]
    if event.retry is not None:
        fields[3] = [b"retry: %d" % event.retry]
    lines: list[bytes] = []
    for index in event.order:
        noise = event.noise[index]
        if noise is not None:
            lines.append(noise)
        lines.extend(fields[index])
    return [*lines, b""]


def write(stream: list[Event], style: str, ends: list[int]) -> bytes:
    """Write the stream; with style "mixed", ``ends`` picks each line's end in turn."""
    lines = [line for event in stream for line in event_lines(event)]
    choices = [b"\r\n", b"\n", b"\r"]
    out: list[bytes] = []
    previous = b""
    for i, line in enumerate(lines):
        end = style.encode() if style != "mixed" else choices[ends[i % len(ends)] % 3]
        if previous == b"\r" and not line and end.startswith(b"\n"):
            end = b"\r"  # CR then an empty line ended by LF would read as one CRLF
        out.append(line + end)
        previous = end
    return b"".join(out)


def expected(stream: list[Event]) -> tuple[list[StreamPart], str | None, int | None]:
    """The events the stream carries, its final last_event_id and retry, by the rules."""
    parts: list[StreamPart] = []
    last_id: str | None = None
    retry: int | None = None
    for event in stream:
        if event.id is not None:
            last_id = event.id
        if event.retry is not None:
            retry = event.retry
        if event.name is None and event.data is ABSENT:
            continue
        data = None if event.data is ABSENT or event.data is EMPTY else event.data
        parts.append(StreamPart(event.name or "message", data, last_id or None))
    return parts, last_id, retry


def decode_chunks(chunks: list[bytes]) -> tuple[list[StreamPart], SSEDecoder]:
    decoder = SSEDecoder()
    parts = [part for chunk in chunks for part in decoder.feed(chunk)]
    return parts, decoder


def split_at(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({cut % (len(data) + 1) for cut in cuts})
    bounds = [0, *points, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds)]


mixed_ends = st.lists(st.integers(min_value=0, max_value=2), min_size=1, max_size=16)


@CASES
@given(streams, line_end_styles, mixed_ends)
def test_one_piece_gives_the_events_written(
    stream: list[Event], style: str, ends: list[int]
) -> None:
    parts, decoder = decode_chunks([write(stream, style, ends)])
    want, last_id, retry = expected(stream)
    assert parts == want
    assert decoder.last_event_id == last_id
    assert decoder.retry == retry
    assert decoder.close() is True


@CASES
@given(streams, line_end_styles, mixed_ends, st.lists(st.integers(min_value=0), max_size=30))
def test_any_chunk_boundaries_give_the_same_events(
    stream: list[Event], style: str, ends: list[int], cuts: list[int]
) -> None:
    data = write(stream, style, ends)
    whole, _ = decode_chunks([data])
    parts, decoder = decode_chunks(split_at(data, cuts))
    assert parts == whole
    assert decoder.close() is True


@CASES
@given(streams, line_end_styles, mixed_ends)
def test_one_byte_at_a_time_gives_the_same_events(
    stream: list[Event], style: str, ends: list[int]
) -> None:
    data = write(stream, style, ends)
    whole, _ = decode_chunks([data])
    parts, _ = decode_chunks([data[i : i + 1] for i in range(len(data))])
    assert parts == whole


@CASES
@given(streams, line_end_styles, mixed_ends, st.data())
def test_a_cut_stream_yields_a_prefix_of_its_events(
    stream: list[Event], style: str, ends: list[int], draw: st.DataObject
) -> None:
    data = write(stream, style, ends)
    cut = draw.draw(st.integers(min_value=0, max_value=len(data)))
    whole, _ = decode_chunks([data])
    parts, decoder = decode_chunks([data[:cut]])
    assert parts == whole[: len(parts)]
    complete = decoder.close()
    if cut == len(data):
        assert complete
        assert parts == whole


@CASES
@given(streams, line_end_styles, mixed_ends, st.lists(st.integers(min_value=0), max_size=10))
def test_a_reconnect_resumes_with_the_same_decoder(
    stream: list[Event], style: str, ends: list[int], cuts: list[int]
) -> None:
    # A connection cut anywhere, then a new connection that sends again every event after
    # the last one delivered: the events seen are exactly the stream's, each once.
    data = write(stream, style, ends)
    whole, _ = decode_chunks([data])
    cut = cuts[0] % (len(data) + 1) if cuts else len(data)
    decoder = SSEDecoder()
    first = [part for chunk in split_at(data[:cut], cuts[1:]) for part in decoder.feed(chunk)]
    decoder.close()
    dispatched = [e for e in stream if not (e.name is None and e.data is ABSENT)]
    resumed = decoder.feed(write(dispatched[len(first) :], style, ends))
    assert [(p.event, p.data) for p in first + resumed] == [(p.event, p.data) for p in whole]
    assert decoder.close() is True


@settings(max_examples=MAX_EXAMPLES, deadline=None)
@given(st.binary(max_size=200), st.lists(st.integers(min_value=0), max_size=10))
def test_arbitrary_bytes_decode_or_raise_a_decode_error(data: bytes, cuts: list[int]) -> None:
    def outcome(chunks: list[bytes]) -> object:
        try:
            return decode_chunks(chunks)[0]
        except SSEDecodeError as error:
            return type(error)

    whole = outcome([data])
    # Where the error surfaces may move with the chunking, but not whether there is one:
    # a chunked decode raises exactly when the whole decode does.
    chunked = outcome(split_at(data, cuts))
    assert isinstance(chunked, list) == isinstance(whole, list)
    if isinstance(whole, list):
        assert chunked == whole


# One event per chunk, framed as the server frames it, with any name and data bytes: the
# decoder reads such a chunk without splitting it into lines, so it is checked against the
# same chunks with their first byte held back (a chunk that ends a line is never read so).
framed_names = st.one_of(
    event_names.map(str.encode),
    st.sampled_from([b"", b"end", b"error", b"a\nb", b"x\nid: 7", b"\n", b"a\rb", b"\xff"]),
    st.binary(max_size=12),
)
framed_data = st.one_of(
    json_values.map(orjson.dumps),
    st.sampled_from(
        [b"", b" ", b"\t", b" \n1", b"1\n", b" \r1", b"1\r", b"[1]\r\n\r\nevent: x\r\ndata: 2"]
    ),
    st.binary(max_size=40),
)


@CASES
@given(
    st.lists(st.tuples(framed_names, framed_data), min_size=1, max_size=6),
    st.none() | field_text,
    st.sampled_from([DEFAULT_MAX_LINE_SIZE, 24, 60]),
)
def test_one_event_per_chunk_decodes_like_the_general_path(
    framed: list[tuple[bytes, bytes]], last_event_id: str | None, max_line_size: int
) -> None:
    chunks = [b": heartbeat\r\n\r\n"]
    chunks += [b"event: " + name + b"\r\ndata: " + data + b"\r\n\r\n" for name, data in framed]
    chunks.append(b"event: values\r\ndata: {}\r\n\r\n")

    def outcome(pieces: list[bytes]) -> object:
        decoder = SSEDecoder(last_event_id=last_event_id, max_line_size=max_line_size)
        try:
            parts = [part for piece in pieces for part in decoder.feed(piece)]
        except SSEDecodeError as error:
            return type(error), error.message  # the excerpt may differ: a partial line
        state = (decoder.last_event_id, decoder.saw_end, decoder.saw_error, decoder.close())
        return parts, state

    held_back = [piece for chunk in chunks for piece in (chunk[:1], chunk[1:])]
    assert outcome(chunks) == outcome(held_back)


@CASES
@given(
    st.lists(st.sampled_from([b"a", b"bc", b"\r", b"\n", b"\r\n", b""]), max_size=30),
    st.lists(st.integers(min_value=0), max_size=10),
)
def test_the_line_decoder_cut_anywhere_gives_the_lines_of_splitlines(
    pieces: list[bytes], cuts: list[int]
) -> None:
    data = b"".join(pieces)
    bounds = sorted({0, len(data), *(cut % (len(data) + 1) for cut in cuts)})
    decoder = BytesLineDecoder()
    lines = [line for a, b in itertools.pairwise(bounds) for line in decoder.decode(data[a:b])]
    assert lines + decoder.flush() == data.splitlines()


NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def test_the_cases_per_run_stated_in_the_docstring_are_those_the_properties_run() -> None:
    properties = [
        test
        for name, test in globals().items()
        if name.startswith("test_") and getattr(test, "is_hypothesis_test", False)
    ]
    runs = [test._hypothesis_internal_use_settings.max_examples for test in properties]
    stated = re.search(
        r"(\d+) for each of the (\w+) stream properties, (\d+) for arbitrary bytes "
        r"and (\d+) for one event per chunk, plus (\d+) for the line decoder alone, "
        r"([\d,]+) in all",
        " ".join((__doc__ or "").split()),
    )
    assert stated is not None
    each, count, arbitrary, per_chunk, lines, total = stated.groups()
    # the stream properties, then arbitrary bytes, one event per chunk and the line decoder
    assert len(properties) == NUMBER_WORDS.index(count) + 1 + 3
    assert set(runs) == {int(each), int(arbitrary), int(per_chunk), int(lines)}
    assert sum(runs) == int(total.replace(",", ""))


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__, "-q"])

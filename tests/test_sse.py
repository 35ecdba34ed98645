"""The SSE decoder: framing rules one test each, limits, errors, and real server streams.

Property-based tests (arbitrary chunk boundaries and line ends) are in test_sse_properties.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from langgraph_api_client.errors import LangGraphError
from langgraph_client.sse import (
    DEFAULT_MAX_EVENT_SIZE,
    DEFAULT_MAX_LINE_SIZE,
    BytesLineDecoder,
    SSEDecodeError,
    SSEDecoder,
    SSEEventTooLargeError,
    SSELineTooLongError,
    StreamPart,
    aiter_lines_raw,
    aiter_sse,
    iter_lines_raw,
    iter_sse,
)

from tests._server import oldest_server


def decode(*chunks: bytes, decoder: SSEDecoder | None = None) -> list[StreamPart]:
    return list(iter_sse(chunks, decoder))


def bytewise(stream: bytes) -> list[StreamPart]:
    return decode(*(stream[i : i + 1] for i in range(len(stream))))


# --- StreamPart ------------------------------------------------------------------------


def test_stream_part_is_a_named_tuple_of_event_data_id() -> None:
    part = StreamPart("values", {"a": 1})
    assert (part.event, part.data, part.id) == ("values", {"a": 1}, None)
    assert tuple(part) == ("values", {"a": 1}, None)
    assert StreamPart._fields == ("event", "data", "id")


def test_decoded_parts_are_stream_parts() -> None:
    [part] = decode(b"event: values\ndata: 1\n\n")
    assert type(part) is StreamPart
    assert part.event == "values"


# --- framing ---------------------------------------------------------------------------


def test_server_framing_with_crlf_and_id() -> None:
    stream = b'event: values\r\ndata: {"a":1}\r\nid: 17-0\r\n\r\n'
    assert decode(stream) == [StreamPart("values", {"a": 1}, "17-0")]


def test_lf_line_ends() -> None:
    assert decode(b"event: a\ndata: 1\n\nevent: b\ndata: 2\n\n") == [
        StreamPart("a", 1),
        StreamPart("b", 2),
    ]


def test_cr_line_ends() -> None:
    assert decode(b"event: a\rdata: 1\r\revent: b\rdata: 2\r\r") == [
        StreamPart("a", 1),
        StreamPart("b", 2),
    ]


def test_mixed_line_ends_in_one_stream() -> None:
    assert decode(b"event: a\r\ndata: 1\r\revent: b\ndata: 2\r\n\n") == [
        StreamPart("a", 1),
        StreamPart("b", 2),
    ]


def test_crlf_split_between_cr_and_lf_is_one_line_end() -> None:
    # Were the LF taken for a second line end, the blank line would dispatch early.
    assert decode(b"event: a\r", b"\ndata: 1\r", b"\n\r", b"\n") == [StreamPart("a", 1)]


def test_chunk_boundary_inside_a_line() -> None:
    assert decode(b"eve", b"nt: values\r\nda", b'ta: {"k":', b'"v"}\r\n', b"\r\n") == [
        StreamPart("values", {"k": "v"})
    ]


def test_one_byte_at_a_time() -> None:
    stream = b'event: values\r\ndata: {"a":[1,2]}\r\nid: 1\r\n\r\n: hb\r\n\r\nevent: end\r\n\r\n'
    assert bytewise(stream) == decode(stream)
    assert decode(stream) == [
        StreamPart("values", {"a": [1, 2]}, "1"),
        StreamPart("end", None, "1"),
    ]


def test_several_events_in_one_chunk() -> None:
    stream = b"".join(b"event: e%d\r\ndata: %d\r\n\r\n" % (i, i) for i in range(5))
    assert decode(stream) == [StreamPart(f"e{i}", i) for i in range(5)]


def test_event_is_dispatched_as_soon_as_its_blank_line_arrives() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: a\r\ndata: 1\r\n") == []
    assert decoder.feed(b"\r\n") == [StreamPart("a", 1)]


def test_comment_lines_are_ignored() -> None:
    stream = b": heartbeat\r\n\r\nevent: a\r\n: inside an event\r\ndata: 1\r\n\r\n:\r\n\r\n"
    assert decode(stream) == [StreamPart("a", 1)]


def test_multi_line_data_is_joined_with_newlines() -> None:
    stream = b'event: a\ndata: {"x":\ndata: [1,\ndata: 2]}\n\n'
    assert decode(stream) == [StreamPart("a", {"x": [1, 2]})]


def test_one_space_after_the_colon_is_optional() -> None:
    assert decode(b"event:a\ndata:1\nid:7\n\n") == [StreamPart("a", 1, "7")]


def test_only_one_space_after_the_colon_is_removed() -> None:
    assert decode(b'event:  a\ndata:  "b"\n\n') == [StreamPart(" a", "b")]


def test_event_without_data_has_none_data() -> None:
    assert decode(b"event: end\r\n\r\n") == [StreamPart("end", None)]


def test_empty_data_is_none() -> None:
    assert decode(b"event: a\ndata:\n\nevent: b\ndata: \n\n") == [
        StreamPart("a", None),
        StreamPart("b", None),
    ]


def test_data_without_event_name_is_a_message_event() -> None:
    assert decode(b"data: 1\n\n") == [StreamPart("message", 1)]


def test_blank_lines_alone_dispatch_nothing() -> None:
    assert decode(b"\r\n\r\n\n\r") == []


def test_a_byte_order_mark_opening_the_stream_is_dropped() -> None:
    stream = b"\xef\xbb\xbfevent: a\ndata: 1\n\n"
    assert decode(stream) == [StreamPart("a", 1)]
    assert decode(stream[:1], stream[1:2], stream[2:]) == [StreamPart("a", 1)]


def test_chunks_may_be_bytearray_or_memoryview() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(bytearray(b"event: a\n")) == []
    assert decoder.feed(memoryview(b"data: 1\n\n")) == [StreamPart("a", 1)]


def test_empty_chunks_are_ignored() -> None:
    assert decode(b"", b"event: a\n", b"", b"data: 1\n\n", b"") == [StreamPart("a", 1)]


# --- ids and retry ---------------------------------------------------------------------


def test_id_carries_over_to_later_events() -> None:
    assert decode(b"event: a\nid: 1\ndata: 1\n\nevent: b\ndata: 2\n\n") == [
        StreamPart("a", 1, "1"),
        StreamPart("b", 2, "1"),
    ]


def test_id_line_may_come_before_or_after_data() -> None:
    assert decode(b"id: 1\nevent: a\ndata: 1\n\nevent: b\ndata: 2\nid: 2\n\n") == [
        StreamPart("a", 1, "1"),
        StreamPart("b", 2, "2"),
    ]


def test_last_event_id_follows_dispatched_events() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"event: a\ndata: 1\nid: 5-0\n\nevent: b\ndata: 2\nid: 6-0\n")
    assert decoder.last_event_id == "5-0"  # event b is not dispatched yet
    decoder.feed(b"\n")
    assert decoder.last_event_id == "6-0"


def test_a_block_with_only_an_id_sets_the_cursor_without_an_event() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"id: 9\n\n") == []
    assert decoder.last_event_id == "9"


def test_empty_id_clears_the_cursor() -> None:
    decoder = SSEDecoder(last_event_id="3")
    assert decoder.feed(b"event: a\nid:\ndata: 1\n\n") == [StreamPart("a", 1, None)]
    assert decoder.last_event_id == ""


def test_id_containing_nul_is_ignored() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: a\nid: 1\ndata: 1\n\nevent: b\nid: x\0y\ndata: 2\n\n") == [
        StreamPart("a", 1, "1"),
        StreamPart("b", 2, "1"),
    ]


def test_initial_last_event_id_is_used_until_a_new_id() -> None:
    decoder = SSEDecoder(last_event_id="4-0")
    assert decoder.feed(b"event: a\ndata: 1\n\n") == [StreamPart("a", 1, "4-0")]


def test_retry_field_sets_retry_milliseconds() -> None:
    decoder = SSEDecoder()
    assert decoder.retry is None
    assert decoder.feed(b"retry: 1500\n\nevent: a\nretry:250\ndata: 1\n\n") == [StreamPart("a", 1)]
    assert decoder.retry == 250


def test_retry_that_is_not_a_number_is_ignored() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"retry: 100\n\nretry: soon\n\nretry: -5\n\nretry: 1.5\n\n")
    assert decoder.retry == 100


# --- forward compatibility --------------------------------------------------------------


def test_unknown_event_names_pass_through() -> None:
    stream = (
        b"event: something_new\r\ndata: {}\r\n\r\n"
        b"event: values|sub:1\r\ndata: 1\r\n\r\n"
        b"event: messages/partial|a:b|c:d\r\ndata: []\r\n\r\n"
    )
    assert decode(stream) == [
        StreamPart("something_new", {}),
        StreamPart("values|sub:1", 1),
        StreamPart("messages/partial|a:b|c:d", []),
    ]


def test_unknown_fields_are_ignored() -> None:
    assert decode(b"event: a\nfuture-field: x\nnovalue\ndata: 1\n\n") == [StreamPart("a", 1)]


def test_a_field_name_without_a_colon_has_an_empty_value() -> None:
    # ``data`` alone is one empty data line, ``event`` alone an empty (``message``) name,
    # ``id`` alone clears the cursor.
    assert decode(b"data\n\nevent: a\nevent\ndata: 1\nid: 5\n\nid\ndata: 2\n\n") == [
        StreamPart("message", None),
        StreamPart("message", 1, "5"),
        StreamPart("message", 2),
    ]


def test_non_ascii_event_names_and_ids_are_decoded_as_utf8() -> None:
    assert decode('event: vålues\nid: ü-1\ndata: "ß"\n\n'.encode()) == [
        StreamPart("vålues", "ß", "ü-1")
    ]


# --- end of stream and reconnects -------------------------------------------------------


def test_end_event_sets_saw_end() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"event: values\ndata: 1\n\n")
    assert not decoder.saw_end
    assert not decoder.finished
    decoder.feed(b"event: end\ndata: null\n\n")
    assert decoder.saw_end
    assert decoder.finished


def test_error_event_sets_saw_error() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b'event: error\ndata: {"error":"boom"}\n\n') == [
        StreamPart("error", {"error": "boom"})
    ]
    assert decoder.saw_error
    assert decoder.finished
    assert not decoder.saw_end


def test_close_between_events_is_not_truncated() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"event: a\ndata: 1\n\n: heartbeat\n\n")
    assert decoder.close() is True
    assert decoder.truncated is False


def test_close_drops_an_unfinished_event_and_its_id() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: a\ndata: 1\nid: 1\n\nevent: b\ndata: 2\nid: 2\n") == [
        StreamPart("a", 1, "1")
    ]
    assert decoder.close() is False
    assert decoder.truncated is True
    assert decoder.last_event_id == "1"


def test_close_drops_an_unfinished_line() -> None:
    decoder = SSEDecoder()
    decoder.feed(b'event: a\ndata: {"cut')
    assert decoder.close() is False
    assert decoder.truncated


def test_the_decoder_goes_on_after_a_reconnect() -> None:
    decoder = SSEDecoder()
    first = decoder.feed(b"event: a\ndata: 1\nid: 1\n\nevent: b\ndata: [2")
    decoder.close()
    # The reconnection resumes after id 1 and sends event b again, whole.
    second = decoder.feed(b"event: b\ndata: [2]\nid: 2\n\n")
    assert first + second == [StreamPart("a", 1, "1"), StreamPart("b", [2], "2")]
    assert decoder.close() is True
    assert decoder.last_event_id == "2"


def test_close_after_a_cr_does_not_eat_the_next_connections_lf() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"event: a\rdata: 1\r\r")
    decoder.close()
    assert decoder.feed(b"\nevent: b\ndata: 2\n\n") == [StreamPart("b", 2)]


# --- lines -----------------------------------------------------------------------------


def test_line_decoder_takes_a_crlf_cut_between_chunks_as_one_line_end() -> None:
    decoder = BytesLineDecoder()
    assert decoder.decode(b"a\r") == [b"a"]
    assert decoder.trailing_cr
    assert decoder.decode(b"\nb\n") == [b"b"]


def test_line_decoder_keeps_the_unfinished_line_for_the_next_chunk() -> None:
    decoder = BytesLineDecoder()
    assert decoder.decode(b"one\ntw") == [b"one"]
    assert decoder.buffer == b"tw"
    assert decoder.decode(bytearray(b"o\r\n")) == [b"two"]


def test_line_decoder_flush_gives_the_unfinished_line_once() -> None:
    decoder = BytesLineDecoder()
    decoder.decode(memoryview(b"x\ny"))
    assert decoder.flush() == [b"y"]
    assert decoder.flush() == []


def test_line_decoder_refuses_a_line_longer_than_its_limit() -> None:
    decoder = BytesLineDecoder(max_line_size=4)
    decoder.decode(b"abc")
    with pytest.raises(SSELineTooLongError):
        decoder.decode(b"de\n")


def test_iter_lines_raw_gives_a_last_line_without_a_line_end() -> None:
    response = httpx.Response(200, content=b"a\r\n\r\nb\rc")
    assert list(iter_lines_raw(response)) == [b"a", b"", b"b", b"c"]


def _stateless_stream(url: str) -> dict[str, Any]:
    return {
        "method": "POST",
        "url": f"{url}/runs/stream",
        "json": {"assistant_id": "agent", "input": {"messages": [{"role": "user", "content": ""}]}},
    }


def test_iter_lines_raw_reads_a_server_stream_line_by_line(server_url: str) -> None:
    with httpx.Client() as http, http.stream(**_stateless_stream(server_url)) as response:
        lines = list(iter_lines_raw(response))
    assert lines[0] == b"event: metadata"
    assert b"event: values" in lines and b"" in lines
    assert not any(b"\r" in line or b"\n" in line for line in lines)


async def test_aiter_lines_raw_reads_a_server_stream_line_by_line(server_url: str) -> None:
    async with (
        httpx.AsyncClient() as http,
        http.stream(**_stateless_stream(server_url)) as response,
    ):
        lines = [line async for line in aiter_lines_raw(response)]
    assert lines[0] == b"event: metadata"
    assert b"event: values" in lines and b"" in lines
    assert decode(*(line + b"\n" for line in lines))[-1].event == "values"


# --- errors ----------------------------------------------------------------------------


def test_data_that_is_not_json_raises_with_an_excerpt() -> None:
    with pytest.raises(SSEDecodeError, match="not valid JSON") as info:
        decode(b"event: a\ndata: {not json\n\n")
    assert info.value.excerpt == b"{not json"


def test_error_excerpt_is_short() -> None:
    with pytest.raises(SSEDecodeError) as info:
        decode(b"event: a\ndata: [" + b"x" * 10_000 + b"\n\n")
    assert len(info.value.excerpt) <= 80
    assert len(str(info.value)) < 200


def test_a_line_that_is_not_an_event_stream_line_raises() -> None:
    with pytest.raises(SSEDecodeError, match="not an event-stream line") as info:
        decode(b"<html><body>502 Bad Gateway</body></html>\n")
    assert info.value.excerpt.startswith(b"<html>")


def test_a_json_body_instead_of_a_stream_raises() -> None:
    with pytest.raises(SSEDecodeError):
        decode(b'{"detail": "Not Found"}\n')


def test_an_event_name_that_is_not_utf8_raises() -> None:
    with pytest.raises(SSEDecodeError, match="not UTF-8"):
        decode(b"event: \xff\xfe\ndata: 1\n\n")


def test_data_that_is_not_utf8_is_decoded_with_replacement() -> None:
    assert decode(b'event: a\ndata: "x\xffy"\n\n') == [StreamPart("a", "x\ufffdy")]


def test_decode_errors_belong_to_the_error_tree() -> None:
    assert issubclass(SSEDecodeError, LangGraphError)
    assert issubclass(SSEDecodeError, ValueError)
    assert issubclass(SSELineTooLongError, SSEDecodeError)
    assert issubclass(SSEEventTooLargeError, SSEDecodeError)


def test_decode_errors_carry_the_response_and_its_status_when_given() -> None:
    decoder = SSEDecoder()
    decoder.response = httpx.Response(200, headers={"content-type": "text/event-stream"})
    with pytest.raises(SSEDecodeError, match=r"HTTP 200") as info:
        decoder.feed(b"event: a\ndata: nope\n\n")
    assert info.value.response is decoder.response
    assert info.value.status_code == 200
    assert info.value.excerpt == b"nope"


def test_decode_errors_without_a_response_have_no_status() -> None:
    with pytest.raises(SSEDecodeError) as info:
        decode(b"event: a\ndata: nope\n\n")
    assert info.value.response is None
    assert info.value.status_code is None


# --- limits ----------------------------------------------------------------------------


def test_default_limits_are_64_mib() -> None:
    decoder = SSEDecoder()
    assert decoder.max_line_size == DEFAULT_MAX_LINE_SIZE == 64 * 1024 * 1024
    assert decoder.max_event_size == DEFAULT_MAX_EVENT_SIZE == 64 * 1024 * 1024


def test_a_line_at_the_limit_is_accepted() -> None:
    line = b'data: "' + b"x" * 10 + b'"'
    decoder = SSEDecoder(max_line_size=len(line))
    assert decoder.feed(line + b"\n\n") == [StreamPart("message", "x" * 10)]


def test_a_line_over_the_limit_in_one_chunk_raises() -> None:
    decoder = SSEDecoder(max_line_size=100)
    with pytest.raises(SSELineTooLongError) as info:
        decoder.feed(b"data: " + b"1" * 200 + b"\n\n")
    assert info.value.max_line_size == 100


def test_a_line_over_the_limit_across_chunks_raises_before_it_ends() -> None:
    decoder = SSEDecoder(max_line_size=100)
    decoder.feed(b"data: ")
    with pytest.raises(SSELineTooLongError):
        for _ in range(20):  # no line end ever comes: the buffer must not grow past the limit
            decoder.feed(b"1" * 10)


def test_an_unfinished_line_over_the_limit_raises() -> None:
    decoder = SSEDecoder(max_line_size=100)
    with pytest.raises(SSELineTooLongError):
        decoder.feed(b"event: a\ndata: " + b"1" * 200)


def test_an_event_whose_data_lines_add_up_over_the_limit_raises() -> None:
    decoder = SSEDecoder(max_line_size=100, max_event_size=1000)
    with pytest.raises(SSEEventTooLargeError) as info:
        for _ in range(200):
            decoder.feed(b"data: " + b"1" * 50 + b"\n")
    assert info.value.max_event_size == 1000


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError):
        SSEDecoder(max_line_size=0)
    with pytest.raises(ValueError):
        SSEDecoder(max_event_size=0)


# --- the sync and async loops -------------------------------------------------------------

STREAM = (
    b'event: a\r\ndata: 1\r\nid: 1\r\n\r\n: hb\r\n\r\nevent: b\r\ndata: {"x":2}\r\n\r\nevent: c'
)
CHUNKS = [STREAM[i : i + 7] for i in range(0, len(STREAM), 7)]
EXPECTED = [StreamPart("a", 1, "1"), StreamPart("b", {"x": 2}, "1")]


def test_iter_sse_yields_events_and_closes_the_decoder() -> None:
    decoder = SSEDecoder()
    assert list(iter_sse(iter(CHUNKS), decoder)) == EXPECTED
    assert decoder.truncated  # the stream ended inside event c
    assert decoder.last_event_id == "1"


async def test_aiter_sse_yields_the_same_events_as_iter_sse() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for chunk in CHUNKS:
            yield chunk

    decoder = SSEDecoder()
    assert [part async for part in aiter_sse(chunks(), decoder)] == EXPECTED
    assert decoder.truncated
    assert decoder.last_event_id == "1"


def test_iter_sse_is_lazy() -> None:
    seen: list[bytes] = []

    def chunks() -> Iterator[bytes]:
        for chunk in (b"event: a\ndata: 1\n\n", b"event: b\ndata: 2\n\n"):
            seen.append(chunk)
            yield chunk

    events = iter_sse(chunks())
    assert next(events) == StreamPart("a", 1)
    assert len(seen) == 1


# --- the real server ---------------------------------------------------------------------

ALL_MODES = ["values", "updates", "messages", "custom", "debug", "tasks", "checkpoints", "events"]
HI = {"messages": [{"role": "human", "content": "hi"}]}
ECHOED = {"messages": [{"role": "human", "content": "hi"}, {"role": "ai", "content": "echo: hi"}]}


def stream_raw(url: str, path: str, body: dict[str, Any]) -> list[bytes]:
    """POST a streaming request with plain httpx; return the raw body chunks as they came."""
    with httpx.stream("POST", url + path, json=body, timeout=60) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        return list(response.iter_raw())


def test_real_server_run_stream_in_every_mode(server_url: str) -> None:
    body = {"assistant_id": "agent", "input": HI, "stream_mode": ALL_MODES}
    chunks = stream_raw(server_url, "/runs/stream", body)
    decoder = SSEDecoder()
    parts = list(iter_sse(chunks, decoder))

    # The server's framing: CRLF line ends and a blank line after every event.
    assert all(chunk.endswith(b"\r\n\r\n") for chunk in chunks)
    assert parts[0].event == "metadata"
    assert set(parts[0].data) >= {"run_id"}
    # The agent graph calls no model and writes no custom events, and a stateless run has
    # no checkpoints: those modes stay silent.
    assert {part.event for part in parts} == {
        "metadata",
        "events",
        "values",
        "tasks",
        "debug",
        "updates",
    }
    values = [part.data for part in parts if part.event == "values"]
    assert values == [HI, {**ECHOED, "count": 1}]
    updates = [part.data for part in parts if part.event == "updates"]
    assert updates == [{"reply": {"messages": [ECHOED["messages"][1]], "count": 1}}]
    assert {part.data["type"] for part in parts if part.event == "debug"} >= {"task"}
    # A stateless run's stream has no ids; langgraph-api 0.16.7 ends it by closing the
    # connection after the last event, without an `end` event.
    if oldest_server():  # langgraph-api 0.4.48 gives every event an id, stateless or not
        assert all(part.id for part in parts)
    else:
        assert all(part.id is None for part in parts)
    assert decoder.close() is True
    assert not decoder.saw_end


def test_real_server_custom_events(server_url: str) -> None:
    body = {
        "assistant_id": "slow",
        "input": {},
        "context": {"events": 3},
        "stream_mode": ["custom"],
    }
    parts = list(iter_sse(stream_raw(server_url, "/runs/stream", body)))
    assert [part.event for part in parts] == ["metadata", "custom", "custom", "custom"]
    assert [part.data for part in parts[1:]] == [{"i": 0}, {"i": 1}, {"i": 2}]


def test_real_server_subgraph_namespaces_pass_through(server_url: str) -> None:
    body = {
        "assistant_id": "subgraph",
        "input": HI,
        "stream_mode": ["updates"],
        "stream_subgraphs": True,
    }
    parts = list(iter_sse(stream_raw(server_url, "/runs/stream", body)))
    namespaced = [part for part in parts if part.event.startswith("updates|")]
    assert namespaced, [part.event for part in parts]
    assert all(part.event.startswith("updates|child:") for part in namespaced)
    assert {"reply": {"messages": [ECHOED["messages"][1]], "count": 1}} in [
        part.data for part in namespaced
    ]


def test_real_server_resumable_stream_has_ids_for_reconnect(server_url: str) -> None:
    thread = httpx.post(server_url + "/threads", json={}).json()
    body = {
        "assistant_id": "agent",
        "input": HI,
        "stream_mode": ["values"],
        "stream_resumable": True,
    }
    chunks = stream_raw(server_url, f"/threads/{thread['thread_id']}/runs/stream", body)
    decoder = SSEDecoder()
    parts = list(iter_sse(chunks, decoder))
    assert [part.event for part in parts] == ["metadata", "values", "values"], chunks
    ids = [part.id for part in parts]
    assert all(ids), chunks
    assert len(set(ids)) == len(ids), chunks
    assert decoder.last_event_id == ids[-1]
    assert parts[-1].data == {**ECHOED, "count": 1}


def test_real_server_stream_decodes_like_langgraph_sdk(server_url: str) -> None:
    from langgraph_sdk.sse import BytesLineDecoder
    from langgraph_sdk.sse import SSEDecoder as SdkDecoder

    body = {"assistant_id": "agent", "input": HI, "stream_mode": ALL_MODES}
    chunks = stream_raw(server_url, "/runs/stream", body)
    lines, sdk = BytesLineDecoder(), SdkDecoder()
    theirs = []
    for chunk in chunks:
        for line in lines.decode(chunk):
            part = sdk.decode(bytes(line))
            if part is not None:
                theirs.append(tuple(part))
    ours = [tuple(part) for part in iter_sse(chunks)]
    assert ours == theirs
    # Byte by byte too: chunk boundaries change nothing.
    assert [tuple(part) for part in bytewise(b"".join(chunks))] == ours

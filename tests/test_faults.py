"""Streams and retries under injected faults, through a proxy in front of the real server.

The proxy (tests/_proxy.py) resets connections, truncates chunks, closes streams early and
answers 429/503 with Retry-After; it counts what it saw. The clients' sleep is replaced by
a recorder, so backoff and Retry-After are checked without waiting. Every long stream is
compared with the same run replayed by the server without faults: each event exactly
once, in order. The figures of a run (faults injected, events compared, attempts seen) are
written to the ``faults`` section of the terminal summary.
"""

from __future__ import annotations

import dataclasses
import random
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from langgraph_api_client.api.streaming import stream_thread_events
from langgraph_client import get_client, get_sync_client
from langgraph_client._core import _release
from langgraph_client.errors import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    StreamReconnectError,
    UnsupportedOperationError,
)

from tests._client_api import Api, client_of, read_until, unique
from tests._proxy import Fault, FaultProxy
from tests._server import free_port

#: Events of each long stream ("several thousand"), and how many pass between two cuts.
EVENTS = 4000
CUT_EVERY = 250

#: Figures over the whole module, printed by the last test.
FIGURES: Counter[str] = Counter()

STREAM = r"/runs/(stream|[^/]+/stream)"
RESUME = r"/runs/[^/]+/stream"


@pytest.fixture(scope="module")
def proxy(server_url: str) -> Iterator[FaultProxy]:
    with FaultProxy(server_url) as running:
        yield running


@pytest.fixture(params=["async", "sync"])
async def api(
    request: pytest.FixtureRequest, proxy: FaultProxy, slept: list[float]
) -> AsyncIterator[Api]:
    """Both clients, connected through the proxy, with a clean slate of faults."""
    proxy.clear()
    async with client_of(request.param, proxy.url, api_key=None) as both:
        yield both
    assert proxy.pending == 0


def burst(events: int = EVENTS, *, linger: float = 0.0, batch: int = 5) -> dict[str, Any]:
    return {"events": events, "batch": batch, "linger": linger}


async def burst_stream(api: Api, thread_id: str, events: int, **options: Any) -> list[Any]:
    """The parts of a resumable run of ``burst`` writing ``events`` custom events."""
    linger = options.pop("linger", 0.0)
    parts = await api.runs.stream(
        thread_id,
        "burst",
        input={},
        stream_mode="custom",
        stream_resumable=True,
        context=burst(events, linger=linger),
        **options,
    )
    return list(parts)


def custom_indexes(parts: list[Any]) -> list[int]:
    return [p.data["i"] for p in parts if p.event == "custom"]


async def new_thread(api: Api) -> str:
    return str((await api.threads.create())["thread_id"])


async def stream_burst(api: Api, thread_id: str, context: dict[str, Any], **options: Any) -> Any:
    """The parts of a resumable run of the burst graph, streaming its custom events."""
    return await api.runs.stream(
        thread_id,
        "burst",
        input={},
        stream_mode="custom",
        stream_resumable=True,
        context=context,
        **options,
    )


async def replay(api: Api, proxy: FaultProxy, thread_id: str, run_id: str) -> list[Any]:
    """The whole stream of a finished resumable run, as the server stored it, unfaulted.

    The in-memory server replays every stored event whose id sorts after Last-Event-ID;
    ``0-0`` sorts before all of them.
    """
    before = sum(proxy.faults.values())
    parts = await api.runs.join_stream(thread_id, run_id, last_event_id="0-0")
    assert sum(proxy.faults.values()) == before
    return list(parts)


def check_exactly_once(parts: list[Any], reference: list[Any], events: int) -> None:
    seen = [p.data["i"] for p in parts if p.event == "custom"]
    FIGURES["events compared"] += len(parts)
    FIGURES["events lost"] += len(set(range(events)) - set(seen))
    FIGURES["events repeated"] += len(seen) - len(set(seen))
    assert seen == list(range(events))
    assert parts == reference


# -- long streams under repeated cuts ----------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        Fault(path=STREAM, reset_after_events=CUT_EVERY, times=EVENTS // CUT_EVERY + 2),
        Fault(path=STREAM, truncate_after_events=CUT_EVERY, times=EVENTS // CUT_EVERY + 2),
    ],
    ids=["reset", "truncated-chunk"],
)
async def test_a_long_stream_cut_again_and_again_arrives_whole_and_once(
    api: Api, proxy: FaultProxy, fault: Fault, slept: list[float]
) -> None:
    thread_id = await new_thread(api)
    proxy.inject(dataclasses.replace(fault))
    created: list[Any] = []
    parts = await burst_stream(api, thread_id, EVENTS, on_run_created=created.append)
    cuts = sum(proxy.faults.values())
    assert cuts >= EVENTS // CUT_EVERY - 1
    assert len(proxy.seen("GET", RESUME)) == cuts  # one reconnection per cut
    assert all(r.headers.get("last-event-id") for r in proxy.seen("GET", RESUME))
    proxy.clear()
    check_exactly_once(parts, await replay(api, proxy, thread_id, created[0]["run_id"]), EVENTS)
    assert len(slept) == cuts  # one backoff per reconnection


async def test_a_stream_and_its_reconnection_each_ask_for_an_uncached_event_stream(
    api: Api, proxy: FaultProxy
) -> None:
    thread_id = await new_thread(api)
    proxy.inject(Fault(method="POST", path=STREAM, reset_after_events=20))
    await stream_burst(api, thread_id, burst(100, linger=0.2))
    sent = proxy.seen("POST", STREAM) + proxy.seen("GET", RESUME)
    assert [r.method for r in sent] == ["POST", "GET"]
    assert all(r.headers["cache-control"] == "no-store" for r in sent)
    assert all(r.headers["accept"] == "text/event-stream" for r in sent)


async def test_join_stream_resumes_through_cuts(api: Api, proxy: FaultProxy) -> None:
    thread_id = await new_thread(api)
    run = await api.runs.create(
        thread_id,
        "burst",
        input={},
        stream_mode="custom",
        stream_resumable=True,
        context=burst(linger=0.2),
    )
    proxy.inject(Fault(method="GET", path=RESUME, reset_after_events=CUT_EVERY, times=3))
    parts = await api.runs.join_stream(thread_id, run["run_id"], last_event_id="0-0")
    assert proxy.faults["connection reset"] == 3
    resumed = proxy.seen("GET", RESUME)[1:]
    assert len(resumed) == 3 and all(r.headers["last-event-id"] != "0-0" for r in resumed)
    proxy.clear()
    check_exactly_once(parts, await replay(api, proxy, thread_id, run["run_id"]), EVENTS)


async def test_a_stream_closed_without_end_while_the_run_runs_is_resumed(
    api: Api, proxy: FaultProxy
) -> None:
    thread_id = await new_thread(api)
    proxy.inject(Fault(method="POST", path=STREAM, close_after_events=40))
    parts = await burst_stream(api, thread_id, 300, linger=0.3)
    assert proxy.faults["stream closed early"] == 1
    # The client asked the run's status (running), then resumed.
    assert proxy.seen("GET", r"/runs/[^/]+$")
    assert len(proxy.seen("GET", RESUME)) == 1
    assert custom_indexes(parts) == list(range(300))


async def test_a_reconnection_refused_with_503_then_429_is_retried(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    thread_id = await new_thread(api)
    proxy.inject(
        Fault(method="POST", path=STREAM, reset_after_events=100),
        Fault(method="GET", path=RESUME, status=503, retry_after="2"),
        Fault(method="GET", path=RESUME, status=429, retry_after="1"),
        Fault(method="GET", path=RESUME, status=503, times=2),
    )
    parts = await burst_stream(api, thread_id, 1000)
    assert custom_indexes(parts) == list(range(1000))
    reconnects = proxy.seen("GET", RESUME)
    assert len(reconnects) == 5  # each reconnection is one attempt: 503, 429, 503, 503, stream
    assert slept[1:3] == [2.0, 1.0]  # Retry-After honoured
    FIGURES["retry attempts observed"] += len(reconnects) - 1


async def test_reconnect_attempts_each_count_once_and_run_out_with_a_typed_error(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    thread_id = await new_thread(api)
    proxy.inject(
        Fault(method="POST", path=STREAM, reset_after_events=50),
        Fault(method="GET", path=RESUME, status=503, times=100),
    )
    with pytest.raises(StreamReconnectError) as raised:
        await burst_stream(api, thread_id, 500)
    # STREAM_RECONNECT_LIMIT requests: a reconnection is not retried on its own as well.
    assert len(proxy.seen("GET", RESUME)) == 5
    assert len(slept) == 5  # one wait before each reconnection, none nested
    assert "gave up after 5 reconnect attempt(s)" in str(raised.value)
    assert "refused with 503" in str(raised.value)
    assert raised.value.attempts == 6  # type: ignore[attr-defined]
    proxy.clear()
    FIGURES["retry attempts observed"] += 5


async def test_a_cut_stream_that_is_not_resumable_says_so(api: Api, proxy: FaultProxy) -> None:
    thread_id = await new_thread(api)
    proxy.inject(Fault(method="POST", path=STREAM, reset_after_events=20))
    with pytest.raises(StreamReconnectError) as raised:
        await api.runs.stream(
            thread_id, "burst", input={}, stream_mode="custom", context=burst(200)
        )
    assert "stream_resumable=True" in str(raised.value)
    assert proxy.seen("GET", RESUME) == []


async def test_a_resumed_stream_keeps_its_headers_and_query_parameters(
    api: Api, proxy: FaultProxy
) -> None:
    thread_id = await new_thread(api)
    proxy.inject(Fault(method="POST", path=STREAM, reset_after_events=20))
    parts = await burst_stream(
        api, thread_id, 100, headers={"X-Probe": "kept"}, params={"probe": "kept"}
    )
    assert custom_indexes(parts) == list(range(100))
    (resumed,) = proxy.seen("GET", RESUME)
    assert "probe=kept" in resumed.target
    assert resumed.headers["x-probe"] == "kept"


def _asking_retry(block: bytes) -> bytes:
    return b"retry: 1234\r\n" + block


async def test_the_streams_retry_field_is_the_reconnect_delay(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    thread_id = await new_thread(api)
    proxy.inject(Fault(method="POST", path=STREAM, reset_after_events=20, rewrite=_asking_retry))
    parts = await burst_stream(api, thread_id, 100)
    assert custom_indexes(parts) == list(range(100))
    assert slept == [1.234]


async def test_a_wait_cut_twice_is_fetched_again_from_the_first_location(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    thread_id = await new_thread(api)
    proxy.inject(
        Fault(method="POST", path=r"/runs/wait", reset_after_bytes=0),
        Fault(method="GET", path=r"/runs/[^/]+/join", reset_after_bytes=0, times=2),
    )
    result = await api.runs.wait(thread_id, "agent", input={"messages": []})
    assert result["messages"] == [{"role": "ai", "content": "echo: "}]
    assert len(proxy.seen("GET", r"/runs/[^/]+/join")) == 3  # the answer's Location each time
    assert len(slept) == 3


async def test_a_join_cut_twice_is_fetched_again(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    thread_id = await new_thread(api)
    run = await api.runs.create(thread_id, "agent", input={"messages": []})
    proxy.inject(Fault(method="GET", path=r"/runs/[^/]+/join", reset_after_bytes=0, times=2))
    result = await api.runs.join(thread_id, run["run_id"])
    assert result["messages"] == [{"role": "ai", "content": "echo: "}]
    assert len(proxy.seen("GET", r"/runs/[^/]+/join")) == 3


# -- retries counted at the proxy -----------------------------------------------------------


async def test_a_get_is_retried_after_503_honouring_retry_after(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    thread_id = await new_thread(api)
    proxy.inject(Fault(method="GET", path=r"/threads/", status=503, retry_after="3", times=2))
    assert (await api.threads.get(thread_id))["thread_id"] == thread_id
    assert len(proxy.seen("GET", thread_id)) == 3
    assert slept == [3.0, 3.0]
    FIGURES["retry attempts observed"] += 3


async def test_429_retries_run_out_with_the_count_in_the_error(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    thread_id = await new_thread(api)
    proxy.inject(Fault(method="GET", path=thread_id, status=429, retry_after="1", times=3))
    with pytest.raises(RateLimitError) as raised:
        await api.threads.get(thread_id)
    assert len(proxy.seen("GET", thread_id)) == 3
    assert raised.value.attempts == 3
    assert slept == [1.0, 1.0]
    FIGURES["retry attempts observed"] += 3


async def test_a_post_that_creates_is_sent_once(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    thread_id = await new_thread(api)
    runs = rf"^/threads/{thread_id}/runs$"
    proxy.inject(Fault(method="POST", path=runs, status=503))
    with pytest.raises(InternalServerError):
        await api.runs.create(thread_id, "agent", input={})
    assert len(proxy.seen("POST", runs)) == 1
    assert slept == []


async def test_a_read_only_post_is_retried_after_a_reset(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    proxy.inject(Fault(method="POST", path=r"/threads/search", reset_after_bytes=0))
    assert isinstance(await api.threads.search(limit=1), list)
    assert len(proxy.seen("POST", r"/threads/search")) == 2
    assert len(slept) == 1
    FIGURES["retry attempts observed"] += 2


async def test_a_timeout_is_typed_and_retried(api: Api, proxy: FaultProxy) -> None:
    thread_id = await new_thread(api)
    proxy.inject(Fault(method="GET", path=thread_id, delay=0.5, times=2))
    client = api.client.with_options(timeout=httpx.Timeout(5.0, read=0.1), max_retries=1)
    with pytest.raises(APITimeoutError) as raised:
        await Api(client).threads.get(thread_id)
    assert len(proxy.seen("GET", thread_id)) == 2
    assert raised.value.attempts == 2  # type: ignore[attr-defined]
    FIGURES["retry attempts observed"] += 2


async def test_with_options_headers_go_with_every_request(api: Api, proxy: FaultProxy) -> None:
    tagged = Api(api.client.with_options(headers={"x-test-tag": "tagged"}))
    thread_id = await new_thread(tagged)
    await tagged.threads.get(thread_id)
    await api.threads.get(thread_id)
    sent = [seen.headers.get("x-test-tag") for seen in proxy.seen(path=r"^/threads")]
    assert sent == ["tagged", "tagged", None]


# -- creates safe to retry ------------------------------------------------------------------

CUTS = 50


def cut_after_answer(path: str, times: int = 1) -> Fault:
    """Drop the connection once the server has answered a POST (so it has acted on it)."""
    return Fault(method="POST", path=path, reset_after_bytes=0, times=times)


async def test_a_thread_create_cut_50_times_makes_exactly_one_thread(
    api: Api, proxy: FaultProxy
) -> None:
    tag = unique()
    proxy.inject(cut_after_answer(r"^/threads$", times=CUTS))
    patient = Api(api.client.with_options(max_retries=CUTS))
    thread = await patient.threads.create(metadata={"tag": tag})
    assert len(proxy.seen("POST", r"^/threads$")) == CUTS + 1
    found = await api.threads.search(metadata={"tag": tag}, limit=100)
    assert [t["thread_id"] for t in found] == [thread["thread_id"]]
    FIGURES["faults injected and survived"] += CUTS


async def test_an_assistant_create_cut_50_times_makes_exactly_one_assistant(
    api: Api, proxy: FaultProxy
) -> None:
    tag = unique()
    proxy.inject(cut_after_answer(r"^/assistants$", times=CUTS))
    patient = Api(api.client.with_options(max_retries=CUTS))
    assistant = await patient.assistants.create("agent", metadata={"tag": tag})
    assert len(proxy.seen("POST", r"^/assistants$")) == CUTS + 1
    found = await api.assistants.search(metadata={"tag": tag}, limit=100)
    assert [a["assistant_id"] for a in found] == [assistant["assistant_id"]]
    FIGURES["faults injected and survived"] += CUTS


async def test_a_thread_create_with_the_callers_id_is_sent_once(
    api: Api, proxy: FaultProxy
) -> None:
    proxy.inject(cut_after_answer(r"^/threads$"))
    with pytest.raises(APIConnectionError):
        await api.threads.create(thread_id=str(uuid.uuid4()))
    assert len(proxy.seen("POST", r"^/threads$")) == 1


async def test_a_cut_run_create_is_sent_once_and_says_it_may_have_reached_the_server(
    api: Api, proxy: FaultProxy
) -> None:
    thread_id = await new_thread(api)
    runs = rf"^/threads/{thread_id}/runs$"
    proxy.inject(cut_after_answer(runs))
    with pytest.raises(APIConnectionError) as raised:
        await api.runs.create(thread_id, "agent", input={"messages": []})
    assert len(proxy.seen("POST", runs)) == 1
    assert raised.value.may_have_reached_server is True
    assert "may have reached the server" in str(raised.value)


@pytest.mark.parametrize("flavour", ["async", "sync"])
async def test_a_refused_run_create_says_it_did_not_reach_the_server(flavour: str) -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nobody listens there
    with pytest.raises(APIConnectionError) as raised:
        if flavour == "async":
            async with get_client(url=url, api_key=None) as client:
                await client.runs.create(None, "agent")
        else:
            with get_sync_client(url=url, api_key=None) as sync_client:
                sync_client.runs.create(None, "agent")
    assert raised.value.may_have_reached_server is False
    assert "did not reach the server" in str(raised.value)


# --- stream hooks and the reconnect budget: on_connect, on_reconnect, max_reconnects and
# reconnect_backoff_cap, per client and per call (with_options)
async def hooked_burst(api: Api, events: int = 200) -> list[Any]:
    thread = await api.threads.create()
    parts = await api.runs.stream(
        thread["thread_id"],
        "burst",
        input={},
        stream_mode="custom",
        stream_resumable=True,
        context={"events": events, "batch": 5, "linger": 0.0},
    )
    return [part.data["i"] for part in parts if part.event == "custom"]


async def test_hooks_see_every_connection_and_reconnection(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    connected: list[int] = []
    reconnects: list[tuple[int, float, type[BaseException] | None]] = []
    hooked = api.client.with_options(
        on_connect=lambda response: connected.append(response.status_code),
        on_reconnect=lambda attempt, delay, error: reconnects.append(
            (attempt, delay, type(error) if error else None)
        ),
    )
    proxy.inject(Fault(method="POST", path=STREAM, reset_after_events=30))
    proxy.inject(Fault(method="GET", path=RESUME, reset_after_events=30))
    indexes = await hooked_burst(Api(hooked))
    assert indexes == list(range(200))
    assert connected == [200, 200, 200]  # the first answer and two reconnections
    assert [attempt for attempt, _, _ in reconnects] == [1, 1]  # each resumed stream read on
    assert [delay for _, delay, _ in reconnects] == slept
    errors = [error for *_, error in reconnects]
    assert all(error is not None and issubclass(error, httpx.TransportError) for error in errors)


async def test_max_reconnects_is_the_budget_of_attempts_in_a_row(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    attempts: list[int] = []
    strict = api.client.with_options(
        max_reconnects=2, on_reconnect=lambda attempt, delay, error: attempts.append(attempt)
    )
    proxy.inject(Fault(method="POST", path=STREAM, reset_after_events=10))
    proxy.inject(Fault(method="GET", path=RESUME, status=503, times=5))
    with pytest.raises(StreamReconnectError) as raised:
        await hooked_burst(Api(strict))
    assert attempts == [1, 2]
    assert raised.value.attempts == 3
    assert "reconnect_limit=2" in str(raised.value)
    proxy.clear()


async def test_backoff_is_capped_by_reconnect_backoff_cap(
    api: Api, proxy: FaultProxy, slept: list[float]
) -> None:
    capped = api.client.with_options(max_reconnects=4, reconnect_backoff_cap=0.25)
    proxy.inject(Fault(method="POST", path=STREAM, reset_after_events=10))
    proxy.inject(Fault(method="GET", path=RESUME, status=502, times=3))
    assert await hooked_burst(Api(capped)) == list(range(200))
    assert len(slept) == 4 and max(slept) <= 0.25


async def test_a_hook_that_raises_stops_the_stream_with_its_error(
    api: Api, proxy: FaultProxy
) -> None:
    def refuse(response: httpx.Response) -> None:
        raise RuntimeError("not this one")

    with pytest.raises(RuntimeError, match="not this one"):
        await hooked_burst(Api(api.client.with_options(on_connect=refuse)))


async def test_an_async_hook_is_awaited_on_the_async_client(
    server_url: str, proxy: FaultProxy, slept: list[float]
) -> None:
    seen: list[int] = []

    async def on_reconnect(attempt: int, delay: float, error: Exception | None) -> None:
        seen.append(attempt)

    proxy.clear()
    proxy.inject(Fault(method="POST", path=STREAM, reset_after_events=10))
    async with get_client(url=proxy.url, api_key=None) as client:
        hooked = client.with_options(on_reconnect=on_reconnect)
        assert await hooked_burst(Api(hooked)) == list(range(200))
    assert seen == [1]


def test_the_sync_client_refuses_an_async_hook(proxy: FaultProxy, slept: list[float]) -> None:
    async def on_reconnect(attempt: int, delay: float, error: Exception | None) -> None:
        raise AssertionError("never awaited")

    proxy.clear()
    proxy.inject(Fault(method="POST", path=STREAM, reset_after_events=10))
    with get_sync_client(url=proxy.url, api_key=None) as client:
        hooked = client.with_options(on_reconnect=on_reconnect)
        thread = hooked.threads.create()
        stream = hooked.runs.stream(
            thread["thread_id"],
            "burst",
            input={},
            stream_mode="custom",
            stream_resumable=True,
            context={"events": 200, "batch": 5, "linger": 0.0},
        )
        with pytest.raises(TypeError, match="plain functions"):
            list(stream)


@pytest.mark.parametrize(
    ("option", "value"), [("max_reconnects", -1), ("reconnect_backoff_cap", -0.5)]
)
def test_a_negative_budget_is_refused_naming_it(option: str, value: Any) -> None:
    client = get_sync_client(url="http://127.0.0.1:9", api_key=None)
    with pytest.raises(ValueError, match=option):
        client.with_options(**{option: value})


def test_an_unknown_option_is_refused_naming_it() -> None:
    client = get_sync_client(url="http://127.0.0.1:9", api_key=None)
    with pytest.raises(TypeError, match="max_retry"):
        client.with_options(max_retry=0)  # type: ignore[call-arg]


def test_report_figures(proxy: FaultProxy, capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last in this module: prints the figures gathered above."""
    FIGURES["faults injected and survived"] = sum(proxy.faults_total.values())
    with capsys.disabled():
        print("\nfault figures:", dict(sorted(FIGURES.items())), dict(proxy.faults_total))
    assert FIGURES["events lost"] == 0
    assert FIGURES["events repeated"] == 0


# -- every stream method, cut at random points -----------------------------------------------
#: The requests that open or resume each stream method's connection (the proxy's view).
OPENS = {
    "runs.stream": (("POST", STREAM), ("GET", RESUME)),
    "runs.join_stream": (("GET", RESUME), ("GET", RESUME)),
    "threads.join_stream": (("GET", r"/threads/[^/]+/stream\b(?!/)"),) * 2,
    "threads.stream": (("POST", r"/threads/[^/]+/stream/events"),) * 2,
}
RANDOM_EVENTS = 1500


def index_of(item: Any) -> int | None:
    """The ``i`` of a burst event: a run stream's custom part, or a protocol custom event."""
    if getattr(item, "event", None) == "custom" and isinstance(item.data, dict):
        return item.data.get("i")  # type: ignore[no-any-return]
    if isinstance(item, dict) and item.get("method") == "custom":
        data = item["params"]["data"]
        payload = data.get("payload", data) if isinstance(data, dict) else None
        return payload.get("i") if isinstance(payload, dict) else None
    return None


@pytest.mark.parametrize("seed", [7, 2026])
@pytest.mark.parametrize(
    "method",
    [
        pytest.param(m, marks=pytest.mark.operation(stream_thread_events))
        if m == "threads.stream"
        else m
        for m in OPENS
    ],
)
async def test_every_stream_cut_twice_and_during_a_reconnect_delivers_each_event_once(
    api: Api, proxy: FaultProxy, method: str, seed: int, server_version: str
) -> None:
    if method == "threads.join_stream" and _release(server_version) < _release("0.10"):
        # Its in-memory runtime looks the thread's stored events up by the thread id as a
        # string, where they are kept by UUID: a resumed thread stream replays nothing.
        pytest.skip(f"langgraph-api {server_version} cannot resume a thread stream")
    rng = random.Random(f"{method}-{seed}")
    first, second = rng.randrange(1, RANDOM_EVENTS // 2), rng.randrange(1, RANDOM_EVENTS // 2)
    (open_method, open_path), (resume_method, resume_path) = OPENS[method]
    thread_id = await new_thread(api)
    context = burst(RANDOM_EVENTS, linger=0.3)
    last = lambda item: index_of(item) == RANDOM_EVENTS - 1  # noqa: E731
    if method != "runs.stream":
        run = await api.runs.create(
            thread_id, "burst", input={}, stream_mode="custom", stream_resumable=True,
            context=context,
        )  # fmt: skip
    if method == "threads.join_stream":
        # langgraph-api's in-memory thread stream, resumed while a run writes, replays the
        # stored events and then listens anew: what the run wrote in between is lost on
        # the server's side (seen here as 3 to 80 missing events). Read a finished run.
        await api.runs.join(thread_id, run["run_id"])
    # A cut after ``first`` events, a reconnection cut before its first byte, a cut of the
    # next one after ``second`` events; then the stream goes on to its end.
    proxy.inject(
        Fault(method=open_method, path=open_path, reset_after_events=first),
        Fault(method=resume_method, path=resume_path, reset_after_bytes=0),
        Fault(method=resume_method, path=resume_path, reset_after_events=second),
    )
    client = api.client
    if method == "runs.stream":
        got = list(await stream_burst(api, thread_id, context))
    elif method == "runs.join_stream":
        got = await read_until(
            client.runs.join_stream(thread_id, run["run_id"], last_event_id="0-0"), last
        )
    elif method == "threads.join_stream":
        got = await read_until(
            client.threads.join_stream(thread_id, last_event_id="0-0"),
            last,
        )
    else:
        made = client.threads.stream(thread_id, assistant_id="burst")
        try:
            if hasattr(made, "__aenter__"):
                async with made as thread:
                    got = await read_until(thread.subscribe(["custom"]), last)
            else:
                with made as thread:
                    got = await read_until(thread.subscribe(["custom"]), last)
        except UnsupportedOperationError:
            proxy.clear()  # a server before the protocol: the cuts never came
            raise
    assert proxy.faults["connection reset"] == 3, f"cuts after {first} and {second} events"
    indexes = [i for i in map(index_of, got) if i is not None]
    FIGURES["events compared"] += len(indexes)
    FIGURES["events lost"] += len(set(range(RANDOM_EVENTS)) - set(indexes))
    FIGURES["events repeated"] += len(indexes) - len(set(indexes))
    assert indexes == list(range(RANDOM_EVENTS))

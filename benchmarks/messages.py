"""Message assembly: one chat message of N text deltas, built by a thread stream's message view.

    python -m benchmarks.messages [--quick]      # this case alone (bench.py runs it too)

The same protocol events (``message-start``, a text block of N ``text-delta``s ending in its
whole text, ``message-finish``) are fed to each assembler, which is then asked for the
message's whole text:

- `ours`: the feed and decoder behind the sync ``thread.messages`` (``_Feed``,
  ``_ItemsDecoder`` making ``SyncMessageStream``s), fed the events as the thread stream reads
  them (typed beforehand: the typing is the thread stream's cost, not the view's);
- `sdk`: langgraph-sdk's ``MessagesDecoder`` making langchain-core's ``ChatModelStream``s
  (what its sync ``thread.messages`` yields), fed the plain event dicts.

The figure is the cost per delta at the large N over the cost per delta at the small N: about 1
when building a message costs linear time, about large / small when each delta copies the text
so far.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import AsyncGenerator, Callable
from typing import Any

SIZES = (1_000, 20_000)
QUICK_SIZES = (200, 4_000)
ROUNDS = 5
DELTA = "word "  # one token's text


def message_events(deltas: int) -> list[dict[str, Any]]:
    """The protocol events of one message whose one text block comes in ``deltas`` deltas."""
    steps: list[dict[str, Any]] = [
        {"event": "message-start", "role": "ai", "id": "m1", "metadata": {}},
        {"event": "content-block-start", "index": 0, "content": {"type": "text", "text": ""}},
    ]
    delta = {"event": "content-block-delta", "index": 0}
    steps += [{**delta, "delta": {"type": "text-delta", "text": DELTA}}] * deltas
    whole = {"type": "text", "text": DELTA * deltas}
    usage = {"input_tokens": 1, "output_tokens": deltas, "total_tokens": deltas + 1}
    steps += [
        {"event": "content-block-finish", "index": 0, "content": whole},
        {"event": "message-finish", "usage": usage},
    ]
    return [
        {
            "type": "event",
            "seq": seq,
            "method": "messages",
            "params": {"namespace": [], "data": data},
        }
        for seq, data in enumerate(steps)
    ]


def ours(events: list[dict[str, Any]]) -> Callable[[], str]:
    from langgraph_api_client.sync import run_sync
    from langgraph_client._events import event_of
    from langgraph_client._projections import SyncMessageStream, _Feed, _ItemsDecoder

    typed = [event_of(event) for event in events]

    async def read() -> AsyncGenerator[Any]:
        for event in typed:
            yield event

    def assemble() -> str:
        feed = _Feed()
        decoder = _ItemsDecoder("messages", (), feed, SyncMessageStream)
        feed.decoders, feed.events = [decoder], read()
        run_sync(feed.until(lambda: bool(decoder.items)))
        message = decoder.items.popleft()
        return message.text.get()  # reads the rest of the feed

    return assemble


def sdk(events: list[dict[str, Any]]) -> Callable[[], str]:
    from langchain_core.language_models.chat_model_stream import ChatModelStream
    from langgraph_sdk.stream.decoders import MessagesDecoder

    def assemble() -> str:
        decoder = MessagesDecoder([], ChatModelStream)
        (message,) = [stream for event in events for stream in decoder.feed(event)]
        return message.text.get()

    return assemble


ASSEMBLERS = {"ours": ours, "sdk": sdk}


def available() -> tuple[dict[str, Callable[..., Callable[[], str]]], list[str]]:
    """The assemblers whose packages import, and a line for each that does not."""
    found, skipped = {}, []
    for name, make in ASSEMBLERS.items():
        try:
            make(message_events(1))()
        except ImportError as exc:
            skipped.append(f"{name} not measured: {exc}")
        else:
            found[name] = make
    return found, skipped


def measure(sizes: tuple[int, int] = SIZES, rounds: int = ROUNDS) -> dict[str, dict[int, float]]:
    """Median seconds per delta, by assembler and number of deltas; each result checked."""
    found, skipped = available()
    for line in skipped:
        print(f"SKIP {line}")
    per_delta: dict[str, dict[int, float]] = {}
    for deltas in sizes:
        events, want = message_events(deltas), DELTA * deltas
        made = {name: make(events) for name, make in found.items()}
        for assemble in made.values():
            assemble()  # warmed up once
        times: dict[str, list[float]] = {name: [] for name in made}
        for r in range(rounds):
            names = list(made)[r % len(made) :] + list(made)[: r % len(made)]
            for name in names:
                gc.collect()
                start = time.perf_counter()
                text = made[name]()
                times[name].append(time.perf_counter() - start)
                if text != want:
                    raise SystemExit(f"CHECK FAILED: {name} assembled another text")
        for name, samples in times.items():
            per_delta.setdefault(name, {})[deltas] = statistics.median(samples) / deltas
    return per_delta


def rows(per_delta: dict[str, dict[int, float]], sizes: tuple[int, int]) -> list[list[str]]:
    """Per client: the cost per delta at each size, and the large size's over the small's."""
    small, large = sizes
    return [
        [
            name,
            f"{by[small] * 1e6:.2f} us",
            f"{by[large] * 1e6:.2f} us",
            f"{by[large] / by[small]:.2f}",
        ]
        for name, by in per_delta.items()
    ]


def versus(per_delta: dict[str, dict[int, float]], deltas: int) -> str:
    if not {"ours", "sdk"} <= per_delta.keys():
        return "ours / sdk: not measured"
    ratio = per_delta["ours"][deltas] / per_delta["sdk"][deltas]
    return f"ours / sdk at {deltas:,} deltas: {ratio:.2f}"


def report(per_delta: dict[str, dict[int, float]], sizes: tuple[int, int]) -> None:
    small, large = sizes
    print(f"\nmessage assembly: cost per delta at {small:,} and {large:,} deltas, and growth")
    for row in rows(per_delta, sizes):
        print(f"  {row[0]:<6} {row[1]:>12} {row[2]:>12}   growth {row[3]}")
    print(f"  {versus(per_delta, large)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    sizes = QUICK_SIZES if parser.parse_args().quick else SIZES
    report(measure(sizes), sizes)


if __name__ == "__main__":
    main()

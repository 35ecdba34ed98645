"""``ResumeToken``: a stream's place, handed to another client (in another process) that
goes on with ``runs.resume(token)``: no part lost, none repeated."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from langgraph_client import ResumeToken

from tests._client_api import Api

pytest_plugins = ["tests._client_fixtures"]

EVENTS = 300

#: Another process: a fresh sync client resumes from the token on stdin and prints the
#: parts it gets as JSON lines ``[event, data, id]``.
RESUMER = """
import json, sys
from langgraph_client import ResumeToken, get_sync_client

token = ResumeToken.from_json(sys.stdin.read())
with get_sync_client(url=sys.argv[1], api_key=None) as client:
    for part in client.runs.resume(token):
        print(json.dumps([part.event, part.data, part.id]))
"""


def _plain(part: Any) -> list[Any]:
    return [part.event, part.data, part.id]


async def _first_parts(api: Api, count: int, token: ResumeToken, **context: Any) -> list[Any]:
    """The first ``count`` parts of a resumable ``burst`` run, the stream left after them."""
    thread_id = str((await api.threads.create())["thread_id"])
    stream = api.client.runs.stream(
        thread_id,
        "burst",
        input={},
        stream_mode="custom",
        stream_resumable=True,
        on_disconnect="continue",
        context={"events": EVENTS, "batch": 5, **context},
        resume_token=token,
    )
    taken: list[Any] = []
    if api.is_async:
        async with stream:  # type: ignore[union-attr]
            async for part in stream:  # type: ignore[union-attr]
                taken.append(_plain(part))
                if len(taken) == count:
                    break
    else:
        for part in stream:  # type: ignore[union-attr]
            taken.append(_plain(part))
            if len(taken) == count:
                break
        stream.close()  # type: ignore[union-attr]
    return taken


async def _replay(api: Api, token: ResumeToken) -> list[Any]:
    """The whole stored stream of the finished run (once it has finished)."""
    await api.runs.join(token["thread_id"], token["run_id"])
    parts = await api.runs.join_stream(token["thread_id"], token["run_id"], last_event_id="0-0")
    return [_plain(part) for part in parts]


def test_a_resume_token_survives_json() -> None:
    token = ResumeToken(thread_id="t", run_id="r", stream_mode=["custom"], last_event_id="1-0")
    again = ResumeToken.from_json(token.to_json())
    assert again == token
    assert isinstance(again, ResumeToken)
    assert json.loads(token.to_json())["last_event_count"] == 0


def test_a_token_that_names_no_run_is_refused() -> None:
    from langgraph_client import get_sync_client

    with get_sync_client(url="http://127.0.0.1:9", api_key=None) as client:
        with pytest.raises(ValueError, match="names no run"):
            next(iter(client.runs.resume(ResumeToken())))


async def test_a_stream_resumed_from_its_token_in_another_process_gives_each_part_once(
    api: Api, server_url: str
) -> None:
    token = ResumeToken()
    first = await _first_parts(api, 101, token)
    assert token["run_id"] and token["stream_mode"] == ["custom"]
    done = subprocess.run(
        [sys.executable, "-c", RESUMER, server_url],
        input=token.to_json(),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    rest = [json.loads(line) for line in done.stdout.splitlines()]
    assert first + rest == await _replay(api, token)
    assert [p[1]["i"] for p in first + rest if p[0] == "custom"] == list(range(EVENTS))


async def test_a_stream_resumed_while_its_run_goes_on_gives_each_part_once(api: Api) -> None:
    token = ResumeToken()
    first = await _first_parts(api, 57, token, linger=1.0)
    carried = ResumeToken.from_json(token.to_json())
    rest = [_plain(part) for part in await api.runs.resume(carried)]
    assert first + rest == await _replay(api, token)
    assert [p[1]["i"] for p in first + rest if p[0] == "custom"] == list(range(EVENTS))


async def test_resume_keeps_its_own_token_for_a_further_resume(api: Api) -> None:
    token = ResumeToken()
    first = await _first_parts(api, 30, token)
    second_token = ResumeToken()
    await api.runs.join(token["thread_id"], token["run_id"])
    stream = api.client.runs.resume(token, version="v2", resume_token=second_token)
    middle: list[Any] = []
    if api.is_async:
        async for part in stream:  # type: ignore[union-attr]
            middle.append(part)
            if len(middle) == 40:
                break
        await stream.aclose()  # type: ignore[union-attr]
    else:
        for part in stream:  # type: ignore[union-attr]
            middle.append(part)
            if len(middle) == 40:
                break
        stream.close()  # type: ignore[union-attr]
    rest = [_plain(part) for part in await api.runs.resume(second_token)]
    whole = await _replay(api, token)
    assert [part["data"] for part in middle] == [p[1] for p in whole[len(first) : len(first) + 40]]
    assert first + whole[len(first) : len(first) + 40] + rest == whole

"""client.threads against the real server, with both clients.

``threads.stream`` (the streaming protocol) is tested in test_client_thread_stream.py.
"""

from __future__ import annotations

from typing import Any

import pytest
from langgraph_api_client.api.threads import prune_threads
from langgraph_client.errors import ConflictError, NotFoundError, UnprocessableEntityError

from tests._client_api import Api, unique, wire
from tests._server import oldest_server

pytest_plugins = ["tests._client_fixtures"]

MISSING = "00000000-0000-4000-8000-000000000000"


def said(text: str) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}]}


async def thread_after_one_run(api: Api, text: str = "hi", **metadata: Any) -> str:
    """A thread on which the agent graph has answered ``text`` once."""
    thread = await api.threads.create(metadata=metadata or None)
    thread_id = str(thread["thread_id"])
    await api.runs.wait(thread_id, "agent", input=said(text))
    return thread_id


async def test_create_and_get(api: Api) -> None:
    tag = unique()
    created = await api.threads.create(metadata={"tag": tag}, graph_id="agent")
    assert created["status"] == "idle"
    assert dict(created["metadata"]) == {"tag": tag, "graph_id": "agent"}
    got = await api.threads.get(str(created["thread_id"]))
    assert got["thread_id"] == created["thread_id"]
    assert dict(got["metadata"]) == {"tag": tag, "graph_id": "agent"}


async def test_create_with_a_given_id_and_if_exists(api: Api) -> None:
    thread = await api.threads.create(metadata={"round": 1})
    thread_id = str(thread["thread_id"])
    kept = await api.threads.create(
        thread_id=thread_id, metadata={"round": 2}, if_exists="do_nothing"
    )
    assert str(kept["thread_id"]) == thread_id
    assert kept["metadata"]["round"] == 1
    with pytest.raises(ConflictError) as caught:
        await api.threads.create(thread_id=thread_id, if_exists="raise")
    assert caught.value.status_code == 409


async def test_create_with_supersteps_fills_the_state(api: Api) -> None:
    thread = await api.threads.create(
        graph_id="agent",
        supersteps=[
            {"updates": [{"values": said("before"), "as_node": "__start__"}]},
            {"updates": [{"values": {"count": 5}, "as_node": "reply"}]},
        ],
    )
    state = await api.threads.get_state(str(thread["thread_id"]))
    assert wire(state["values"]) == {**said("before"), "count": 5}
    assert state["next"] == []


async def test_create_with_ttl_and_get_with_include(api: Api) -> None:
    thread = await api.threads.create(ttl=30, metadata={"kept": "for 30 minutes"})
    got = await api.threads.get(str(thread["thread_id"]), include=["ttl"])
    assert got["thread_id"] == thread["thread_id"]
    # The in-memory server accepts the TTL and `include=ttl` but reports no `ttl` field.
    assert got.get("ttl") is None


async def test_get_of_a_missing_thread_is_not_found(api: Api) -> None:
    with pytest.raises(NotFoundError) as caught:
        await api.threads.get(MISSING)
    assert caught.value.status_code == 404
    assert MISSING in caught.value.message


async def test_update_merges_metadata(api: Api) -> None:
    thread = await api.threads.create(metadata={"a": 1})
    thread_id = str(thread["thread_id"])
    updated = await api.threads.update(thread_id, metadata={"b": 2})
    assert updated is not None
    assert dict(updated["metadata"]) == {"a": 1, "b": 2}


async def test_update_with_return_minimal_returns_nothing(api: Api) -> None:
    thread = await api.threads.create(metadata={"a": 1, "b": 2})
    thread_id = str(thread["thread_id"])
    minimal = await api.threads.update(thread_id, metadata={"c": 3}, return_minimal=True)
    if oldest_server():  # langgraph-api 0.4.48 ignores `Prefer: return=minimal`
        assert minimal is not None and minimal["metadata"]["c"] == 3
    else:
        assert minimal is None
    assert dict((await api.threads.get(thread_id))["metadata"]) == {"a": 1, "b": 2, "c": 3}


async def test_delete(api: Api) -> None:
    thread = await api.threads.create()
    thread_id = str(thread["thread_id"])
    assert await api.threads.delete(thread_id) is None
    with pytest.raises(NotFoundError):
        await api.threads.get(thread_id)


async def test_search_by_metadata_status_and_ids(api: Api) -> None:
    tag = unique()
    done = await thread_after_one_run(api, "searched", tag=tag)
    idle = str((await api.threads.create(metadata={"tag": tag}))["thread_id"])
    found = await api.threads.search(metadata={"tag": tag}, sort_by="created_at", sort_order="asc")
    assert [str(thread["thread_id"]) for thread in found] == [done, idle]
    assert found[0]["values"]["count"] == 1
    by_id = await api.threads.search(ids=[idle])
    assert [str(thread["thread_id"]) for thread in by_id] == [idle]
    page = await api.threads.search(
        metadata={"tag": tag}, limit=1, offset=1, sort_by="created_at", sort_order="asc"
    )
    assert [str(thread["thread_id"]) for thread in page] == [idle]
    interrupted = await api.threads.search(metadata={"tag": tag}, status="interrupted")
    assert interrupted == []


async def test_search_with_select_and_extract(api: Api) -> None:
    tag = unique()
    thread_id = await thread_after_one_run(api, "extract me", tag=tag)
    found = await api.threads.search(
        metadata={"tag": tag}, select=["thread_id", "status"], extract={"n": "values.count"}
    )
    assert len(found) == 1
    assert str(found[0]["thread_id"]) == thread_id
    assert found[0]["status"] == "idle"
    assert "metadata" not in found[0]
    if oldest_server():  # langgraph-api 0.4.48 ignores `extract`
        assert "extracted" not in found[0]
    else:
        assert wire(found[0]["extracted"]) == {"n": 1}


async def test_count(api: Api) -> None:
    tag = unique()
    await thread_after_one_run(api, tag=tag)
    await api.threads.create(metadata={"tag": tag})
    assert await api.threads.count(metadata={"tag": tag}) == 2
    assert await api.threads.count(metadata={"tag": tag}, status="busy") == 0


async def test_copy_makes_a_thread_with_the_same_state(api: Api) -> None:
    tag = unique()
    thread_id = await thread_after_one_run(api, "copied", tag=tag)
    made = await api.threads.copy(thread_id)
    both = await api.threads.search(metadata={"tag": tag})
    assert len(both) == 2
    (copy_id,) = {str(thread["thread_id"]) for thread in both} - {thread_id}
    assert made["thread_id"] == copy_id  # the new thread is what copy returns
    original = await api.threads.get_state(thread_id)
    copied = await api.threads.get_state(copy_id)
    assert wire(copied["values"]) == wire(original["values"])
    assert copied["values"]["messages"][-1] == {"role": "ai", "content": "echo: copied"}


@pytest.mark.operation(prune_threads)
async def test_prune_deletes_threads(api: Api) -> None:
    first = str((await api.threads.create())["thread_id"])
    second = str((await api.threads.create())["thread_id"])
    report = await api.threads.prune([first, second])
    assert report == {"pruned_count": 2}
    for thread_id in (first, second):
        with pytest.raises(NotFoundError):
            await api.threads.get(thread_id)


@pytest.mark.operation(prune_threads)
async def test_prune_keep_latest_is_refused_by_the_in_memory_server(api: Api) -> None:
    thread_id = await thread_after_one_run(api, "one")
    with pytest.raises(UnprocessableEntityError, match="not supported in in-memory runtime"):
        await api.threads.prune([thread_id], strategy="keep_latest")
    assert len(await api.threads.get_history(thread_id, limit=100)) > 1


async def test_get_state_latest(api: Api) -> None:
    thread_id = await thread_after_one_run(api, "state")
    state = await api.threads.get_state(thread_id)
    assert wire(state["values"]) == {
        "messages": [
            {"role": "user", "content": "state"},
            {"role": "ai", "content": "echo: state"},
        ],
        "count": 1,
    }
    assert state["next"] == []
    assert state["tasks"] == []
    assert state["checkpoint"]["thread_id"] == thread_id
    assert state["metadata"]["graph_id"] == "agent"


async def test_get_state_at_a_checkpoint(api: Api) -> None:
    thread_id = await thread_after_one_run(api, "past")
    history = await api.threads.get_history(thread_id, limit=100)
    oldest_with_input = next(
        state for state in reversed(history) if state["values"].get("messages")
    )
    checkpoint_id = oldest_with_input["checkpoint"]["checkpoint_id"]
    by_id = await api.threads.get_state(thread_id, checkpoint_id=checkpoint_id)
    assert wire(by_id["values"]) == said("past")
    assert by_id["next"] == ["reply"]
    by_checkpoint = await api.threads.get_state(
        thread_id, checkpoint={"checkpoint_id": checkpoint_id, "checkpoint_ns": ""}
    )
    assert wire(by_checkpoint["values"]) == said("past")
    assert by_checkpoint["checkpoint"]["checkpoint_id"] == checkpoint_id


async def test_get_state_with_subgraphs_includes_the_subgraph_state(api: Api) -> None:
    thread = await api.threads.create()
    thread_id = str(thread["thread_id"])
    await api.runs.wait(thread_id, "subgraph", input=said("nested"), interrupt_before=["child"])
    flat = await api.threads.get_state(thread_id)
    deep = await api.threads.get_state(thread_id, subgraphs=True)
    assert flat["next"] == deep["next"] == ["child"]
    assert flat["tasks"][0]["state"] is None
    assert flat["tasks"][0]["checkpoint"]["checkpoint_ns"].startswith("child:")
    assert deep["tasks"][0]["state"] is not None
    assert "values" in deep["tasks"][0]["state"]


async def test_get_state_of_an_interrupted_thread_shows_the_interrupt(api: Api) -> None:
    thread = await api.threads.create()
    thread_id = str(thread["thread_id"])
    await api.runs.wait(thread_id, "interrupting", input=said("ask me"))
    assert (await api.threads.get(thread_id))["status"] == "interrupted"
    state = await api.threads.get_state(thread_id)
    assert state["next"] == ["ask"]
    assert [wire(interrupt["value"]) for interrupt in state["interrupts"]] == [
        {"question": "approve?"}
    ]
    assert wire(state["tasks"][0]["interrupts"][0]["value"]) == {"question": "approve?"}


async def test_update_state_writes_values_as_a_node(api: Api) -> None:
    thread_id = await thread_after_one_run(api, "update")
    written = await api.threads.update_state(thread_id, {"count": 41}, as_node="reply")
    assert written["checkpoint"]["thread_id"] == thread_id
    state = await api.threads.get_state(thread_id)
    assert state["values"]["count"] == 41
    assert state["checkpoint"]["checkpoint_id"] == written["checkpoint"]["checkpoint_id"]
    assert state["metadata"]["source"] == "update"


async def test_update_state_from_an_earlier_checkpoint(api: Api) -> None:
    thread_id = await thread_after_one_run(api, "fork")
    first = (await api.threads.get_history(thread_id, limit=100))[-1]
    written = await api.threads.update_state(
        thread_id,
        said("forked"),
        as_node="__start__",
        checkpoint_id=first["checkpoint"]["checkpoint_id"],
    )
    state = await api.threads.get_state(thread_id)
    assert state["checkpoint"]["checkpoint_id"] == written["checkpoint"]["checkpoint_id"]
    assert wire(state["values"]) == said("forked")
    assert state["next"] == ["reply"]


async def test_get_history_newest_first_with_limit_before_and_metadata(api: Api) -> None:
    thread_id = await thread_after_one_run(api, "history")
    history = await api.threads.get_history(thread_id, limit=100)
    steps = [state["metadata"]["step"] for state in history]
    assert steps == sorted(steps, reverse=True)
    assert history[0]["values"]["count"] == 1
    assert [
        state["metadata"]["step"] for state in await api.threads.get_history(thread_id, limit=1)
    ] == steps[:1]
    before = await api.threads.get_history(
        thread_id, limit=100, before=history[0]["checkpoint"]["checkpoint_id"]
    )
    assert [state["metadata"]["step"] for state in before] == steps[1:]
    looped = await api.threads.get_history(thread_id, limit=100, metadata={"source": "loop"})
    assert {state["metadata"]["source"] for state in looped} == {"loop"}
    assert len(looped) < len(history)


async def test_join_stream_follows_the_runs_of_the_thread(api: Api) -> None:
    thread = await api.threads.create()
    thread_id = str(thread["thread_id"])
    run = await api.runs.create(
        thread_id,
        "slow",
        input=said("joined"),
        context={"delay": 0.5, "events": 2},
        stream_mode=["values", "custom"],
    )
    stream = api.client.threads.join_stream(thread_id, stream_mode="run_modes")
    seen: list[Any] = []
    if api.is_async:
        async for part in stream:
            seen.append(part)
            if part.event == "values" and part.data.get("count") == 1:
                break
        await stream.aclose()
    else:
        for part in stream:
            seen.append(part)
            if part.event == "values" and part.data.get("count") == 1:
                break
        stream.close()
    events = [part.event for part in seen]
    assert "custom" in events
    assert [part.data for part in seen if part.event == "custom"] == [{"i": 0}, {"i": 1}]
    assert all(part.id for part in seen)
    await api.runs.join(thread_id, str(run["run_id"]))


async def test_a_thread_method_on_a_missing_thread_is_not_found(api: Api) -> None:
    for call in (
        lambda: api.threads.get_state(MISSING),
        lambda: api.threads.update(MISSING, metadata={"a": 1}),
        lambda: api.threads.get_history(MISSING),
    ):
        with pytest.raises(NotFoundError):
            await call()

"""client.runs against the real server, with both clients."""

from __future__ import annotations

from typing import Any

import pytest
from langgraph_client.errors import NotFoundError

from tests._client_api import Api, wire

pytest_plugins = ["tests._client_fixtures"]

ALL_MODES = [
    "values",
    "updates",
    "messages-tuple",
    "custom",
    "debug",
    "tasks",
    "checkpoints",
    "events",
]


def said(text: str) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}]}


def echoed(text: str) -> dict[str, Any]:
    return {
        "messages": [{"role": "user", "content": text}, {"role": "ai", "content": f"echo: {text}"}],
        "count": 1,
    }


async def new_thread(api: Api) -> str:
    return str((await api.threads.create())["thread_id"])


async def test_wait_returns_the_final_values(api: Api) -> None:
    thread_id = await new_thread(api)
    assert await api.runs.wait(thread_id, "agent", input=said("wait")) == echoed("wait")
    assert (await api.threads.get(thread_id))["status"] == "idle"


async def test_wait_stateless(api: Api) -> None:
    assert await api.runs.wait(None, "agent", input=said("nothing kept")) == echoed("nothing kept")


async def test_wait_with_on_run_created(api: Api) -> None:
    thread_id = await new_thread(api)
    created: list[Any] = []
    await api.runs.wait(thread_id, "agent", input=said("x"), on_run_created=created.append)
    assert len(created) == 1
    assert created[0]["thread_id"] == thread_id
    run = await api.runs.get(thread_id, created[0]["run_id"])
    assert run["status"] == "success"


async def test_stream_with_every_mode_at_once(api: Api) -> None:
    thread_id = await new_thread(api)
    parts = await api.runs.stream(thread_id, "agent", input=said("modes"), stream_mode=ALL_MODES)
    events = [part.event for part in parts]
    assert events[0] == "metadata"
    assert {"values", "updates", "debug", "tasks", "checkpoints", "events"} <= set(events)
    values = [part.data for part in parts if part.event == "values"]
    assert values[-1] == echoed("modes")
    updates = [part.data for part in parts if part.event == "updates"]
    assert updates == [
        {"reply": {"messages": [{"role": "ai", "content": "echo: modes"}], "count": 1}}
    ]
    tasks = [part.data for part in parts if part.event == "tasks"]
    assert [task["name"] for task in tasks] == ["reply", "reply"]
    debug_types = {part.data["type"] for part in parts if part.event == "debug"}
    assert {"checkpoint", "task", "task_result"} <= debug_types
    kinds = {part.data["event"] for part in parts if part.event == "events"}
    assert {"on_chain_start", "on_chain_end"} <= kinds


async def test_stream_custom_events_and_on_run_created(api: Api) -> None:
    thread_id = await new_thread(api)
    created: list[Any] = []
    parts = await api.runs.stream(
        thread_id,
        "slow",
        input={},
        context={"events": 3},
        stream_mode=["custom", "values"],
        on_run_created=created.append,
    )
    assert [part.data for part in parts if part.event == "custom"] == [{"i": 0}, {"i": 1}, {"i": 2}]
    metadata = parts[0]
    assert metadata.event == "metadata"
    assert created == [{"run_id": metadata.data["run_id"], "thread_id": thread_id}]


async def test_stream_stateless(api: Api) -> None:
    parts = await api.runs.stream(None, "agent", input=said("alone"), stream_mode="updates")
    assert [part.event for part in parts] == ["metadata", "updates"]
    assert parts[1].data["reply"]["messages"] == [{"role": "ai", "content": "echo: alone"}]


async def test_a_stateless_stream_names_its_run_to_on_run_created_and_no_thread(api: Api) -> None:
    # Its Content-Location is `/runs/{run_id}` (the spec's x-path), not a thread's run.
    created: list[Any] = []
    parts = await api.runs.stream(
        None, "agent", input=said("x"), stream_mode="updates", on_run_created=created.append
    )
    assert created == [{"run_id": parts[0].data["run_id"], "thread_id": None}]


async def test_stream_subgraphs_names_their_namespace(api: Api) -> None:
    thread_id = await new_thread(api)
    parts = await api.runs.stream(
        thread_id,
        "subgraph",
        input=said("deep"),
        stream_mode=["values", "updates"],
        stream_subgraphs=True,
    )
    nested = [part for part in parts if "|" in part.event]
    assert nested
    assert {part.event.split("|", 1)[0] for part in nested} == {"values", "updates"}
    assert all(part.event.split("|", 1)[1].startswith("child:") for part in nested)
    inner_update = next(part for part in nested if part.event.startswith("updates|"))
    assert inner_update.data == {
        "reply": {"messages": [{"role": "ai", "content": "echo: deep"}], "count": 1}
    }
    top = [part.data for part in parts if part.event == "values"]
    assert top[-1]["messages"][-1] == {"role": "ai", "content": "echo: deep"}


async def test_an_interrupt_answered_with_a_resume_command(api: Api) -> None:
    thread_id = await new_thread(api)
    first = await api.runs.stream(
        thread_id, "interrupting", input=said("may I?"), stream_mode="updates"
    )
    interrupts = [
        part.data["__interrupt__"]
        for part in first
        if part.event == "updates" and "__interrupt__" in part.data
    ]
    assert interrupts[0][0]["value"] == {"question": "approve?"}
    assert (await api.threads.get(thread_id))["status"] == "interrupted"

    second = await api.runs.stream(
        thread_id, "interrupting", command={"resume": "yes"}, stream_mode="values"
    )
    final = [part.data for part in second if part.event == "values"][-1]
    assert final["messages"] == [
        {"role": "user", "content": "may I?"},
        {"role": "human", "content": "answer: yes"},
        {"role": "ai", "content": "echo: answer: yes"},
    ]
    assert (await api.threads.get(thread_id))["status"] == "idle"


async def test_stream_v2_gives_typed_dicts_with_namespaces_and_interrupts(api: Api) -> None:
    thread_id = await new_thread(api)
    parts = await api.runs.stream(
        thread_id,
        "subgraph",
        input=said("v2"),
        stream_mode=["values", "updates"],
        stream_subgraphs=True,
        version="v2",
    )
    assert all(set(part) == {"type", "ns", "data", "interrupts"} for part in parts)
    assert parts[0]["type"] == "metadata"
    nested = [part for part in parts if part["ns"]]
    assert nested and all(part["ns"][0].startswith("child:") for part in nested)
    assert parts[-1]["type"] == "values"
    assert parts[-1]["data"]["messages"][-1] == {"role": "ai", "content": "echo: v2"}

    paused = await new_thread(api)
    parts = await api.runs.stream(
        paused, "interrupting", input=said("ok?"), stream_mode="values", version="v2"
    )
    last = parts[-1]
    assert last["interrupts"][0]["value"] == {"question": "approve?"}
    assert "__interrupt__" not in last["data"]


async def test_create_get_join_list_and_delete(api: Api) -> None:
    thread_id = await new_thread(api)
    run = await api.runs.create(thread_id, "agent", input=said("bg"), metadata={"n": 1})
    run_id = str(run["run_id"])
    assert run["status"] in ("pending", "running")
    assert await api.runs.join(thread_id, run_id) == echoed("bg")
    got = await api.runs.get(thread_id, run_id)
    assert got["status"] == "success"
    assert got["metadata"]["n"] == 1
    listed = await api.runs.list(thread_id)
    assert [str(item["run_id"]) for item in listed] == [run_id]
    assert await api.runs.list(thread_id, status="error") == []
    chosen = await api.runs.list(thread_id, select=["run_id", "status"])
    assert [wire(item) for item in chosen] == [{"run_id": run_id, "status": "success"}]
    assert await api.runs.delete(thread_id, run_id) is None
    with pytest.raises(NotFoundError):
        await api.runs.get(thread_id, run_id)


async def test_langsmith_tracing_reaches_the_run_config(api: Api) -> None:
    # Sent as `langsmith_tracer`, which every server of the window reads into the config.
    thread_id = await new_thread(api)
    tracing = {"project_name": "elsewhere"}
    run = await api.runs.create(thread_id, "agent", input=said("t"), langsmith_tracing=tracing)
    configurable = wire(run["kwargs"])["config"]["configurable"]
    assert configurable["__langsmith_project__"] == "elsewhere"
    await api.runs.join(thread_id, str(run["run_id"]))


async def test_create_stateless(api: Api) -> None:
    created: list[Any] = []
    run = await api.runs.create(None, "agent", input=said("x"), on_run_created=created.append)
    assert created and created[0]["run_id"] == str(run["run_id"])


async def test_join_stream_of_a_slow_run(api: Api) -> None:
    thread_id = await new_thread(api)
    run = await api.runs.create(
        thread_id,
        "slow",
        input={},
        context={"delay": 0.3, "events": 2},
        stream_mode=["values", "custom"],
        stream_resumable=True,
    )
    parts = await api.runs.join_stream(thread_id, str(run["run_id"]))
    assert [part.data for part in parts if part.event == "custom"] == [{"i": 0}, {"i": 1}]
    assert [part.data for part in parts if part.event == "values"][-1] == {
        "messages": [],
        "count": 1,
    }
    assert (await api.runs.get(thread_id, str(run["run_id"])))["status"] == "success"


async def test_join_stream_with_chosen_modes(api: Api) -> None:
    thread_id = await new_thread(api)
    run = await api.runs.create(
        thread_id,
        "slow",
        input={},
        context={"delay": 0.2, "events": 2},
        stream_mode=["values", "custom", "updates"],
    )
    parts = await api.runs.join_stream(
        thread_id, str(run["run_id"]), stream_mode=["custom", "updates"]
    )
    assert {part.event for part in parts} == {"custom", "updates"}
    assert [part.data for part in parts if part.event == "custom"] == [{"i": 0}, {"i": 1}]


async def test_cancel_with_wait_stops_a_slow_run(api: Api) -> None:
    thread_id = await new_thread(api)
    run = await api.runs.create(thread_id, "slow", input={}, context={"delay": 30})
    run_id = str(run["run_id"])
    assert await api.runs.cancel(thread_id, run_id, wait=True) is None
    assert (await api.runs.get(thread_id, run_id))["status"] == "interrupted"


async def test_cancel_many_by_run_ids(api: Api) -> None:
    thread_id = await new_thread(api)
    first = await api.runs.create(thread_id, "slow", input={}, context={"delay": 30})
    second = await api.runs.create(
        thread_id, "slow", input={}, context={"delay": 30}, multitask_strategy="enqueue"
    )
    run_ids = [str(first["run_id"]), str(second["run_id"])]
    assert await api.runs.cancel_many(thread_id=thread_id, run_ids=run_ids) is None
    for run_id in run_ids:
        await api.runs.join(thread_id, run_id)
    statuses = {str(run["run_id"]): run["status"] for run in await api.runs.list(thread_id)}
    assert statuses == dict.fromkeys(run_ids, "interrupted")


async def test_create_batch_starts_stateless_runs_in_order(api: Api) -> None:
    runs = await api.runs.create_batch(
        [
            {"assistant_id": "agent", "input": said("one"), "metadata": {"batch": 1}},
            {"assistant_id": "agent", "input": said("two"), "metadata": {"batch": 2}},
        ]
    )
    assert [run["metadata"]["batch"] for run in runs] == [1, 2]
    assert all(run["assistant_id"] for run in runs)


async def test_wait_on_a_missing_thread_is_not_found(api: Api) -> None:
    with pytest.raises(NotFoundError):
        await api.runs.wait("00000000-0000-4000-8000-000000000000", "agent", input=said("x"))


async def test_runs_results_read_as_wire_json(api: Api) -> None:
    thread_id = await new_thread(api)
    run = await api.runs.create(thread_id, "agent", input=said("json"))
    await api.runs.join(thread_id, str(run["run_id"]))
    got = wire(await api.runs.get(thread_id, str(run["run_id"])))
    assert got["status"] == "success"
    assert got["thread_id"] == thread_id

"""Every generated endpoint function, called against the real in-memory LangGraph server.

Each test calls the generated functions the way a user of `langgraph_api_client` would: with
a `langgraph_client` client (`get_sync_client` for the `sync` variants and `stream`,
`get_client` for `asyncio` and `astream`), through which they are sent, and checks the parsed
result's values. What the client's core adds to them (retries, resumed streams, headers,
`UnsupportedOperationError`) is tested at the end. Request bodies are written as the wire JSON
and turned into the endpoint's body model by `body()`, so they read like the HTTP reference.

Served differently by the in-memory server, and checked as it answers:
- `get_mcp`, `delete_mcp`: the server's MCP endpoint is stateless; it answers GET with 405 and
  DELETE with 404, which the functions raise as typed errors (asserted below).
"""

from __future__ import annotations

import asyncio
import inspect
import pkgutil
import uuid
from collections.abc import AsyncIterator, Iterable, Iterator
from types import ModuleType
from typing import Any

import httpx
import orjson
import pytest
from langgraph_api_client import errors
from langgraph_api_client.api.a2a import post_a2a
from langgraph_api_client.api.assistants import (
    count_assistants,
    create_assistant,
    delete_assistant,
    get_assistant,
    get_assistant_graph,
    get_assistant_schemas,
    get_assistant_subgraphs,
    get_assistant_subgraphs_by_namespace,
    list_assistant_versions,
    search_assistants,
    set_latest_assistant_version,
    update_assistant,
)
from langgraph_api_client.api.crons import (
    count_crons,
    create_cron,
    create_thread_cron,
    delete_cron,
    get_cron,
    search_crons,
    update_cron,
)
from langgraph_api_client.api.mcp import delete_mcp, get_mcp, post_mcp
from langgraph_api_client.api.runs import (
    cancel_run,
    cancel_runs,
    create_run,
    create_run_batch,
    create_run_stateless,
    delete_run,
    get_run,
    join_run,
    join_run_stream,
    list_runs,
    stream_run,
    stream_run_stateless,
    wait_run,
    wait_run_stateless,
)
from langgraph_api_client.api.store import (
    delete_store_item,
    get_store_item,
    list_store_namespaces,
    put_store_item,
    search_store_items,
)
from langgraph_api_client.api.streaming import send_thread_command, stream_thread_events
from langgraph_api_client.api.system import get_docs, get_info, get_metrics, health_check
from langgraph_api_client.api.threads import (
    copy_thread,
    count_threads,
    create_thread,
    delete_thread,
    get_thread,
    get_thread_history,
    get_thread_state,
    get_thread_state_at_checkpoint,
    get_thread_state_at_checkpoint_config,
    get_thread_storage,
    join_thread_stream,
    prune_threads,
    search_thread_history,
    search_threads,
    update_thread,
    update_thread_state,
)
from langgraph_client import LangGraphClient, SyncLangGraphClient, get_client, get_sync_client

from tests._server import expected_server_version, oldest_server
from tests.conftest import serves

HI = {"messages": [{"role": "human", "content": "hi"}]}
ECHOED = [{"role": "human", "content": "hi"}, {"role": "ai", "content": "echo: hi"}]


def body(endpoint: ModuleType, wire: Any) -> Any:
    """The endpoint's request body model built from its wire JSON."""
    annotation = inspect.signature(endpoint.get_kwargs).parameters["body"].annotation
    if getattr(annotation, "__origin__", None) is list:
        (item,) = annotation.__args__
        return [item.from_dict(entry) for entry in wire]
    if hasattr(annotation, "from_dict"):
        return annotation.from_dict(wire)
    return wire


def events_of(parts: Iterable[Any]) -> list[tuple[str, Any]]:
    """(event, data) of each part of a stream."""
    return [(part.event, part.data) for part in parts]


def parts_until(parts: Iterator[Any], marker: str) -> list[tuple[str, Any]]:
    """(event, data) of the parts of an open stream up to the first whose data holds `marker`."""
    seen: list[tuple[str, Any]] = []
    for part in parts:
        seen.append((part.event, part.data))
        if marker in orjson.dumps(part.data).decode():
            break
    return seen


async def aparts_until(parts: AsyncIterator[Any], marker: str) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []
    async for part in parts:
        seen.append((part.event, part.data))
        if marker in orjson.dumps(part.data).decode():
            break
    return seen


@pytest.fixture(scope="module")
def client(server_url: str) -> Iterator[SyncLangGraphClient]:
    with get_sync_client(url=server_url, api_key=None) as c:
        yield c


@pytest.fixture
async def aclient(server_url: str) -> AsyncIterator[LangGraphClient]:
    async with get_client(url=server_url, api_key=None) as c:
        yield c


@pytest.fixture(scope="module")
def agent_id(client: SyncLangGraphClient) -> str:
    found = search_assistants.sync(
        client=client,
        body=body(search_assistants, {"graph_id": "agent", "metadata": {"created_by": "system"}}),
    )
    system = [a for a in found if a["metadata"].get("created_by") == "system"]
    return str(system[0].assistant_id)


def assistant_of(client: SyncLangGraphClient, graph_id: str) -> str:
    found = search_assistants.sync(
        client=client,
        body=body(search_assistants, {"graph_id": graph_id, "metadata": {"created_by": "system"}}),
    )
    return str(found[0].assistant_id)


def finished_thread(client: SyncLangGraphClient, agent_id: str) -> str:
    """A new thread on which the agent graph has answered "hi"."""
    thread = create_thread.sync(client=client, body=body(create_thread, {}))
    wait_run.sync(
        thread.thread_id,
        client=client,
        body=body(wait_run, {"assistant_id": agent_id, "input": HI}),
    )
    return str(thread.thread_id)


def test_every_endpoint_module_is_exercised_here() -> None:
    import langgraph_api_client.api as api

    modules = {
        info.name
        for tag in pkgutil.iter_modules(api.__path__)
        for info in pkgutil.iter_modules([f"{api.__path__[0]}/{tag.name}"])
    }
    assert len(modules) == 64
    assert modules <= set(globals())


# --- system -------------------------------------------------------------------------------


def test_health_check(client: SyncLangGraphClient) -> None:
    assert health_check.sync(client=client).ok is True


def test_get_info(client: SyncLangGraphClient) -> None:
    info = get_info.sync(client=client)
    assert info.version == expected_server_version()
    assert info["flags"]["assistants"] is True


def test_get_metrics(client: SyncLangGraphClient) -> None:
    text = get_metrics.sync(client=client)
    assert "# TYPE" in text


def test_get_docs(client: SyncLangGraphClient) -> None:
    page = get_docs.sync(client=client)
    assert "<html" in page
    assert "API Reference" in page


# --- assistants ---------------------------------------------------------------------------


def test_assistant_lifecycle(client: SyncLangGraphClient) -> None:
    name = f"assistant-{uuid.uuid4().hex[:8]}"
    created = create_assistant.sync(
        client=client,
        body=body(create_assistant, {"graph_id": "agent", "name": name, "metadata": {"team": "x"}}),
    )
    assert created.graph_id == "agent"
    assert created.name == name
    assert created["metadata"] == {"team": "x"}
    assert created.version == 1
    aid = created.assistant_id

    assert get_assistant.sync(aid, client=client).name == name

    updated = update_assistant.sync(
        aid, client=client, body=body(update_assistant, {"metadata": {"team": "y"}})
    )
    assert updated.version == 2
    assert updated.metadata["team"] == "y"

    versions = list_assistant_versions.sync(
        aid, client=client, body=body(list_assistant_versions, {})
    )
    assert sorted(v.version for v in versions) == [1, 2]

    latest = set_latest_assistant_version.sync(
        aid, client=client, body=body(set_latest_assistant_version, {"version": 1})
    )
    assert latest.version == 1
    assert latest.metadata["team"] == "x"

    found = search_assistants.sync(
        client=client, body=body(search_assistants, {"metadata": {"team": "x"}})
    )
    assert [a["assistant_id"] for a in found] == [str(aid)]
    assert (
        count_assistants.sync(
            client=client, body=body(count_assistants, {"metadata": {"team": "x"}})
        )
        == 1
    )

    assert delete_assistant.sync(aid, client=client) is None
    with pytest.raises(errors.NotFoundError) as caught:
        get_assistant.sync(aid, client=client)
    assert caught.value.status_code == 404
    assert caught.value.__notes__[0].startswith("404 Not Found")
    assert caught.value.response.request.url.path == f"/assistants/{aid}"


def test_get_assistant_graph(client: SyncLangGraphClient, agent_id: str) -> None:
    graph = get_assistant_graph.sync(agent_id, client=client)
    assert {node["id"] for node in graph["nodes"]} >= {"reply"}


def test_get_assistant_schemas(client: SyncLangGraphClient) -> None:
    schemas = get_assistant_schemas.sync(assistant_of(client, "interrupting"), client=client)
    assert schemas.graph_id == "interrupting"
    assert set(schemas["state_schema"]["properties"]) == {"messages", "count"}


def test_get_assistant_subgraphs(client: SyncLangGraphClient) -> None:
    subgraph_id = assistant_of(client, "subgraph")
    subgraphs = get_assistant_subgraphs.sync(subgraph_id, client=client)
    assert list(subgraphs) == ["child"]
    child = get_assistant_subgraphs_by_namespace.sync(subgraph_id, "child", client=client)
    assert list(child) == ["child"]


# --- threads ------------------------------------------------------------------------------


def test_thread_lifecycle(client: SyncLangGraphClient) -> None:
    mark = uuid.uuid4().hex
    thread = create_thread.sync(
        client=client, body=body(create_thread, {"metadata": {"mark": mark}})
    )
    assert thread.status == "idle"
    assert thread["metadata"] == {"mark": mark}
    assert thread.values_ is None
    tid = thread.thread_id

    assert get_thread.sync(tid, client=client) == thread

    updated = update_thread.sync(
        tid, client=client, body=body(update_thread, {"metadata": {"more": 1}})
    )
    assert updated.metadata == {"mark": mark, "more": 1}

    found = search_threads.sync(
        client=client, body=body(search_threads, {"metadata": {"mark": mark}})
    )
    assert [t["thread_id"] for t in found] == [str(tid)]
    assert (
        count_threads.sync(client=client, body=body(count_threads, {"metadata": {"mark": mark}}))
        == 1
    )

    copied = copy_thread.sync(tid, client=client)
    assert copied.thread_id != tid
    assert copied.metadata["mark"] == mark

    assert delete_thread.sync(copied.thread_id, client=client) is None
    with pytest.raises(errors.NotFoundError):
        get_thread.sync(copied.thread_id, client=client)


def test_thread_storage(client: SyncLangGraphClient, server_version: str) -> None:
    tid = create_thread.sync(client=client, body=body(create_thread, {})).thread_id
    if not serves(server_version, get_thread_storage):  # no such route before 0.16.0
        with pytest.raises(errors.UnsupportedOperationNotFoundError):
            get_thread_storage.sync(tid, client=client)
        return
    storage = get_thread_storage.sync(tid, client=client)
    assert str(storage.thread_id) == str(tid)
    assert storage.total_bytes == 0


def test_prune_threads(client: SyncLangGraphClient, server_version: str) -> None:
    tid = create_thread.sync(client=client, body=body(create_thread, {})).thread_id
    prune = body(prune_threads, {"thread_ids": [str(tid)]})
    if not serves(server_version, prune_threads):
        # POST /threads/prune meets the GET/PATCH/DELETE route /threads/{thread_id}.
        with pytest.raises(errors.UnsupportedOperationError) as refused:
            prune_threads.sync(client=client, body=prune)
        assert refused.value.status_code == 405
        return
    assert prune_threads.sync(client=client, body=prune).pruned_count == 1
    with pytest.raises(errors.NotFoundError):
        get_thread.sync(tid, client=client)


def test_thread_state_and_history(client: SyncLangGraphClient, agent_id: str) -> None:
    tid = finished_thread(client, agent_id)
    state = get_thread_state.sync(tid, client=client)
    assert state["values"]["messages"] == ECHOED
    assert state["next"] == []
    checkpoint_id = state.checkpoint["checkpoint_id"]

    at = get_thread_state_at_checkpoint.sync(tid, checkpoint_id, client=client)
    assert at["values"]["messages"] == ECHOED
    by_config = get_thread_state_at_checkpoint_config.sync(
        tid,
        client=client,
        body=body(
            get_thread_state_at_checkpoint_config, {"checkpoint": {"checkpoint_id": checkpoint_id}}
        ),
    )
    assert by_config["values"] == at["values"]

    update = update_thread_state.sync(
        tid,
        client=client,
        body=body(
            update_thread_state,
            {"values": {"messages": [{"role": "human", "content": "more"}]}, "as_node": "reply"},
        ),
    )
    assert update.checkpoint["thread_id"] == tid
    assert get_thread_state.sync(tid, client=client)["values"]["messages"][-1]["content"] == "more"

    history = get_thread_history.sync(tid, client=client, limit=10)
    assert len(history) >= 3
    assert history[0]["values"]["messages"][-1]["content"] == "more"
    searched = search_thread_history.sync(
        tid, client=client, body=body(search_thread_history, {"limit": 2})
    )
    assert [s.checkpoint["checkpoint_id"] for s in searched] == [
        s.checkpoint["checkpoint_id"] for s in history[:2]
    ]


def test_missing_thread_state_raises_not_found(client: SyncLangGraphClient) -> None:
    with pytest.raises(errors.NotFoundError):
        get_thread_state.sync(str(uuid.uuid4()), client=client)


async def test_join_thread_stream(aclient: LangGraphClient) -> None:
    thread = await create_thread.asyncio(client=aclient, body=body(create_thread, {}))
    slow_id = (
        await search_assistants.asyncio(
            client=aclient, body=body(search_assistants, {"graph_id": "slow"})
        )
    )[0].assistant_id
    run = await create_run.asyncio(
        thread.thread_id,
        client=aclient,
        body=body(
            create_run,
            {
                "assistant_id": str(slow_id),
                "input": {},
                "context": {"delay": 1.0},
                "stream_resumable": True,
            },
        ),
    )
    async with join_thread_stream.astream(thread.thread_id, client=aclient) as parts:
        events = await aparts_until(parts, '"count":1')
    assert any(data.get("count") == 1 for _, data in events if isinstance(data, dict))
    assert (await join_run.asyncio(thread.thread_id, run.run_id, client=aclient))["count"] == 1


# --- runs ---------------------------------------------------------------------------------


def test_run_create_join_get_list_delete(client: SyncLangGraphClient, agent_id: str) -> None:
    thread = create_thread.sync(client=client, body=body(create_thread, {}))
    tid = thread.thread_id
    run = create_run.sync(
        tid,
        client=client,
        body=body(create_run, {"assistant_id": agent_id, "input": HI, "metadata": {"m": 1}}),
    )
    assert run.status in ("pending", "running")
    assert run["assistant_id"] == agent_id

    joined = join_run.sync(tid, run.run_id, client=client)
    assert joined["messages"] == ECHOED

    fetched = get_run.sync(tid, run.run_id, client=client)
    assert fetched.status == "success"
    assert fetched.metadata["m"] == 1

    listed = list_runs.sync(tid, client=client)
    assert [r["run_id"] for r in listed] == [str(run.run_id)]

    assert delete_run.sync(tid, run.run_id, client=client) is None
    with pytest.raises(errors.NotFoundError):
        get_run.sync(tid, run.run_id, client=client)


def test_wait_run(client: SyncLangGraphClient, agent_id: str) -> None:
    thread = create_thread.sync(client=client, body=body(create_thread, {}))
    result = wait_run.sync(
        thread.thread_id,
        client=client,
        body=body(wait_run, {"assistant_id": agent_id, "input": HI}),
    )
    assert result == {"messages": ECHOED, "count": 1}


def test_stream_run(client: SyncLangGraphClient, agent_id: str) -> None:
    thread = create_thread.sync(client=client, body=body(create_thread, {}))
    with stream_run.stream(
        thread.thread_id,
        client=client,
        body=body(
            stream_run,
            {"assistant_id": agent_id, "input": HI, "stream_mode": ["values", "updates"]},
        ),
    ) as parts:
        events = events_of(parts)
    names = [name for name, _ in events]
    assert names[0] == "metadata"
    assert "updates" in names
    assert events[-1] == ("values", {"messages": ECHOED, "count": 1})


def test_stream_error_status_raises_before_yielding(
    client: SyncLangGraphClient, agent_id: str
) -> None:
    with (
        pytest.raises(errors.NotFoundError),
        stream_run.stream(
            str(uuid.uuid4()),
            client=client,
            body=body(stream_run, {"assistant_id": agent_id, "input": HI}),
        ),
    ):
        pytest.fail("a 404 must not yield a stream")


async def test_stream_run_stateless(aclient: LangGraphClient, agent_id: str) -> None:
    async with stream_run_stateless.astream(
        client=aclient, body=body(stream_run_stateless, {"assistant_id": agent_id, "input": HI})
    ) as parts:
        events = [(part.event, part.data) async for part in parts]
    assert events[0][0] == "metadata"
    assert events[-1] == ("values", {"messages": ECHOED, "count": 1})


def test_join_run_stream(client: SyncLangGraphClient) -> None:
    slow_id = assistant_of(client, "slow")
    thread = create_thread.sync(client=client, body=body(create_thread, {}))
    run = create_run.sync(
        thread.thread_id,
        client=client,
        body=body(
            create_run,
            {
                "assistant_id": slow_id,
                "input": {},
                "context": {"delay": 0.5, "events": 3},
                "stream_mode": ["custom", "values"],
                "stream_resumable": True,
            },
        ),
    )
    with join_run_stream.stream(thread.thread_id, run.run_id, client=client) as parts:
        events = events_of(parts)
    custom = [data for name, data in events if name == "custom"]
    assert custom == [{"i": 0}, {"i": 1}, {"i": 2}]
    assert [data["count"] for name, data in events if name == "values"] == [1]


def test_cancel_run(client: SyncLangGraphClient) -> None:
    slow_id = assistant_of(client, "slow")
    thread = create_thread.sync(client=client, body=body(create_thread, {}))
    run = create_run.sync(
        thread.thread_id,
        client=client,
        body=body(create_run, {"assistant_id": slow_id, "input": {}, "context": {"delay": 30}}),
    )
    cancel_run.sync(thread.thread_id, run.run_id, client=client, wait=True, action="interrupt")
    assert get_run.sync(thread.thread_id, run.run_id, client=client).status == "interrupted"


def test_cancel_runs(client: SyncLangGraphClient) -> None:
    slow_id = assistant_of(client, "slow")
    thread = create_thread.sync(client=client, body=body(create_thread, {}))
    run = create_run.sync(
        thread.thread_id,
        client=client,
        body=body(create_run, {"assistant_id": slow_id, "input": {}, "context": {"delay": 30}}),
    )
    assert (
        cancel_runs.sync(
            client=client,
            body=body(
                cancel_runs, {"thread_id": str(thread.thread_id), "run_ids": [str(run.run_id)]}
            ),
        )
        is None
    )
    joined = join_run.sync(thread.thread_id, run.run_id, client=client)
    if oldest_server():  # langgraph-api 0.4.48 answers the join with an empty body: None
        assert joined is None
    assert get_run.sync(thread.thread_id, run.run_id, client=client).status == "interrupted"


def test_stateless_runs(client: SyncLangGraphClient, agent_id: str) -> None:
    result = wait_run_stateless.sync(
        client=client, body=body(wait_run_stateless, {"assistant_id": agent_id, "input": HI})
    )
    assert result == {"messages": ECHOED, "count": 1}

    run = create_run_stateless.sync(
        client=client, body=body(create_run_stateless, {"assistant_id": agent_id, "input": HI})
    )
    assert run["assistant_id"] == agent_id
    assert run["status"] in ("pending", "running", "success")

    batch = create_run_batch.sync(
        client=client,
        body=body(
            create_run_batch,
            [{"assistant_id": agent_id, "input": HI}, {"assistant_id": agent_id, "input": HI}],
        ),
    )
    assert len(batch) == 2
    assert {r["assistant_id"] for r in batch} == {agent_id}


# --- crons --------------------------------------------------------------------------------


def test_crons(client: SyncLangGraphClient, agent_id: str, server_version: str) -> None:
    stateless = body(
        create_cron,
        {
            "assistant_id": agent_id,
            "schedule": "0 0 1 1 *",
            "input": HI,
            "metadata": {"k": "stateless"},
        },
    )
    if not serves(server_version, create_cron):
        # No cron routes on `langgraph dev` before 0.5.41.
        with pytest.raises(errors.UnsupportedOperationNotFoundError):
            create_cron.sync(client=client, body=stateless)
        return
    cron = create_cron.sync(client=client, body=stateless)
    assert cron.schedule == "0 0 1 1 *"
    assert cron["assistant_id"] == agent_id

    thread = create_thread.sync(client=client, body=body(create_thread, {}))
    thread_cron = create_thread_cron.sync(
        thread.thread_id,
        client=client,
        body=body(
            create_thread_cron, {"assistant_id": agent_id, "schedule": "0 0 1 1 *", "input": HI}
        ),
    )
    assert thread_cron.thread_id == thread.thread_id

    assert get_cron.sync(cron.cron_id, client=client).cron_id == cron.cron_id
    updated = update_cron.sync(
        cron.cron_id, client=client, body=body(update_cron, {"schedule": "0 0 2 1 *"})
    )
    assert updated.schedule == "0 0 2 1 *"

    found = search_crons.sync(
        client=client, body=body(search_crons, {"thread_id": str(thread.thread_id)})
    )
    assert [c["cron_id"] for c in found] == [str(thread_cron.cron_id)]
    assert (
        count_crons.sync(
            client=client, body=body(count_crons, {"thread_id": str(thread.thread_id)})
        )
        == 1
    )

    for cron_id in (cron.cron_id, thread_cron.cron_id):
        assert delete_cron.sync(cron_id, client=client) is None
    with pytest.raises(errors.NotFoundError):
        get_cron.sync(cron.cron_id, client=client)


# --- store --------------------------------------------------------------------------------


def test_store(client: SyncLangGraphClient) -> None:
    namespace = ["tests", uuid.uuid4().hex]
    item = {"namespace": namespace, "key": "k1", "value": {"colour": "blue"}}
    assert put_store_item.sync(client=client, body=body(put_store_item, item)) is None

    got = get_store_item.sync(client=client, key="k1", namespace=".".join(namespace))
    assert got is not None
    assert got.value["colour"] == "blue"
    assert got["namespace"] == namespace

    found = search_store_items.sync(
        client=client, body=body(search_store_items, {"namespace_prefix": namespace})
    )
    assert [i.key for i in found.items_] == ["k1"]

    listed = list_store_namespaces.sync(
        client=client, body=body(list_store_namespaces, {"prefix": namespace})
    )
    assert listed["namespaces"] == [namespace]

    assert (
        delete_store_item.sync(
            client=client, body=body(delete_store_item, {"namespace": namespace, "key": "k1"})
        )
        is None
    )
    assert get_store_item.sync(client=client, key="k1", namespace=".".join(namespace)) is None


# --- streaming protocol -------------------------------------------------------------------


async def test_thread_events_and_commands(
    aclient: LangGraphClient, agent_id: str, server_version: str
) -> None:
    thread = await create_thread.asyncio(client=aclient, body=body(create_thread, {}))
    if not serves(server_version, stream_thread_events):  # no protocol routes before 0.9.0
        with pytest.raises(errors.UnsupportedOperationNotFoundError):
            async with stream_thread_events.astream(
                thread.thread_id,
                client=aclient,
                body=body(stream_thread_events, {"channels": ["values"]}),
            ):
                pass
        return
    async with stream_thread_events.astream(
        thread.thread_id,
        client=aclient,
        body=body(stream_thread_events, {"channels": ["values", "lifecycle"]}),
    ) as parts:
        started = await send_thread_command.asyncio(
            thread.thread_id,
            client=aclient,
            body=body(
                send_thread_command,
                {"id": 1, "method": "run.start", "params": {"assistant_id": agent_id, "input": HI}},
            ),
        )
        events = await asyncio.wait_for(aparts_until(parts, '"completed"'), 30)
    assert started["type"] == "success"
    assert started["id"] == 1
    run_id = started["result"]["run_id"]
    lifecycle = [data["params"]["data"]["event"] for name, data in events if name == "lifecycle"]
    assert lifecycle == ["running", "completed"]
    assert run_id in events[0][1]["event_id"]
    values = [data["params"]["data"] for name, data in events if name == "values"]
    assert values[-1] == {"messages": ECHOED, "count": 1}


async def test_send_thread_command_error_answer(
    aclient: LangGraphClient, server_version: str
) -> None:
    thread = await create_thread.asyncio(client=aclient, body=body(create_thread, {}))
    unknown = body(send_thread_command, {"id": 7, "method": "no.such"})
    if not serves(server_version, send_thread_command):  # no protocol routes before 0.9.0
        with pytest.raises(errors.UnsupportedOperationNotFoundError):
            await send_thread_command.asyncio(thread.thread_id, client=aclient, body=unknown)
        return
    answer = await send_thread_command.asyncio(thread.thread_id, client=aclient, body=unknown)
    assert answer["type"] == "error"
    assert answer["error"] == "unknown_command"


# --- A2A and MCP --------------------------------------------------------------------------


def a2a_message(method: str, text: str) -> dict[str, Any]:
    return {
        "jsonrpc": "2.0",
        "id": "1",
        "method": method,
        "params": {
            "message": {
                "role": "user",
                "parts": [{"kind": "text", "text": text}],
                "messageId": uuid.uuid4().hex,
            }
        },
    }


def test_post_a2a(client: SyncLangGraphClient, agent_id: str) -> None:
    answer = post_a2a.sync(
        agent_id,
        client=client,
        body=body(post_a2a, a2a_message("message/send", "hi")),
        accept="application/json",
    )
    task = answer["result"]
    assert task["kind"] == "task"
    assert task["status"]["state"] == "completed"
    assert task["history"][0]["parts"] == [{"kind": "text", "text": "hi"}]


def test_post_a2a_stream(client: SyncLangGraphClient, agent_id: str) -> None:
    with post_a2a.stream(
        agent_id,
        client=client,
        body=body(post_a2a, a2a_message("message/stream", "hi")),
        accept="text/event-stream",
    ) as parts:
        events = events_of(parts)
    kinds = [data["result"]["kind"] for _, data in events]
    assert kinds[0] == "task"
    assert kinds[-1] == "status-update"
    assert events[-1][1]["result"]["final"] is True


def test_post_mcp(client: SyncLangGraphClient) -> None:
    answer = post_mcp.sync(
        client=client,
        body=body(
            post_mcp,
            {
                "jsonrpc": "2.0",
                "id": 1,
                "method": "initialize",
                "params": {
                    "protocolVersion": "2025-03-26",
                    "capabilities": {},
                    "clientInfo": {"name": "tests", "version": "1"},
                },
            },
        ),
        accept="application/json, text/event-stream",
    )
    assert answer is not None
    assert answer["result"]["serverInfo"]["version"] == expected_server_version()


def test_get_mcp_is_not_allowed(client: SyncLangGraphClient) -> None:
    with pytest.raises(errors.APIStatusError) as caught:
        get_mcp.sync(client=client)
    assert caught.value.status_code == 405


def test_delete_mcp_has_no_session(client: SyncLangGraphClient) -> None:
    with pytest.raises(errors.NotFoundError):
        delete_mcp.sync(client=client)


# --- request building and stream checks (no server needed) --------------------------------


def test_get_kwargs_percent_encodes_path_parameters() -> None:
    kwargs = get_thread.get_kwargs("../assistants?x=1#y")  # type: ignore[arg-type]
    assert kwargs["method"] == "get"
    assert kwargs["url"] == "/threads/..%2Fassistants%3Fx%3D1%23y"


def test_optional_query_and_header_values_may_be_none_and_enums_plain_strings() -> None:
    from langgraph_api_client.models import CancelAction, RunSelectField, RunStatus

    def sent(kwargs: dict[str, Any]) -> tuple[Any, Any]:
        return kwargs.get("params"), kwargs.get("headers")

    assert sent(cancel_run.get_kwargs("t", "r", wait=None, action=None)) == (None, None)
    as_member = cancel_run.get_kwargs("t", "r", action=CancelAction.ROLLBACK)
    as_text = cancel_run.get_kwargs("t", "r", action="rollback")
    assert sent(as_member) == sent(as_text) == ({"wait": False, "action": "rollback"}, None)
    listed = list_runs.get_kwargs("t", limit=None, offset=None, status="running", select=None)
    assert listed["params"] == {"status": "running"}
    assert list_runs.get_kwargs("t", status=RunStatus.RUNNING)["params"]["status"] == "running"
    chosen = list_runs.get_kwargs("t", select=[RunSelectField.RUN_ID, "status"])["params"]
    assert chosen["select"] == ["run_id", "status"]
    patch = body(update_thread, {"metadata": {}})
    assert "Prefer" not in update_thread.get_kwargs("t", body=patch, prefer=None)["headers"]
    headers = update_thread.get_kwargs("t", body=patch, prefer="return=minimal")["headers"]
    assert headers["Prefer"] == "return=minimal"


def test_get_kwargs_encodes_the_body_with_orjson() -> None:
    kwargs = create_thread.get_kwargs(body=body(create_thread, {"metadata": {"n": 1.5}}))
    assert kwargs["headers"]["Content-Type"] == "application/json"
    assert orjson.loads(kwargs["content"]) == {"metadata": {"n": 1.5}}


def test_stream_refuses_a_body_that_is_not_an_event_stream() -> None:
    # A real server answers these routes with text/event-stream; only a mock can answer JSON.
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"not": "a stream"}, request=request)

    client = get_sync_client(
        url="http://server", api_key=None, transport=httpx.MockTransport(answer)
    )
    with (
        pytest.raises(errors.APIResponseValidationError, match="text/event-stream"),
        stream_run_stateless.stream(
            client=client, body=body(stream_run_stateless, {"assistant_id": "a"})
        ),
    ):
        pytest.fail("a JSON answer must not be yielded as a stream")


@pytest.mark.parametrize(
    ("hostile", "encoded"),
    [
        ("../assistants", "..%2Fassistants"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("a/b?x=1#y", "a%2Fb%3Fx%3D1%23y"),
    ],
)
def test_path_parameters_stay_one_segment(hostile: str, encoded: str) -> None:
    from langgraph_api_client.api.threads import get_thread

    kwargs = get_thread.get_kwargs(hostile)
    assert kwargs["url"] == f"/threads/{encoded}"
    request = httpx.Request("GET", httpx.URL("http://server").join(kwargs["url"]))
    assert request.url.raw_path == f"/threads/{encoded}".encode()
    assert not request.url.query


@pytest.mark.parametrize("bad", [None, b"bytes", ""])
def test_path_parameters_refuse_values_that_are_not_ids(bad: object) -> None:
    from langgraph_api_client.api.threads import get_thread

    with pytest.raises((TypeError, ValueError), match="thread_id"):
        get_thread.get_kwargs(bad)  # type: ignore[arg-type]


def test_query_lists_are_encoded_as_the_spec_says() -> None:
    """`x-list-encoding`: a list for a query parameter the server reads as one string."""
    assert get_thread.get_kwargs("t", include=["ttl", "x"])["params"] == {"include": "ttl,x"}
    assert get_thread.get_kwargs("t", include="ttl")["params"] == {"include": "ttl"}
    modes = join_thread_stream.get_kwargs("t", stream_modes=["run_modes", "lifecycle"])
    assert modes["params"] == {"stream_modes": "run_modes,lifecycle"}
    one = join_run_stream.get_kwargs("t", "r", stream_mode=["values"])["params"]
    several = join_run_stream.get_kwargs("t", "r", stream_mode=("values", "updates"))["params"]
    assert (one["stream_mode"], several["stream_mode"]) == ("values", '["values","updates"]')
    item = get_store_item.get_kwargs(key="k", namespace=["users", "ada"])["params"]
    assert item == {"key": "k", "namespace": "users.ada"}

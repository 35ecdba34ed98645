"""Results are the wire dicts: on the real server, with both clients, what each method returns
is a dict (or a list of dicts) equal to the JSON the server sent, and it behaves as a plain dict
does for code written for langgraph-sdk: ==, json.dumps, orjson.dumps, copy, pickle, {**x},
.values(), .items(), isinstance(x, dict)."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable
from typing import Any

import orjson
import pytest
from langgraph_api_client.api.crons import create_cron, search_crons
from langgraph_client import RawResponse

from tests._client_api import Api, settle, unique

pytest_plugins = ["tests._client_fixtures"]


def check_plain_dict(result: Any, sent: Any) -> None:
    """`result` behaves in every way listed in the module docstring as `sent` (the JSON)."""
    if isinstance(sent, list):
        assert isinstance(result, list) and len(result) == len(sent)
        for item, sent_item in zip(result, sent, strict=True):
            check_plain_dict(item, sent_item)
        return
    assert isinstance(result, dict), type(result)
    assert result == sent
    assert sent == result
    assert json.dumps(result, sort_keys=True) == json.dumps(sent, sort_keys=True)
    assert orjson.loads(orjson.dumps(result)) == sent
    assert copy.copy(result) == sent
    assert copy.deepcopy(result) == sent
    assert pickle.loads(pickle.dumps(result)) == sent
    assert {**result} == sent
    assert list(result.values()) == list(sent.values())
    assert dict(result.items()) == sent
    assert list(result) == list(sent)
    for key, value in sent.items():
        assert result[key] == value
        assert type(result[key]) is type(value) or isinstance(result[key], dict)


async def call(api: Api, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """The result of `method`, checked against the JSON of the answer it came from."""
    answer: RawResponse[Any] = await settle(api.client.with_raw_response(method, *args, **kwargs))
    result = answer.parse()
    check_plain_dict(result, answer.http_response.json())
    return result


async def test_thread_results_are_the_wire_dicts(api: Api) -> None:
    threads = api.client.threads
    thread = await call(api, threads.create, metadata={"label": unique()}, graph_id="agent")
    tid = thread["thread_id"]
    await call(api, threads.get, tid)
    await call(api, threads.update, tid, metadata={"more": 1})
    await call(api, threads.search, metadata={"more": 1}, limit=2)
    await call(api, threads.copy, tid)
    await call(api, threads.get_state, tid)
    await call(api, threads.update_state, tid, {"messages": [{"role": "human", "content": "x"}]})
    await call(api, threads.get_history, tid, limit=2)


async def test_assistant_results_are_the_wire_dicts(api: Api) -> None:
    assistants = api.client.assistants
    made = await call(api, assistants.create, "agent", name=unique(), metadata={"k": "v"})
    aid = made["assistant_id"]
    await call(api, assistants.get, aid)
    await call(api, assistants.update, aid, metadata={"k": "w"})
    await call(api, assistants.search, graph_id="agent", limit=3)
    await call(api, assistants.get_versions, aid)
    await call(api, assistants.set_latest, aid, 1)
    await call(api, assistants.get_schemas, aid)


async def test_run_results_are_the_wire_dicts(api: Api) -> None:
    thread = await api.threads.create()
    tid = thread["thread_id"]
    said = {"messages": [{"role": "human", "content": "hi"}]}
    run = await call(api, api.client.runs.create, tid, "agent", input=said)
    await call(api, api.client.runs.get, tid, run["run_id"])
    await call(api, api.client.runs.join, tid, run["run_id"])
    await call(api, api.client.runs.list, tid)
    await call(api, api.client.runs.wait, tid, "agent", input=said)


async def test_store_and_info_results_are_the_wire_dicts(api: Api) -> None:
    namespace = ["dict", unique()]
    await api.store.put_item(namespace, "k", {"colour": "blue"})
    await call(api, api.client.store.get_item, namespace, "k")
    await call(api, api.client.store.search_items, namespace)
    await call(api, api.client.store.list_namespaces, prefix=namespace)
    await call(api, api.client.info)


@pytest.mark.operation(create_cron, search_crons)
async def test_cron_results_are_the_wire_dicts(api: Api) -> None:
    cron = await call(api, api.client.crons.create, "agent", schedule="0 0 1 1 *")
    await call(api, api.client.crons.search, assistant_id=cron["assistant_id"], limit=2)
    await api.crons.delete(cron["cron_id"])


@pytest.mark.parametrize("name", ["values", "items", "keys", "get", "copy", "update", "pop"])
async def test_dict_methods_stay_methods_on_every_result(api: Api, name: str) -> None:
    thread = await api.threads.create(metadata={"label": unique()})
    state = await api.threads.get_state(thread["thread_id"])
    for result in (thread, state):
        assert getattr(type(result), name) is getattr(dict, name)

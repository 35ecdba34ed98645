"""Where openapi.yaml departs from the server's own document, the server agrees with openapi.yaml.

Each test sends plain HTTP requests to the real server and checks one answer that the
server's document describes otherwise (see the "server:" comments in openapi.yaml).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests._server import oldest_server


@pytest.fixture(scope="module")
def http(server_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server_url, timeout=60.0) as client:
        yield client


def _thread(http: httpx.Client) -> dict[str, Any]:
    response = http.post("/threads", json={})
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize("kind", ["assistant", "thread", "cron", "run"])
def test_deletes_answer_204_without_a_body(http: httpx.Client, kind: str) -> None:
    if kind == "assistant":
        path = (
            "/assistants/"
            + http.post("/assistants", json={"graph_id": "agent"}).json()["assistant_id"]
        )
    elif kind == "thread":
        path = "/threads/" + _thread(http)["thread_id"]
    elif kind == "cron":
        cron = http.post("/runs/crons", json={"assistant_id": "agent", "schedule": "0 0 1 1 *"})
        if oldest_server():  # no crons on `langgraph dev` before langgraph-api 0.5.41
            assert cron.status_code == 404
            return
        path = "/runs/crons/" + cron.json()["cron_id"]
    else:
        thread_id = _thread(http)["thread_id"]
        run = http.post(
            f"/threads/{thread_id}/runs/wait", json={"assistant_id": "agent", "input": {}}
        )
        run_id = run.headers["content-location"].rsplit("/", 1)[1]
        path = f"/threads/{thread_id}/runs/{run_id}"
    response = http.delete(path)
    assert (response.status_code, response.content) == (204, b"")


def test_a_missing_threads_state_answers_404(http: httpx.Client) -> None:
    response = http.get(f"/threads/{uuid.uuid4()}/state")
    assert response.status_code == 404
    if oldest_server():  # langgraph-api 0.4.48 sends the detail alone, as text
        assert response.headers["content-type"].startswith("text/plain")
        assert response.text.startswith("Thread with ID ")
        return
    assert "detail" in response.json()


def test_a_malformed_thread_id_answers_422(http: httpx.Client) -> None:
    response = http.get("/threads/not-a-uuid/state")
    assert response.status_code == 422
    if oldest_server():  # langgraph-api 0.4.48 sends the detail alone, as text
        assert response.headers["content-type"].startswith("text/plain")
        assert response.text == "Invalid thread ID: must be a UUID"
        return
    assert "detail" in response.json()


def test_a_new_threads_values_are_null(http: httpx.Client) -> None:
    assert _thread(http)["values"] is None


def test_the_state_of_a_thread_that_never_ran_has_nulls(http: httpx.Client) -> None:
    state = http.get(f"/threads/{_thread(http)['thread_id']}/state").json()
    assert state["values"] == {}
    assert state["checkpoint"] is None
    assert state["metadata"] is None
    assert state["created_at"] is None
    assert state["parent_checkpoint"] is None


def test_task_checkpoint_and_error_are_null_on_an_interrupted_thread(http: httpx.Client) -> None:
    thread_id = _thread(http)["thread_id"]
    http.post(
        f"/threads/{thread_id}/runs/wait",
        json={"assistant_id": "interrupting", "input": {"messages": []}},
    )
    [task] = http.get(f"/threads/{thread_id}/state").json()["tasks"]
    assert task["checkpoint"] is None
    assert task["error"] is None
    assert task["interrupts"][0]["value"] == {"question": "approve?"}


def test_a_cron_without_end_time_has_null_end_time(http: httpx.Client) -> None:
    cron = http.post("/runs/crons", json={"assistant_id": "agent", "schedule": "0 0 1 1 *"})
    if oldest_server():  # no crons on `langgraph dev` before langgraph-api 0.5.41
        assert cron.status_code == 404
        return
    body = cron.json()
    http.delete(f"/runs/crons/{body['cron_id']}")
    assert body["end_time"] is None
    assert body["thread_id"] is None


def test_store_namespaces_answer_an_object_holding_namespaces(http: httpx.Client) -> None:
    put = http.put("/store/items", json={"namespace": ["conf", "ns"], "key": "k", "value": {}})
    assert put.status_code == 204
    body = http.post("/store/namespaces", json={"prefix": ["conf"]}).json()
    assert body == {"namespaces": [["conf", "ns"]]}


def test_a_missing_store_item_answers_200_with_null(http: httpx.Client) -> None:
    response = http.get("/store/items", params={"namespace": "conf.none", "key": "nope"})
    assert response.status_code == 200
    assert response.json() is None


def test_store_item_namespace_is_one_dot_joined_parameter(http: httpx.Client) -> None:
    http.put("/store/items", json={"namespace": ["conf", "dot"], "key": "k", "value": {"v": 1}})
    joined = http.get("/store/items", params={"namespace": "conf.dot", "key": "k"}).json()
    repeated = http.get("/store/items", params={"namespace": ["conf", "dot"], "key": "k"}).json()
    assert joined["value"] == {"v": 1}
    assert repeated is None


def test_assistant_versions_have_no_updated_at(http: httpx.Client) -> None:
    assistant_id = http.post("/assistants", json={"graph_id": "agent"}).json()["assistant_id"]
    versions = http.post(f"/assistants/{assistant_id}/versions", json={}).json()
    http.delete(f"/assistants/{assistant_id}")
    assert versions
    assert all("updated_at" not in version for version in versions)


def test_set_latest_version_reads_a_json_body(http: httpx.Client) -> None:
    assistant_id = http.post("/assistants", json={"graph_id": "agent"}).json()["assistant_id"]
    http.patch(f"/assistants/{assistant_id}", json={"name": "second"})
    by_query = http.post(f"/assistants/{assistant_id}/latest", params={"version": 1})
    by_body = http.post(f"/assistants/{assistant_id}/latest", json={"version": 1})
    http.delete(f"/assistants/{assistant_id}")
    assert by_query.status_code == 422
    assert by_body.status_code == 200
    assert by_body.json()["version"] == 1


def test_cancel_without_wait_answers_202(http: httpx.Client) -> None:
    thread_id = _thread(http)["thread_id"]
    run = http.post(
        f"/threads/{thread_id}/runs",
        json={"assistant_id": "slow", "input": {}, "context": {"delay": 5}},
    ).json()
    response = http.post(f"/threads/{thread_id}/runs/{run['run_id']}/cancel")
    assert (response.status_code, response.content) == (202, b"")


def test_info_reports_host_not_metadata(http: httpx.Client) -> None:
    info = http.get("/info").json()
    assert {"version", "langgraph_py_version", "flags", "host"} <= info.keys()
    assert "metadata" not in info


def test_mcp_lives_at_mcp_without_a_trailing_slash(http: httpx.Client) -> None:
    redirect = http.get("/mcp/")
    assert redirect.status_code == 307
    assert redirect.headers["location"].endswith("/mcp")
    assert http.get("/mcp").status_code == 405

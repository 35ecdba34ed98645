"""A request body is checked before it is sent: an argument of the wrong form is refused by
the name of its field, and no request leaves. An enum value this client does not know is
still sent as given (a newer server may know it).

No request may reach a server here, so the client's transport fails the test if called."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from langgraph_api_client.types import FieldValueError
from langgraph_client import SyncLangGraphClient, get_sync_client

THREAD_ID = "01a20dca-a8f8-7033-bb03-df432c585824"


def never_called(request: httpx.Request) -> httpx.Response:
    pytest.fail(f"a request was sent: {request.method} {request.url.path} {request.content!r}")


@pytest.fixture
def offline() -> Iterator[SyncLangGraphClient]:
    """A client whose every request fails the test."""
    transport = httpx.MockTransport(never_called)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        yield client


Call = Callable[[SyncLangGraphClient], Any]

# (model, field, call): one argument of the wrong form per resource method family.
ILL_TYPED: list[tuple[str, str, Call]] = [
    ("AssistantSearchRequest", "limit", lambda c: c.assistants.search(limit="ten")),
    ("AssistantCreate", "metadata", lambda c: c.assistants.create("agent", metadata=3)),
    ("ThreadSearchRequest", "status", lambda c: c.threads.search(status=5)),
    ("ThreadCreate", "metadata", lambda c: c.threads.create(metadata=["a"])),
    ("ThreadStateSearch", "limit", lambda c: c.threads.get_history(THREAD_ID, limit="2")),
    ("RunCreateStateless", "durability", lambda c: c.runs.create(None, "agent", durability=3)),
    ("RunCreateStateful", "config", lambda c: c.runs.create(THREAD_ID, "agent", config="x")),
    (
        "RunCreateStreamingStateful",
        "after_seconds",
        lambda c: c.runs.wait(THREAD_ID, "agent", after_seconds="1"),
    ),
    (
        "RunCreateStreamingStateless",
        "stream_mode",
        lambda c: list(c.runs.stream(None, "agent", stream_mode=[1])),
    ),
    ("RunsCancel", "status", lambda c: c.runs.cancel_many(status=2)),
    (
        "CronCreate",
        "enabled",
        lambda c: c.crons.create("agent", schedule="* * * * *", enabled="yes"),
    ),
    ("CronPatch", "context", lambda c: c.crons.update(THREAD_ID, context=[1])),
    ("CronSearch", "offset", lambda c: c.crons.search(offset="0")),
    ("StoreSearchRequest", "limit", lambda c: c.store.search_items(["a"], limit="5")),
    ("StorePutRequest", "value", lambda c: c.store.put_item(["a"], "k", ["v"])),
    ("StoreListNamespacesRequest", "max_depth", lambda c: c.store.list_namespaces(max_depth="2")),
]


@pytest.mark.parametrize(
    ("model", "field", "call"), ILL_TYPED, ids=[f"{m}.{f}" for m, f, _ in ILL_TYPED]
)
def test_an_argument_of_the_wrong_form_is_refused_by_its_field_before_sending(
    offline: SyncLangGraphClient, model: str, field: str, call: Call
) -> None:
    with pytest.raises(FieldValueError) as raised:
        call(offline)
    assert (raised.value.model, raised.value.field) == (model, field)
    assert f"{model}.{field}" in str(raised.value)


def test_a_misspelt_key_in_a_create_batch_payload_is_refused_before_sending(
    offline: SyncLangGraphClient,
) -> None:
    with pytest.raises(TypeError, match="inptu"):
        offline.runs.create_batch([{"assistant_id": "agent", "inptu": {}}])


def test_an_enum_value_the_client_does_not_know_is_sent_as_given() -> None:
    # A real server refuses a value it does not know; a newer one would take it.
    sent: list[dict[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json=[])

    transport = httpx.MockTransport(answer)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        client.threads.search(status="archived", sort_by="touched_at")
    assert (sent[0]["status"], sent[0]["sort_by"]) == ("archived", "touched_at")


def test_a_request_model_takes_no_field_the_spec_does_not_declare() -> None:
    from langgraph_api_client.models import Config, ThreadCreate

    with pytest.raises(TypeError, match="metdata"):
        ThreadCreate(metdata={})  # type: ignore[call-arg]
    # A model answers hold too stands for what a server sends: it keeps unknown fields.
    assert Config(recursion_limit=5, newer_field=1)["newer_field"] == 1


def test_strict_resume_is_refused_before_sending(offline: SyncLangGraphClient) -> None:
    with pytest.raises(ValueError, match="strict_resume"):
        offline.runs.create(THREAD_ID, "agent", strict_resume=True)


@pytest.fixture
def sent() -> Iterator[tuple[SyncLangGraphClient, list[httpx.Request]]]:
    """A client that records each request and answers an empty list or JSON object."""
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=[] if request.url.path.endswith("/history") else {})

    transport = httpx.MockTransport(answer)
    with get_sync_client(url="http://test", api_key=None, transport=transport) as client:
        yield client, requests


def _body(request: httpx.Request) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(request.content)
    return body


def test_a_run_sends_only_what_its_route_declares(
    sent: tuple[SyncLangGraphClient, list[httpx.Request]],
) -> None:
    # The servers ignore these on the other route; strict_resume=False is what they do.
    client, requests = sent
    options: dict[str, Any] = {"multitask_strategy": "reject", "if_not_exists": "create"}
    client.runs.create(None, "agent", checkpoint_id="c", strict_resume=False, **options)
    client.runs.create(THREAD_ID, "agent", on_completion="keep")
    stateless, stateful = (_body(request) for request in requests)
    assert stateless == {"assistant_id": "agent", "stream_mode": ["values"]} | {
        "stream_subgraphs": False,
        "stream_resumable": False,
    }
    assert stateful == stateless


def test_langsmith_tracing_is_sent_as_langsmith_tracer(
    sent: tuple[SyncLangGraphClient, list[httpx.Request]],
) -> None:
    client, requests = sent
    client.runs.create(None, "agent", langsmith_tracing={"project_name": "p"}, checkpoint={})
    assert _body(requests[0])["langsmith_tracer"] == {"project_name": "p"}
    assert _body(requests[0])["checkpoint"] == {}


def test_select_is_not_sent_for_thread_states(
    sent: tuple[SyncLangGraphClient, list[httpx.Request]],
) -> None:
    # No server of the window reads it (langgraph-api 0.16.7 neither); the whole state comes.
    client, requests = sent
    client.threads.get_state(THREAD_ID, select=["values"])
    client.threads.get_state(THREAD_ID, {"checkpoint_id": "c"}, select=["values"])
    client.threads.get_history(THREAD_ID, select=["values"])
    assert "select" not in requests[0].url.params
    assert "select" not in _body(requests[1])
    assert "select" not in _body(requests[2])


@pytest.mark.parametrize(
    ("name", "call"),
    [
        ("select", lambda c: c.assistants.search(select="name")),
        ("select", lambda c: c.threads.search(select="values")),
        ("ids", lambda c: c.threads.search(ids=THREAD_ID)),
        ("select", lambda c: c.crons.search(select="cron_id")),
        ("select", lambda c: c.runs.list(THREAD_ID, select="run_id")),
        ("run_ids", lambda c: c.runs.cancel_many(thread_id=THREAD_ID, run_ids=THREAD_ID)),
    ],
)
def test_a_string_given_for_a_list_is_refused_by_its_name_before_sending(
    offline: SyncLangGraphClient, name: str, call: Call
) -> None:
    """One string for a list argument would go out as its characters: refused instead."""
    with pytest.raises(TypeError, match=f"{name} must be a sequence, not the string"):
        call(offline)

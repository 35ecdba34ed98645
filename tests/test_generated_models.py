"""The generated models: dicts of the wire JSON, typed attributes read tolerantly, import cost.

The payloads are answers of the real in-memory server (langgraph-api 0.16.7), some with a field
or enum value added the way a newer server would send it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import traceback
from typing import Any

import httpx
import langgraph_api_client
import pytest
from langgraph_api_client import errors
from langgraph_api_client.models import (
    Assistant,
    JsonObject,
    ProtocolCommand,
    ProtocolInputRespondParams,
    ProtocolRunStartParams,
    ProtocolSuccess,
    Thread,
    ThreadInterrupts,
)
from langgraph_api_client.types import FieldValueError, encode_json

THREAD: dict[str, Any] = {
    "thread_id": "01a20dc5-f138-7735-a106-37bc3deb0c86",
    "created_at": "2026-11-24T13:36:45.880691+00:00",
    "updated_at": "2026-11-24T13:36:45.880691+00:00",
    "state_updated_at": "2026-11-24T13:36:45.880691+00:00",
    "metadata": {"a": 1},
    "status": "idle",
    "config": {},
    "values": None,
}

ASSISTANT: dict[str, Any] = {
    "assistant_id": "cad1b5ad-d177-59d1-ab39-5e327188ed3a",
    "graph_id": "slow",
    "config": {},
    "context": {},
    "metadata": {"created_by": "system"},
    "name": "slow",
    "created_at": "2026-11-24T13:31:27.609613+00:00",
    "updated_at": "2026-11-24T13:31:27.609613+00:00",
    "version": 1,
    "description": None,
}


def test_known_payload_round_trips_exactly() -> None:
    for cls, wire in ((Thread, THREAD), (Assistant, ASSISTANT)):
        model = cls.from_dict(wire)
        assert model.to_dict() == wire
        assert cls.from_dict(model.to_dict()) == model


def test_unknown_enum_value_is_kept() -> None:
    thread = Thread.from_dict({**THREAD, "status": "hibernating"})
    assert thread.status == "hibernating"
    assert str(thread.status) == "hibernating"
    assert thread.to_dict()["status"] == "hibernating"
    assert Thread.from_dict(thread.to_dict()) == thread


def test_known_enum_value_is_the_member() -> None:
    thread = Thread.from_dict(THREAD)
    assert thread.status is type(thread.status)("idle")
    assert thread.status.name == "IDLE"


def test_unknown_field_is_kept_and_given_back() -> None:
    wire = {**THREAD, "shard": {"region": "eu", "replicas": [1, 2]}}
    thread = Thread.from_dict(wire)
    assert thread.additional_properties == {"shard": {"region": "eu", "replicas": [1, 2]}}
    assert thread["shard"] == {"region": "eu", "replicas": [1, 2]}
    assert thread.to_dict() == wire
    assert Thread.from_dict(thread.to_dict()) == thread


def test_a_missing_optional_field_reads_as_none_and_stays_absent() -> None:
    wire = {key: value for key, value in THREAD.items() if key != "values"}
    thread = Thread.from_dict(wire)
    assert thread.values_ is None
    assert "values" not in thread
    assert thread.to_dict() == wire
    assert len(thread) == len(wire)
    with pytest.raises(KeyError):
        thread["values"]


def test_fields_are_converted_on_read_and_the_wire_value_stays() -> None:
    import datetime
    from uuid import UUID

    thread = Thread.from_dict(THREAD)
    assert isinstance(thread.created_at, datetime.datetime)
    assert thread["created_at"] == THREAD["created_at"]  # the string as sent
    assert thread.thread_id == UUID(THREAD["thread_id"])
    assert thread["thread_id"] == THREAD["thread_id"]
    assert thread == THREAD


def test_a_nested_model_is_made_once_and_kept_in_place() -> None:
    from langgraph_api_client.models import Config

    assistant = Assistant.from_dict({**ASSISTANT, "config": {"tags": ["a"]}})
    first = assistant.config
    assert isinstance(first, Config)
    assert first.tags == ["a"]
    assert assistant.config is first
    assert assistant["config"] is first  # a dict equal to what it replaced
    assert assistant == {**ASSISTANT, "config": {"tags": ["a"]}}
    assert json.loads(json.dumps(assistant)) == {**ASSISTANT, "config": {"tags": ["a"]}}


def test_a_free_form_object_reads_as_the_json_object_sent() -> None:
    thread = Thread.from_dict(THREAD)
    assert thread.metadata is thread["metadata"]
    assert type(thread.metadata) is dict
    odd = Thread.from_dict({**THREAD, "metadata": [1]})
    with pytest.raises(FieldValueError, match=r"Thread\.metadata: cannot read \[1\]"):
        _ = odd.metadata


def test_a_value_set_by_key_is_what_the_attribute_reads() -> None:
    from langgraph_api_client.models.thread_status import ThreadStatus

    thread = Thread.from_dict(THREAD)
    thread["status"] = "busy"
    assert thread.status is ThreadStatus.BUSY
    assert thread.to_dict()["status"] == "busy"


def test_from_dict_copies_the_object_it_is_given() -> None:
    wire = dict(THREAD)
    thread = Thread.from_dict(wire)
    wire["status"] = "error"
    wire["extra"] = 1
    assert thread["status"] == "idle"
    assert "extra" not in thread


def test_a_missing_required_key_fails_only_its_read() -> None:
    wire = {key: value for key, value in THREAD.items() if key != "config"}
    thread = Thread.from_dict(wire)
    assert thread.status == "idle"
    with pytest.raises(FieldValueError) as raised:
        _ = thread.config
    assert raised.value.missing
    error = raised.value
    assert (error.model, error.field, error.key) == ("Thread", "config", "config")
    assert str(raised.value) == "Thread.config: the server sent no 'config'"
    assert isinstance(raised.value, errors.LangGraphError)


def test_a_constant_field_is_checked_when_read_and_picks_a_union_member() -> None:
    ok = ProtocolSuccess.from_dict({"type": "success", "id": 1, "result": {}})
    assert ok.type_ == "success"
    odd = ProtocolSuccess.from_dict({"type": "error", "id": 1, "result": {}})
    with pytest.raises(FieldValueError, match="success"):
        _ = odd.type_
    assert ProtocolSuccess.fits({"type": "success", "id": 1, "result": {}})
    assert not ProtocolSuccess.fits({"type": "error", "id": 1, "result": {}})
    assert not ProtocolSuccess.fits({"type": "success", "id": 1})  # a required key is missing
    assert not ProtocolSuccess.fits({"type": "success", "id": True, "result": {}})  # no integer


def test_an_unreadable_value_fails_when_read_naming_model_field_and_value() -> None:
    thread = Thread.from_dict({**THREAD, "created_at": "last tuesday"})
    assert thread.status == "idle"  # the other fields read fine
    with pytest.raises(FieldValueError) as raised:
        _ = thread.created_at
    assert raised.value.model == "Thread"
    assert raised.value.field == "created_at"
    assert raised.value.value == "last tuesday"
    assert not raised.value.missing
    assert "'last tuesday'" in str(raised.value)
    assert isinstance(raised.value, ValueError)
    assert isinstance(raised.value, errors.LangGraphError)
    assert thread.to_dict()["created_at"] == "last tuesday"  # the wire value is still there


@pytest.mark.parametrize(
    ("key", "value"),
    [("graph_id", 7), ("version", "1"), ("version", True), ("name", None), ("config", [])],
)
def test_a_value_of_another_json_type_fails_its_read(key: str, value: Any) -> None:
    assistant = Assistant.from_dict({**ASSISTANT, key: value})
    with pytest.raises(FieldValueError, match=rf"Assistant\.{key}: cannot read"):
        getattr(assistant, key)


def test_typed_extra_fields_are_converted_when_read() -> None:
    wire = {"task-1": [{"id": "i1", "value": "why?"}]}
    interrupts = ThreadInterrupts.from_dict(wire)
    assert interrupts.to_dict() == wire
    assert interrupts.additional_properties["task-1"][0].id == "i1"


def test_a_model_built_from_typed_values_holds_their_json_form() -> None:
    thread = Thread.from_dict(THREAD)
    rebuilt = Thread(
        thread_id=thread.thread_id,
        created_at=thread.created_at,
        updated_at=thread.updated_at,
        state_updated_at=thread.state_updated_at,
        metadata=thread.metadata,
        status=thread.status,
        config=thread.config,
        values=None,
    )
    assert rebuilt == thread
    assert type(rebuilt["thread_id"]) is str
    assert type(rebuilt["status"]) is str
    with pytest.raises(AttributeError, match="no_such_field"):
        _ = rebuilt.no_such_field  # type: ignore[attr-defined]


def test_null_stays_null() -> None:
    thread = Thread.from_dict(THREAD)
    assert thread.values_ is None
    assert "values" in thread
    assert thread["values"] is None
    assert thread.to_dict()["values"] is None
    assert Assistant.from_dict(ASSISTANT).to_dict()["description"] is None


def test_model_reads_like_a_dict_by_wire_key() -> None:
    assistant = Assistant.from_dict({**ASSISTANT, "newer_field": 7})
    assert assistant["assistant_id"] == str(assistant.assistant_id)
    assert assistant["created_at"] == ASSISTANT["created_at"]
    assert assistant.get("graph_id") == "slow"
    assert assistant.get("no_such_key") is None
    assert assistant.get("no_such_key", "fallback") == "fallback"
    assert "graph_id" in assistant
    assert "no_such_key" not in assistant
    assert set(assistant) == {*ASSISTANT, "newer_field"}
    assert list(assistant)[-1] == "newer_field"  # unknown keys come after the known ones
    assert len(assistant) == len(ASSISTANT) + 1
    assert list(assistant.keys()) == list(assistant)
    assert dict(assistant.items())["version"] == 1
    assert 1 in list(assistant.values())
    assert dict(assistant)["name"] == "slow"


def test_mapping_view_is_the_wire_json() -> None:
    thread = Thread.from_dict({**THREAD, "extra": {"k": [1]}})
    assert dict(thread) == thread.to_dict()
    assert thread["status"] == "idle"
    assert type(thread["status"]) is str
    assert thread["thread_id"] == THREAD["thread_id"]
    assert thread["metadata"] == {"a": 1}


def test_nested_models_read_like_dicts() -> None:
    assistant = Assistant.from_dict(ASSISTANT)
    assert assistant["metadata"]["created_by"] == "system"
    assert dict(assistant["metadata"]) == {"created_by": "system"}


def test_models_are_dicts_and_a_field_named_like_a_method_takes_an_underscore() -> None:
    assistant = Assistant.from_dict(ASSISTANT)
    assert isinstance(assistant, dict)
    assert isinstance(assistant.metadata, dict)
    thread = Thread.from_dict(THREAD)
    assert isinstance(thread, dict)
    assert list(thread.values()) == list(THREAD.values())  # the dict method stays
    assert thread.values_ is None  # the field
    assert Thread._wire_names["values"] == "values_"
    assert dict(thread.items())["status"] == "idle"


def test_api_version_names_the_described_server() -> None:
    assert langgraph_api_client.API_VERSION == "0.16.7"


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({"input": {"messages": [{}, {}, {"content": {1, 2}}]}}, "input.messages[2].content"),
        ({"metadata": {"score": float("nan")}}, "metadata.score"),
        ({"metadata": {"big": 2**70}}, "metadata.big"),
        ({"metadata": {1: "x"}}, "metadata"),
        ({"config": object()}, "config"),
    ],
)
def test_unencodable_body_raises_naming_the_path(body: dict[str, Any], path: str) -> None:
    with pytest.raises(errors.RequestEncodingError) as caught:
        encode_json(body)
    assert f": {path}: " in str(caught.value)


def test_encode_json_accepts_models_inside_plain_values() -> None:
    assistant = Assistant.from_dict(ASSISTANT)
    assert json.loads(encode_json({"input": {"a": assistant}})) == {"input": {"a": ASSISTANT}}


def test_a_traceback_shows_the_status_and_a_short_body_excerpt() -> None:
    request = httpx.Request("GET", "http://server/threads/x")
    response = httpx.Response(503, content=b"overloaded " * 200, request=request)
    with pytest.raises(errors.InternalServerError) as caught:
        errors.raise_for_status(response)
    shown = "".join(traceback.format_exception_only(caught.value))
    assert "503 Service Unavailable" in shown
    assert "overloaded" in shown
    assert len(shown) < 700
    assert caught.value.status_code == 503


def test_undocumented_status_still_raises_a_status_error() -> None:
    request = httpx.Request("GET", "http://server/threads/x")
    response = httpx.Response(418, json={"detail": "short and stout"}, request=request)
    with pytest.raises(errors.APIStatusError, match="short and stout") as caught:
        errors.raise_for_status(response)
    assert isinstance(caught.value, errors.UnexpectedStatus)
    assert isinstance(caught.value, httpx.HTTPStatusError)


IMPORT_PROBE = """
import sys
import langgraph_api_client
after_package = sorted(m for m in sys.modules if m.startswith("langgraph_api_client.models."))
from langgraph_api_client.models import Thread
after_thread = sorted(m for m in sys.modules if m.startswith("langgraph_api_client.models."))
import json, pathlib
models_dir = pathlib.Path(langgraph_api_client.__file__).parent / "models"
total = len(list(models_dir.glob("*.py")))
print(json.dumps({"package": after_package, "thread": after_thread, "total": total,
                  "httpx": "httpx" in sys.modules}))
"""


def test_imports_are_lazy() -> None:
    out = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, check=True
    )
    found = json.loads(out.stdout)
    assert found["package"] == []
    assert not found["httpx"]
    assert "langgraph_api_client.models.thread" in found["thread"]
    # Thread and the handful of models and enums its fields use; not the ~200 others.
    assert len(found["thread"]) <= 10
    assert found["total"] > 100


def test_an_answer_missing_a_required_key_still_succeeds() -> None:
    from langgraph_api_client.api.threads import get_thread

    broken = {key: value for key, value in THREAD.items() if key != "thread_id"}
    request = httpx.Request("GET", "http://server/threads/x")
    response = httpx.Response(200, json=broken, request=request)
    response.read()
    thread = get_thread.parse_response(response)
    assert thread == broken
    with pytest.raises(FieldValueError, match="thread_id"):
        _ = thread.thread_id


@pytest.mark.parametrize("body", [b"[1, 2]", b'"text"', b"not json", b"null"])
def test_an_answer_of_another_json_type_fails_the_call(body: bytes) -> None:
    from langgraph_api_client.api.threads import get_thread

    request = httpx.Request("GET", "http://server/threads/x")
    response = httpx.Response(200, content=body, request=request)
    response.read()
    with pytest.raises(errors.APIResponseValidationError) as caught:
        get_thread.parse_response(response)
    assert caught.value.status_code == 200


def test_an_unreadable_value_in_an_answer_fails_when_its_field_is_read() -> None:
    from langgraph_api_client.api.threads import get_thread

    request = httpx.Request("GET", "http://server/threads/x")
    response = httpx.Response(200, json={**THREAD, "thread_id": "not-a-uuid"}, request=request)
    response.read()
    thread = get_thread.parse_response(response)
    assert thread.status == "idle"
    with pytest.raises(FieldValueError, match=r"Thread\.thread_id: cannot read 'not-a-uuid'"):
        _ = thread.thread_id


# -- a field of several models ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "read"),
    [
        (None, type(None)),  # null for an optional field reads as absent
        ({"assistant_id": "agent"}, ProtocolRunStartParams),
        ({"assistant_id": 5}, JsonObject),  # the required key, but not a string: not run.start
        ({"interrupt_id": "i", "response": 1}, ProtocolInputRespondParams),
        ({"interrupt_id": 7, "response": 1}, JsonObject),
    ],
)
def test_a_union_of_models_picks_the_one_whose_required_fields_fit(params: Any, read: type) -> None:
    command = ProtocolCommand.from_dict({"id": 1, "method": "x", "params": params})
    assert type(command.params) is read


def test_a_union_field_of_no_form_it_takes_says_what_it_holds() -> None:
    command = ProtocolCommand.from_dict({"id": 1, "method": "x", "params": 5})
    with pytest.raises(FieldValueError, match="not a form this field takes: int"):
        command.params  # noqa: B018


# -- a list of strings, integers or booleans -----------------------------------------------


@pytest.mark.parametrize(
    ("namespace", "said"),
    [(["a", 1], "not a list of str"), ("a", "not a list: str")],
)
def test_a_list_field_reads_only_a_list_of_its_items_type(namespace: Any, said: str) -> None:
    from langgraph_api_client.resources import checked

    params = ProtocolInputRespondParams.from_dict(
        {"interrupt_id": "i", "response": 1, "namespace": namespace}
    )
    with pytest.raises(FieldValueError, match=f"ProtocolInputRespondParams.namespace.*{said}"):
        params.namespace  # noqa: B018
    with pytest.raises(FieldValueError, match=said):  # nothing of the sort is sent
        checked(params)
    assert ProtocolInputRespondParams.from_dict({**params, "namespace": ["a"]}).namespace == ["a"]


@pytest.mark.parametrize("key", ["interrupt_before", "stream_mode"])
def test_a_null_in_a_union_field_without_null_reads_as_absent_but_is_not_sent(key: str) -> None:
    from langgraph_api_client.models import RunCreateStateful
    from langgraph_api_client.resources import checked

    body = RunCreateStateful.from_dict({"assistant_id": "a", key: None})
    assert getattr(body, key) is None  # reading stays tolerant
    with pytest.raises(FieldValueError, match=rf"RunCreateStateful\.{key}: .*null"):
        checked(body)


@pytest.mark.parametrize("goto", [5, {"node": 1, "input": {}}])
def test_a_union_member_read_as_it_is_is_checked_by_its_json_type(goto: Any) -> None:
    from langgraph_api_client.models import Command, RunCreateStateful
    from langgraph_api_client.resources import checked

    command = Command.from_dict({"goto": goto, "resume": 1})
    assert command.resume == 1  # the other fields read fine
    with pytest.raises(FieldValueError, match=r"Command\.goto: .*not a form this field takes"):
        command.goto  # noqa: B018
    with pytest.raises(FieldValueError, match=r"Command\.goto"):
        checked(RunCreateStateful.from_dict({"assistant_id": "a", "command": command}))
    assert Command.from_dict({"goto": "node"}).goto == "node"


def test_checked_reads_the_models_in_a_list_field() -> None:
    from langgraph_api_client.models import ThreadCreate
    from langgraph_api_client.resources import checked

    update = {"values": {}, "as_node": 5}
    body = ThreadCreate.from_dict({"supersteps": [{"updates": [update]}]})
    with pytest.raises(FieldValueError, match=r"ThreadSuperstepUpdate\.as_node"):
        checked(body)
    checked(ThreadCreate.from_dict({"supersteps": [{"updates": [{**update, "as_node": "n"}]}]}))


def test_a_tuple_for_a_list_field_is_sent_as_a_list() -> None:
    from langgraph_api_client.models import RunCreateStateful
    from langgraph_api_client.resources import checked

    body = checked(RunCreateStateful.from_dict({"assistant_id": "a", "config": {"tags": ("a",)}}))
    assert body.to_dict()["config"] == {"tags": ["a"]}
    assert json.loads(json.dumps(body)) == {"assistant_id": "a", "config": {"tags": ["a"]}}

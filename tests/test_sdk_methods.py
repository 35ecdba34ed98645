"""generator/sdk_methods.py: the resource methods generated from `x-sdk-method` operations."""

from __future__ import annotations
import __future__

import copy
import inspect
from datetime import UTC, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import langgraph_api_client
import pytest
import yaml
from langgraph_api_client import resources
from langgraph_client import client as client_module
from langgraph_client import get_client, get_sync_client

from generator import sdk_methods
from tests._client_api import settle

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(langgraph_api_client.__file__).parent
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))

#: The async and the sync resource class of each `x-sdk-method` resource.
CLIENT_CLASSES = {
    "assistants": ("AssistantsClient", "SyncAssistantsClient"),
    "threads": ("ThreadsClient", "SyncThreadsClient"),
    "crons": ("CronClient", "SyncCronClient"),
    "store": ("StoreClient", "SyncStoreClient"),
    "runs": ("RunsClient", "SyncRunsClient"),
}


def _operation(operation_id: str) -> dict[str, Any]:
    for item in SPEC["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return copy.deepcopy(operation)
    raise LookupError(operation_id)


def _marked() -> list[tuple[str, str]]:
    return [
        (operation["x-sdk-method"]["resource"], operation["x-sdk-method"]["name"])
        for item in SPEC["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "x-sdk-method" in operation
    ]


def _overloaded(resource: str) -> set[str]:
    return {
        operation["x-sdk-method"]["name"]
        for item in SPEC["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        and operation.get("x-sdk-method", {}).get("resource") == resource
        and "overloads" in operation["x-sdk-method"]
    }


@pytest.mark.parametrize(("resource", "name"), _marked())
def test_every_generated_method_is_on_both_clients_the_sync_one_derived(
    resource: str, name: str
) -> None:
    async_name, sync_name = CLIENT_CLASSES[resource]
    async_method = getattr(getattr(client_module, async_name), name)
    sync_method = getattr(getattr(client_module, sync_name), name)
    methods = getattr(resources, f"{resource.title()}Methods")
    if name in _overloaded(resource):
        # The generated `_<name>` (typed by its Protocol) behind the client's stream method.
        assert async_method.__wrapped__ is getattr(methods, f"_{name}")
        assert sync_method.__wrapped__ is getattr(methods, f"_{name}")
        return
    assert inspect.iscoroutinefunction(async_method)
    assert not inspect.iscoroutinefunction(sync_method)  # derived by syncify, not inherited
    assert async_method is getattr(methods, name)  # no handwritten copy left in the wrapper


@pytest.mark.parametrize("entry", SPEC["x-sdk-overloads"], ids=lambda entry: entry["name"])
def test_a_handwritten_method_takes_the_parameters_its_generated_protocol_types(
    entry: dict[str, Any],
) -> None:
    """An `x-sdk-overloads` Protocol types a method written in langgraph_client: the two
    must not drift apart (names, kinds and defaults; the first overload has the defaults)."""
    found = sdk_methods.overloads(SPEC["x-sdk-parameters"], "x-sdk-overloads", entry)
    assert found["protocol"] in resources.__all__
    assert len(found["overloads"]) == 2
    source = f"def typed({found['overloads'][0]}): pass"
    namespace = {"NOT_GIVEN": resources.NOT_GIVEN}
    exec(compile(source, "<overload>", "exec", __future__.annotations.compiler_flag), namespace)

    def shape(function: Any) -> list[tuple[str, Any, Any]]:
        parameters = inspect.signature(function).parameters.values()
        return [(p.name, p.kind, p.default) for p in parameters]

    for client_class in CLIENT_CLASSES[entry["resource"]]:
        method = getattr(getattr(client_module, client_class), entry["name"])
        assert shape(method) == shape(namespace["typed"])


def test_a_parameter_the_operation_does_not_have_is_refused_by_name() -> None:
    operation = _operation("get_assistant")
    operation["x-sdk-method"]["parameters"].append("colour: str | None = None")
    with pytest.raises(SystemExit, match="get_assistant: 'colour' is no parameter"):
        sdk_methods.method(SPEC, operation, PACKAGE)


def test_a_send_entry_naming_no_parameter_is_refused() -> None:
    operation = _operation("delete_assistant")
    operation["x-sdk-method"]["send"]["delete_thread"] = "True"
    with pytest.raises(SystemExit, match=r"`send` names no parameter: \['delete_thread'\]"):
        sdk_methods.method(SPEC, operation, PACKAGE)


def test_a_run_parameter_not_in_the_shared_table_is_refused_by_name() -> None:
    operation = _operation("create_run")
    operation["x-sdk-method"]["parameters"].append("colour")
    with pytest.raises(SystemExit, match="create_run: 'colour' is not in x-sdk-parameters"):
        sdk_methods.method(SPEC, operation, PACKAGE)


def test_what_is_no_body_field_of_either_route_goes_to_the_start_method() -> None:
    found = sdk_methods.method(SPEC, _operation("wait_run"), PACKAGE)
    assert found["start"] == "_start_run"
    assert [arg.split("=")[0] for arg in found["hook_args"]] == [
        "thread_id",
        "raise_error",
        "headers",
        "params",
        "on_run_created",
        "strict_resume",
        "timeout",
    ]
    # A field one route's model lacks is built into the other's only.
    stateful, stateless = (found["builds"][route["model"]] for route in found["routes"])
    assert "checkpoint_id=given(checkpoint_id)" in stateful
    assert not [field for field in stateless if field.startswith("checkpoint_id=")]


def test_body_fields_are_sent_as_the_model_takes_them() -> None:
    found = sdk_methods.method(SPEC, _operation("list_assistant_versions"), PACKAGE)
    (path, body) = found["call_args"]
    assert path == "assistant_id"
    assert body == (
        "body=checked(AssistantVersionsSearchRequest("
        "metadata=json_object(Metadata, metadata or None), limit=limit, offset=offset))"
    )
    assert found["returns"] == "list[AssistantVersion]"


def test_a_body_field_python_has_a_builtin_for_is_given_by_the_constructors_name() -> None:
    found = sdk_methods.method(SPEC, _operation("search_store_items"), PACKAGE)
    (body,) = found["call_args"]
    assert "filter_=json_object(JsonObject, filter or None)" in body
    assert found["models"] == ["JsonObject", "StoreSearchRequest"]


def test_a_call_entry_naming_no_argument_of_get_kwargs_is_refused() -> None:
    operation = _operation("update_thread")
    operation["x-sdk-method"]["call"]["colour"] = "'red'"
    with pytest.raises(SystemExit, match="`call` names no argument of get_kwargs: 'colour'"):
        sdk_methods.method(SPEC, operation, PACKAGE)


def test_an_unsent_parameter_is_left_out_and_a_call_entry_passed_to_get_kwargs() -> None:
    found = sdk_methods.method(SPEC, _operation("update_thread"), PACKAGE)
    (path, prefer, body) = found["call_args"]
    assert path == "thread_id"
    assert "return_minimal" not in body
    assert prefer == 'prefer="return=minimal" if return_minimal else None'


def test_the_statements_run_first_and_the_models_they_name_are_imported() -> None:
    found = sdk_methods.method(SPEC, _operation("create_thread"), PACKAGE)
    assert found["before"][0] == "thread_id, if_exists = client_named(thread_id, if_exists)"
    assert "ThreadSuperstep" in found["models"]  # named by a `send` expression
    assert found["options"] == ['retry_safe=if_exists == "do_nothing"']


def test_the_iter_method_takes_page_size_and_passes_every_other_argument_on() -> None:
    found = sdk_methods.method(SPEC, _operation("search_store_items"), PACKAGE)["iter"]
    assert found["name"] == "iter_search_items"
    assert "/, filter: Mapping[str, Any] | None = None" in found["signature"]
    assert "*, page_size: int = DEFAULT_PAGE_SIZE, headers:" in found["signature"]
    assert found["arguments"] == [
        "namespace_prefix",  # positional-only, as the method takes it
        "filter=filter",
        "query=query",
        "refresh_ttl=refresh_ttl",
        "headers=headers",
        "params=params",
        "timeout=timeout",
        "page_items=lambda answer: answer.items_",
    ]
    history = sdk_methods.method(SPEC, _operation("search_thread_history"), PACKAGE)["iter"]
    assert "next_page=before_state" in history["arguments"]  # paged by cursor


def test_a_time_zone_is_sent_by_its_iana_name() -> None:
    assert resources.timezone_name("Europe/Paris") == "Europe/Paris"
    assert resources.timezone_name(ZoneInfo("Asia/Tokyo")) == "Asia/Tokyo"
    assert resources.timezone_name(UTC) == "UTC"
    with pytest.raises(ValueError, match="has no IANA name"):
        resources.timezone_name(timezone(timedelta(hours=2)))


def test_a_value_outside_its_choices_is_refused_by_name() -> None:
    assert resources.one_of("object", ["array", "object"], "response_format") == "object"
    with pytest.raises(ValueError, match="response_format must be 'array' or 'object', not 'x'"):
        resources.one_of("x", ["array", "object"], "response_format")


@pytest.mark.parametrize("make", [get_client, get_sync_client])
async def test_one_string_given_for_a_sequence_is_refused_before_sending(make: Any) -> None:
    client = make(url="http://127.0.0.1:9")  # nothing listens: a request sent would fail
    try:
        with pytest.raises(TypeError, match="thread_ids must be a sequence, not the string"):
            await settle(client.threads.prune("a-thread-id"))
        with pytest.raises(TypeError, match="namespace must be a sequence, not the string"):
            await settle(client.store.get_item("users", key="k"))
    finally:
        await settle(client.aclose() if make is get_client else client.close())

"""langgraph_client.schema: its Literals follow the spec's enums, and its TypedDicts describe
what the real server and the client's methods give."""

from __future__ import annotations

import inspect
import typing
from enum import StrEnum
from typing import Any, NotRequired, get_args, get_origin

import pytest
from langgraph_api_client import literals, models
from langgraph_client import schema
from langgraph_client.auth import types as auth_types

from tests._client_api import Api

pytest_plugins = ["tests._client_fixtures"]

#: Each Literal of ours that mirrors an enum of openapi.yaml, and that enum.
SPEC_ENUMS = {
    "RunStatus": models.RunStatus,
    "ThreadStatus": models.ThreadStatus,
    "MultitaskStrategy": models.MultitaskStrategy,
    "OnConflictBehavior": models.IfExists,
    "IfNotExists": models.IfNotExists,
    "OnCompletionBehavior": models.OnCompletion,
    "DisconnectMode": models.OnDisconnect,
    "Durability": models.Durability,
    "CancelAction": models.CancelAction,
    "BulkCancelRunsStatus": models.CancelRunsStatus,
    "PruneStrategy": models.PruneStrategy,
    "SortOrder": models.SortOrder,
    "All": models.AllNodes,
    "AssistantSortBy": models.AssistantSortBy,
    "ThreadSortBy": models.ThreadSortBy,
    "CronSortBy": models.CronSortBy,
    "AssistantSelectField": models.AssistantSelectField,
    "ThreadSelectField": models.ThreadSelectField,
    "RunSelectField": models.RunSelectField,
    "CronSelectField": models.CronSelectField,
}

#: Stream modes langgraph-sdk names that the spec's enum lacks: the servers of our window
#: refuse them when a run is created, newer ones stream them.
STREAM_MODES_BEYOND_THE_SPEC = {"tools", "lifecycle"}


def _values(literal: Any) -> set[str]:
    return set(get_args(literal))


def _members(enum: Any) -> set[str]:
    return {member.value for member in enum}


@pytest.mark.parametrize("name", sorted(SPEC_ENUMS))
def test_each_literal_holds_the_values_of_its_spec_enum(name: str) -> None:
    assert _values(getattr(schema, name)) == _members(SPEC_ENUMS[name])


def test_the_generated_literals_are_the_generated_enums() -> None:
    """``langgraph_api_client.literals`` has one alias per enum class, with its values."""
    enums = {
        name: enum
        for name, enum in ((name, getattr(models, name)) for name in models.__all__)
        if isinstance(enum, type) and issubclass(enum, StrEnum)
    }
    assert sorted(enums) == sorted(literals.__all__)
    for name, enum in enums.items():
        assert _values(getattr(literals, name)) == _members(enum), name


def test_stream_mode_is_the_spec_enum_with_tools_and_lifecycle() -> None:
    assert _values(schema.StreamMode) == _members(models.StreamMode) | STREAM_MODES_BEYOND_THE_SPEC
    assert not STREAM_MODES_BEYOND_THE_SPEC & _members(models.StreamMode)


@pytest.mark.parametrize(
    "name", ["RunStatus", "ThreadStatus", "MultitaskStrategy", "OnConflictBehavior", "IfNotExists"]
)
def test_the_auth_literals_are_the_schema_literals(name: str) -> None:
    assert _values(getattr(auth_types, name)) == _values(getattr(schema, name))


def test_thread_state_select_field_takes_any_values_key() -> None:
    literal, other = get_args(schema.ThreadStateSelectField)
    assert other is str and {"values", "next", "tasks", "checkpoint"} <= _values(literal)


def test_cron_update_has_a_key_for_each_change_crons_update_takes() -> None:
    from langgraph_client.crons import CronClient

    changes = set(inspect.signature(CronClient.update).parameters) - {
        "self",
        "cron_id",
        "headers",
        "params",
        "timeout",
    }
    assert set(schema.CronUpdate.__annotations__) == changes


def _part_types() -> dict[str, Any]:
    """Each v2 part TypedDict by the value of its ``type`` key."""
    found = {}
    for part in get_args(schema.StreamPartV2):
        (kind,) = get_args(typing.get_type_hints(part)["type"])
        found[kind] = part
    return found


def test_stream_part_v2_has_one_typed_dict_per_part_type() -> None:
    assert set(_part_types()) == {
        "values",
        "updates",
        "messages",
        "messages/partial",
        "messages/complete",
        "messages/metadata",
        "custom",
        "checkpoints",
        "tasks",
        "debug",
        "metadata",
        "events",
        "error",
    }


def _has_the_keys(value: Any, typed_dict: Any) -> bool:
    # Read from the hints: under ``from __future__ import annotations`` Python 3.11's
    # ``__required_keys__`` does not see ``NotRequired``.
    hints = typing.get_type_hints(typed_dict, include_extras=True)
    required = {key for key, hint in hints.items() if get_origin(hint) is not NotRequired}
    if not typed_dict.__total__:
        required = set()
    # The server may send more keys (task payloads carry "metadata" too).
    return required <= set(value)


async def test_the_servers_v2_parts_have_the_keys_of_their_typed_dicts(api: Api) -> None:
    thread_id = str((await api.threads.create())["thread_id"])
    parts = await api.runs.stream(
        thread_id,
        "agent",
        input={"messages": [{"role": "user", "content": "typed"}]},
        stream_mode=["values", "updates", "checkpoints", "tasks", "debug"],
        version="v2",
    )
    by_type = _part_types()
    seen = {part["type"] for part in parts}
    assert {"metadata", "values", "updates", "checkpoints", "tasks", "debug"} <= seen
    for part in parts:
        typed = by_type[part["type"]]
        assert _has_the_keys(set(part), typed), part
        data = part["data"]
        if part["type"] == "checkpoints":
            assert _has_the_keys(data, schema.CheckpointPayload), data
            for task in data["tasks"]:
                assert _has_the_keys(task, schema.CheckpointTaskPayload), task
        elif part["type"] == "tasks":
            assert _has_the_keys(data, schema.TaskPayload) or _has_the_keys(
                data, schema.TaskResultPayload
            ), data
        elif part["type"] == "debug":
            assert any(_has_the_keys(data, kind) for kind in get_args(schema.DebugPayload)), data
        elif part["type"] == "metadata":
            assert _has_the_keys(data, schema.RunMetadataPayload), data


async def test_assistant_base_is_an_assistant_or_one_of_its_versions(api: Api) -> None:
    assistant = await api.assistants.create("agent", name="versioned")
    versions = await api.assistants.get_versions(assistant["assistant_id"])
    assert isinstance(assistant, schema.AssistantBase)
    assert versions and all(isinstance(version, schema.AssistantBase) for version in versions)
    assert all(isinstance(version, schema.AssistantVersion) for version in versions)


async def test_search_as_an_object_has_the_keys_of_assistants_search_response(api: Api) -> None:
    page = await api.assistants.search(limit=1, response_format="object")
    assert set(page) == set(schema.AssistantsSearchResponse.__annotations__)


async def test_update_state_returns_a_thread_update_state_response(api: Api) -> None:
    thread_id = str((await api.threads.create(graph_id="agent"))["thread_id"])
    answer = await api.threads.update_state(thread_id, {"count": 3})
    assert isinstance(answer, schema.ThreadUpdateStateResponse)
    assert answer["checkpoint"]["thread_id"] == thread_id


async def test_search_items_are_search_items(api: Api) -> None:
    await api.store.put_item(["schema", "search"], "k", {"v": 1})
    found = await api.store.search_items(["schema", "search"])
    # By key an item is the wire dict; the typed attribute holds the models.
    items = found.items_
    assert items and all(isinstance(item, schema.SearchItem) for item in items)
    assert items == found["items"]

"""``runs.stream(..., version="v2")``: each part is the TypedDict of its ``type``, with
exactly its keys, on the real server (the static side: tests/typing, checked by mypy)."""

from __future__ import annotations

import ast
import inspect
import typing
from pathlib import Path
from typing import Any, get_args

from langgraph_api_client import resources
from langgraph_client import runs, schema

from tests._client_api import Api

pytest_plugins = ["tests._client_fixtures"]

#: The TypedDict of each part ``type``, read from the ``StreamPartV2`` union.
BY_TYPE = {
    get_args(typing.get_type_hints(kind)["type"])[0]: kind for kind in get_args(schema.StreamPartV2)
}


def _declared(kind: Any) -> set[str]:
    return set(typing.get_type_hints(kind))


async def _v2_parts(api: Api, graph: str, modes: list[str], **options: Any) -> list[Any]:
    thread_id = str((await api.threads.create())["thread_id"])
    parts: list[Any] = await api.runs.stream(
        thread_id, graph, input={}, stream_mode=modes, version="v2", **options
    )
    return parts


def _check_exact_keys(parts: list[Any], expected_types: set[str]) -> None:
    assert expected_types <= {part["type"] for part in parts}
    for part in parts:
        assert set(part) == _declared(BY_TYPE[part["type"]]), part


async def test_v2_parts_of_the_state_modes_carry_exactly_their_declared_keys(api: Api) -> None:
    modes = ["values", "updates", "debug", "tasks", "checkpoints"]
    parts = await _v2_parts(api, "agent", modes, stream_subgraphs=True)
    _check_exact_keys(parts, {"metadata", *modes})


async def test_v2_custom_parts_carry_exactly_their_declared_keys(api: Api) -> None:
    parts = await _v2_parts(api, "burst", ["custom"], context={"events": 3})
    _check_exact_keys(parts, {"metadata", "custom"})
    assert [part["data"] for part in parts if part["type"] == "custom"] == [
        {"i": 0},
        {"i": 1},
        {"i": 2},
    ]


async def test_v2_messages_tuple_parts_carry_exactly_their_declared_keys(api: Api) -> None:
    parts = await _v2_parts(api, "messages", ["messages-tuple"])
    _check_exact_keys(parts, {"metadata", "messages"})
    message, metadata = next(part["data"] for part in parts if part["type"] == "messages")
    assert message["content"] == "an answer"
    assert metadata["langgraph_node"] == "answer"


async def test_v2_interrupts_are_empty_on_every_part_but_values(api: Api) -> None:
    parts = await _v2_parts(api, "interrupting", ["values", "updates"])
    assert any(part["interrupts"] for part in parts if part["type"] == "values")
    assert all(part["interrupts"] == [] for part in parts if part["type"] != "values")


def test_the_typed_signature_of_resume_takes_every_keyword_of_the_method() -> None:
    # The overloads (the generated RunsResumeOverloads) name the keywords once more.
    parameters = inspect.signature(runs.RunsClient.resume).parameters.values()
    keywords = {p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY}
    for overload in _overloads("RunsResumeOverloads"):
        assert {arg.arg for arg in overload.args.kwonlyargs} == keywords


def test_each_overload_of_stream_has_the_methods_parameters_but_versions_type() -> None:
    # Generated from the same x-sdk-parameters entries as the method itself.
    method = inspect.signature(runs.RunsClient.stream).parameters
    for overload in _overloads("RunsStreamOverloads"):
        typed = overload.args.args + overload.args.kwonlyargs
        assert [arg.arg for arg in typed] == list(method)
        differing = [
            arg.arg
            for arg in typed
            if ast.unparse(arg.annotation or ast.Constant(None))
            != (method[arg.arg].annotation if arg.arg != "self" else "None")
        ]
        assert differing == ["version"]


def _overloads(protocol_name: str) -> list[ast.FunctionDef]:
    """The two overloads of a generated Protocol of `resources`, as written."""
    tree = ast.parse(Path(resources.__file__).read_text(encoding="utf-8"))
    (protocol,) = (
        node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == protocol_name
    )
    overloads = [node for node in protocol.body if isinstance(node, ast.FunctionDef)]
    assert len(overloads) == 2
    return overloads

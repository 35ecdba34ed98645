"""Property tests for every generated model: JSON drawn from its schema in openapi.yaml.

For each model class of ``langgraph_api_client.models`` (88 of them) hypothesis draws wire
JSON that follows the class's schema in openapi.yaml, plus keys no schema knows: the model
equals it, serialises to the same bytes, and every attribute reads. Then the same objects with
fields dropped and values of other types or odd forms put in: the model still equals its JSON
and serialises back to the same bytes, and each attribute gives its value or raises
``FieldValueError`` naming the model, the field and whether it was missing. Each enum class (28)
is checked with its own values and with values it does not know.

Maps (a schema with only ``additionalProperties``, such as ``ThreadInterrupts``) get no
unknown keys: every key of a map is data.

Cases per run: ``MODEL_CASES`` (15) per model class and ``ENUM_CASES`` (20) per enum class:
88 x 15 x 2 + 28 x 20 = 3,200 cases, derandomized so every run draws the same ones.
"""

from __future__ import annotations

import copy
import enum
import json
import pickle
from pathlib import Path
from typing import Any

import langgraph_api_client.models as models
import orjson
import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from langgraph_api_client.types import FieldValueError

MODEL_CASES = 15
ENUM_CASES = 20
#: Each model's drawings: the same every run.
MODEL_SETTINGS = settings(
    max_examples=MODEL_CASES,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

SPEC = yaml.safe_load((Path(__file__).parent.parent / "openapi.yaml").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]

CLASSES = [getattr(models, name) for name in models.__all__]
MODELS = [cls for cls in CLASSES if hasattr(cls, "from_dict")]
ENUMS = [cls for cls in CLASSES if isinstance(cls, type) and issubclass(cls, enum.Enum)]

#: Keys that no schema has: a newer server's fields.
UNKNOWN_KEY = st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8).map(
    lambda key: f"zz_new_{key}"
)
JSON_LEAF = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=8)
JSON = st.recursive(
    JSON_LEAF,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)

DATE_TIME = st.datetimes(timezones=st.just(__import__("datetime").timezone.utc)).map(
    lambda value: value.isoformat()
)
FORMATS = {
    "date-time": DATE_TIME,
    "uuid": st.uuids().map(str),
}


def strategy(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Wire JSON that follows ``schema`` (a fragment of openapi.yaml)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if depth > 8:
            return st.nothing()
        return st.deferred(lambda: strategy(SCHEMAS[name], depth + 1))
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of([strategy(branch, depth) for branch in schema[key]])
    if "allOf" in schema:
        return strategy(flatten(schema), depth)
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([strategy({**schema, "type": one}, depth) for one in kind])
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(min_value=int(schema.get("minimum", -(2**31))), max_value=2**31)
    if kind == "number":
        return st.floats(
            min_value=schema.get("minimum"), allow_nan=False, allow_infinity=False, width=32
        )
    if kind == "string":
        if schema.get("format") in FORMATS:
            return FORMATS[schema["format"]]
        return st.text(min_size=int(schema.get("minLength", 0)), max_size=10)
    if kind == "array":
        items = schema.get("items", {})
        return st.lists(
            strategy(items, depth + 1) if items else JSON, max_size=2 if depth < 3 else 0
        )
    if kind == "object" or "properties" in schema:
        return _object(schema, depth)
    return JSON


def flatten(schema: dict[str, Any]) -> dict[str, Any]:
    """One object schema from an ``allOf``: properties and required keys of every part."""
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema["allOf"]:
        part = flatten(SCHEMAS[part["$ref"].rsplit("/", 1)[-1]] if "$ref" in part else part)
        merged = {
            **part,
            **merged,
            "properties": {**merged.get("properties", {}), **part.get("properties", {})},
            "required": [*merged.get("required", []), *part.get("required", [])],
        }
    return merged


def _object(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    known = st.fixed_dictionaries(
        {key: strategy(value, depth + 1) for key, value in properties.items() if key in required},
        optional={
            key: strategy(value, depth + 1)
            for key, value in properties.items()
            if key not in required
        },
    )
    extra = schema.get("additionalProperties")
    if not properties and isinstance(extra, dict) and extra:
        values = strategy(extra, depth + 1) if depth < 6 else st.nothing()
        return st.dictionaries(st.text(max_size=6), values, max_size=2 if depth < 3 else 0)
    if not properties and extra is not False:
        return st.dictionaries(st.text(max_size=6), JSON, max_size=3)
    return known


def with_unknown_keys(
    schema: dict[str, Any],
) -> st.SearchStrategy[tuple[dict[str, Any], dict[str, Any]]]:
    schema = flatten(schema)
    if not schema.get("properties") and isinstance(schema.get("additionalProperties"), dict):
        # A map (ThreadInterrupts, Subgraphs, ...): every key is data, none is "unknown".
        return st.tuples(_object(schema, 0), st.just({}))
    return st.tuples(_object(schema, 0), st.dictionaries(UNKNOWN_KEY, JSON, min_size=1, max_size=2))


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: cls.__name__)
def test_every_model_round_trips_and_keeps_unknown_keys(cls: Any) -> None:
    schema = SCHEMAS[cls.__name__]

    @MODEL_SETTINGS
    @given(with_unknown_keys(schema))
    def check(drawn: tuple[dict[str, Any], dict[str, Any]]) -> None:
        known, unknown = drawn
        wire = {**known, **unknown}
        model = cls.from_dict(wire)
        assert model == wire
        assert orjson.dumps(model) == orjson.dumps(wire)
        for name in cls._wire_names.values():  # a value that follows the schema reads
            getattr(model, name)
        model.additional_properties  # noqa: B018
        assert cls.from_dict(model.to_dict()) == model == wire  # reading changed nothing
        for key, value in unknown.items():
            assert model[key] == value

    check()


ODD = (
    JSON_LEAF
    | st.sampled_from(["", "not-a-uuid", "2024-13-45", "yesterday", "01ARZ3NDEKTSV4RRFFQ69G5FAV"])
    | st.lists(JSON_LEAF, max_size=2)
    | st.dictionaries(st.text(max_size=3), JSON_LEAF, max_size=2)
)
"""Values of any JSON type and odd forms, put where a field of another type is expected."""


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: cls.__name__)
def test_any_object_a_server_sends_is_kept_and_each_read_is_typed_or_a_field_error(
    cls: Any,
) -> None:
    schema = SCHEMAS[cls.__name__]
    keys = list(flatten(schema).get("properties", {}))

    @MODEL_SETTINGS
    @given(
        with_unknown_keys(schema),
        st.sets(st.sampled_from(keys)) if keys else st.just(set()),
        st.dictionaries(st.sampled_from(keys), ODD, max_size=3) if keys else st.just({}),
    )
    def check(
        drawn: tuple[dict[str, Any], dict[str, Any]], dropped: set[str], odd: dict[str, Any]
    ) -> None:
        known, unknown = drawn
        wire = {k: v for k, v in {**known, **unknown, **odd}.items() if k not in dropped}
        body = orjson.dumps(wire)
        model = cls.from_dict(orjson.loads(body))
        assert model == wire
        assert orjson.dumps(model) == body
        assert json.loads(json.dumps(model)) == wire
        assert pickle.loads(pickle.dumps(model)) == wire
        assert copy.deepcopy(model) == wire
        for key, name in cls._wire_names.items():
            try:
                getattr(model, name)
            except FieldValueError as error:
                assert (error.model, error.key, error.field) == (cls.__name__, key, name)
                assert error.missing == (key not in wire)
        assert orjson.dumps(model) == body  # reading changed nothing on the wire

    check()


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_every_enum_keeps_known_and_unknown_values(cls: Any) -> None:
    known = [member.value for member in cls]

    @settings(max_examples=ENUM_CASES, derandomize=True, deadline=None, database=None)
    @given(st.sampled_from(known) | st.text(min_size=1, max_size=12))
    def check(value: str) -> None:
        kept = cls(value)
        assert str(kept.value) == value or kept.value == value
        assert cls(kept.value) == kept

    check()


def test_every_model_and_enum_is_covered() -> None:
    assert len(MODELS) + len(ENUMS) == len(CLASSES)
    assert all(cls.__name__ in SCHEMAS for cls in MODELS)


HEX = "0123456789abcdefABCDEF"
UUID_LIKE = (
    st.lists(
        st.sampled_from([*HEX, "-", "_", "+", " ", "{", "}", "x", "0x", ":", "urn:uuid:"]),
        min_size=30,
        max_size=40,
    ).map("".join)
    | st.uuids().map(str)
    | st.uuids().map(lambda u: u.hex)
    | st.text(max_size=40)
)
"""Strings near the forms `uuid.UUID` reads: dashes moved, signs, spaces, braces, prefixes."""


@settings(max_examples=2000, derandomize=True)
@given(UUID_LIKE)
def test_parse_uuid_reads_every_string_as_uuid_does(text: str) -> None:
    """The fast reading of ids gives `uuid.UUID`'s value or its error, for any string."""
    import uuid

    from langgraph_api_client.types import parse_uuid

    try:
        expected: uuid.UUID | type[ValueError] = uuid.UUID(text)
    except ValueError:
        expected = ValueError
    try:
        got: uuid.UUID | type[ValueError] = parse_uuid(text)
    except ValueError:
        got = ValueError
    assert got == expected
    if isinstance(got, uuid.UUID):
        assert (str(got), got.is_safe) == (str(expected), uuid.SafeUUID.unknown)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="GraphSchema")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class GraphSchema(WireMapping):
    """JSON schemas of a graph; a schema is null when it cannot be derived.

    Attributes:
        graph_id (str): The graph's name.
        input_schema (JsonObject | None): A JSON schema, or null.
        output_schema (JsonObject | None): A JSON schema, or null.
        state_schema (JsonObject | None): A JSON schema, or null.
        config_schema (JsonObject | None): A JSON schema, or null.
        context_schema (JsonObject | None): A JSON schema, or null.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "graph_id": "graph_id",
        "input_schema": "input_schema",
        "output_schema": "output_schema",
        "state_schema": "state_schema",
        "config_schema": "config_schema",
        "context_schema": "context_schema",
    }

    graph_id: str
    input_schema: JsonObject | None
    output_schema: JsonObject | None
    state_schema: JsonObject | None
    config_schema: JsonObject | None
    context_schema: JsonObject | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        graph_id = self.graph_id

        input_schema: dict[str, Any] | None
        if isinstance(self.input_schema, JsonObject):
            input_schema = self.input_schema.to_dict()
        else:
            input_schema = self.input_schema

        output_schema: dict[str, Any] | None
        if isinstance(self.output_schema, JsonObject):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        state_schema: dict[str, Any] | None
        if isinstance(self.state_schema, JsonObject):
            state_schema = self.state_schema.to_dict()
        else:
            state_schema = self.state_schema

        config_schema: dict[str, Any] | None
        if isinstance(self.config_schema, JsonObject):
            config_schema = self.config_schema.to_dict()
        else:
            config_schema = self.config_schema

        context_schema: dict[str, Any] | None
        if isinstance(self.context_schema, JsonObject):
            context_schema = self.context_schema.to_dict()
        else:
            context_schema = self.context_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "graph_id": graph_id,
                "input_schema": input_schema,
                "output_schema": output_schema,
                "state_schema": state_schema,
                "config_schema": config_schema,
                "context_schema": context_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        graph_schema = cls.__new__(cls)
        graph_schema._raw = d
        return graph_schema


_REQUIRED = frozenset(
    {
        "graph_id",
        "input_schema",
        "output_schema",
        "state_schema",
        "config_schema",
        "context_schema",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_graph_id(d: dict[str, Any]) -> str:
    graph_id: str = d["graph_id"]
    return graph_id


def _decode_input_schema(d: dict[str, Any]) -> JsonObject | None:
    def _parse_input_schema(data: object) -> JsonObject | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_nullable_json_schema_type_0 = JsonObject.from_dict(data)

            return componentsschemas_nullable_json_schema_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None, data)

    input_schema = _parse_input_schema(d["input_schema"])

    return input_schema


def _decode_output_schema(d: dict[str, Any]) -> JsonObject | None:
    def _parse_output_schema(data: object) -> JsonObject | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_nullable_json_schema_type_0 = JsonObject.from_dict(data)

            return componentsschemas_nullable_json_schema_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None, data)

    output_schema = _parse_output_schema(d["output_schema"])

    return output_schema


def _decode_state_schema(d: dict[str, Any]) -> JsonObject | None:
    def _parse_state_schema(data: object) -> JsonObject | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_nullable_json_schema_type_0 = JsonObject.from_dict(data)

            return componentsschemas_nullable_json_schema_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None, data)

    state_schema = _parse_state_schema(d["state_schema"])

    return state_schema


def _decode_config_schema(d: dict[str, Any]) -> JsonObject | None:
    def _parse_config_schema(data: object) -> JsonObject | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_nullable_json_schema_type_0 = JsonObject.from_dict(data)

            return componentsschemas_nullable_json_schema_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None, data)

    config_schema = _parse_config_schema(d["config_schema"])

    return config_schema


def _decode_context_schema(d: dict[str, Any]) -> JsonObject | None:
    def _parse_context_schema(data: object) -> JsonObject | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_nullable_json_schema_type_0 = JsonObject.from_dict(data)

            return componentsschemas_nullable_json_schema_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None, data)

    context_schema = _parse_context_schema(d["context_schema"])

    return context_schema


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GraphSchema._wire_names}


GraphSchema._decoders = {
    "graph_id": _decode_graph_id,
    "input_schema": _decode_input_schema,
    "output_schema": _decode_output_schema,
    "state_schema": _decode_state_schema,
    "config_schema": _decode_config_schema,
    "context_schema": _decode_context_schema,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

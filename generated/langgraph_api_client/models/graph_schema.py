from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire


class GraphSchema(WireDict):
    """JSON schemas of a graph; a schema is null when it cannot be derived.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        graph_id (str): The graph's name.
        input_schema (JsonObject | None): A JSON schema, or null.
        output_schema (JsonObject | None): A JSON schema, or null.
        state_schema (JsonObject | None): A JSON schema, or null.
        config_schema (JsonObject | None): A JSON schema, or null.
        context_schema (JsonObject | None): A JSON schema, or null.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "graph_id": "graph_id",
        "input_schema": "input_schema",
        "output_schema": "output_schema",
        "state_schema": "state_schema",
        "config_schema": "config_schema",
        "context_schema": "context_schema",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "graph_id",
            "input_schema",
            "output_schema",
            "state_schema",
            "config_schema",
            "context_schema",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "graph_id": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "graph_id",
        }
    )

    def __init__(
        self,
        *,
        graph_id: str,
        input_schema: JsonObject | None,
        output_schema: JsonObject | None,
        state_schema: JsonObject | None,
        config_schema: JsonObject | None,
        context_schema: JsonObject | None,
        **additional_properties: Any,
    ) -> None:
        """A GraphSchema built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "graph_id": to_wire(graph_id),
            "input_schema": to_wire(input_schema),
            "output_schema": to_wire(output_schema),
            "state_schema": to_wire(state_schema),
            "config_schema": to_wire(config_schema),
            "context_schema": to_wire(context_schema),
        }
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def graph_id(self) -> str:
        """The graph's name."""
        value = self.get("graph_id")
        if type(value) is str:
            return value
        try:
            read = _decode_graph_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "graph_id", exc) from exc
        return read

    @property
    def input_schema(self) -> JsonObject | None:
        """A JSON schema, or null."""
        try:
            read = _decode_input_schema(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "input_schema", exc) from exc
        return read

    @property
    def output_schema(self) -> JsonObject | None:
        """A JSON schema, or null."""
        try:
            read = _decode_output_schema(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "output_schema", exc) from exc
        return read

    @property
    def state_schema(self) -> JsonObject | None:
        """A JSON schema, or null."""
        try:
            read = _decode_state_schema(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "state_schema", exc) from exc
        return read

    @property
    def config_schema(self) -> JsonObject | None:
        """A JSON schema, or null."""
        try:
            read = _decode_config_schema(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "config_schema", exc) from exc
        return read

    @property
    def context_schema(self) -> JsonObject | None:
        """A JSON schema, or null."""
        try:
            read = _decode_context_schema(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "context_schema", exc) from exc
        return read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(GraphSchema._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_graph_id(d: dict[str, Any]) -> str:
    graph_id: str = d["graph_id"]
    if not isinstance(graph_id, str):
        raise TypeError(f"not a string: {type(graph_id).__name__}")
    return graph_id


def _decode_input_schema(d: dict[str, Any]) -> JsonObject | None:
    def _parse_input_schema(data: object) -> JsonObject | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict) or not JsonObject.fits(data):
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
            if not isinstance(data, dict) or not JsonObject.fits(data):
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
            if not isinstance(data, dict) or not JsonObject.fits(data):
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
            if not isinstance(data, dict) or not JsonObject.fits(data):
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
            if not isinstance(data, dict) or not JsonObject.fits(data):
                raise TypeError()
            componentsschemas_nullable_json_schema_type_0 = JsonObject.from_dict(data)

            return componentsschemas_nullable_json_schema_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None, data)

    context_schema = _parse_context_schema(d["context_schema"])

    return context_schema


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

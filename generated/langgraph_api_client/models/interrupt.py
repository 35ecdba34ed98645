from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class Interrupt(WireDict):
    """A pause a node asked for, waiting for a value to resume with.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        value (Any): The value the node gave when interrupting (any JSON).
        id (None | str): The interrupt's id, to resume it by id.
        response_schema (JsonObject | None): JSON schema of the value expected to resume, if the graph gave one.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "value": "value",
        "id": "id",
        "response_schema": "response_schema",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
        }
    )

    def __init__(
        self,
        *,
        value: Any,
        id: None | str | Unset = UNSET,
        response_schema: JsonObject | None | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A Interrupt built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "value": to_wire(value),
        }
        if not isinstance(id, Unset):
            fields["id"] = to_wire(id)
        if not isinstance(response_schema, Unset):
            fields["response_schema"] = to_wire(response_schema)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def value(self) -> Any:
        """The value the node gave when interrupting (any JSON)."""
        try:
            read = _decode_value(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "value", exc) from exc
        return read

    @property
    def id(self) -> None | str:
        """The interrupt's id, to resume it by id."""
        try:
            read = _decode_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def response_schema(self) -> JsonObject | None:
        """JSON schema of the value expected to resume, if the graph gave one."""
        try:
            read = _decode_response_schema(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "response_schema", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(Interrupt._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_value(d: dict[str, Any]) -> Any:
    value: Any = d["value"]
    return value


def _decode_id(d: dict[str, Any]) -> None | str | Unset:
    id: None | str | Unset = d.get("id", UNSET)

    return id


def _decode_response_schema(d: dict[str, Any]) -> JsonObject | None | Unset:
    def _parse_response_schema(data: object) -> JsonObject | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict) or not JsonObject.fits(data):
                raise TypeError()
            response_schema_type_0 = JsonObject.from_dict(data)

            return response_schema_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None | Unset, data)

    response_schema = _parse_response_schema(d.get("response_schema", UNSET))

    return response_schema


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

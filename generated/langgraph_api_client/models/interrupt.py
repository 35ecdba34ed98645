from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="Interrupt")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class Interrupt(WireMapping):
    """A pause a node asked for, waiting for a value to resume with.

    Attributes:
        value (Any): The value the node gave when interrupting (any JSON).
        id (None | str | Unset): The interrupt's id, to resume it by id.
        response_schema (JsonObject | None | Unset): JSON schema of the value expected to resume, if the graph gave one.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "value": "value",
        "id": "id",
        "response_schema": "response_schema",
    }

    value: Any
    id: None | str | Unset = UNSET
    response_schema: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        response_schema: dict[str, Any] | None | Unset
        if isinstance(self.response_schema, Unset):
            response_schema = UNSET
        elif isinstance(self.response_schema, JsonObject):
            response_schema = self.response_schema.to_dict()
        else:
            response_schema = self.response_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if response_schema is not UNSET:
            field_dict["response_schema"] = response_schema

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
        interrupt = cls.__new__(cls)
        interrupt._raw = d
        return interrupt


_REQUIRED = frozenset(
    {
        "value",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
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
            if not isinstance(data, dict):
                raise TypeError()
            response_schema_type_0 = JsonObject.from_dict(data)

            return response_schema_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None | Unset, data)

    response_schema = _parse_response_schema(d.get("response_schema", UNSET))

    return response_schema


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Interrupt._wire_names}


Interrupt._decoders = {
    "value": _decode_value,
    "id": _decode_id,
    "response_schema": _decode_response_schema,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

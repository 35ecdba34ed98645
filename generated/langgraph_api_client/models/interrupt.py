from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="Interrupt")


@_attrs_define
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
        d = dict(src_dict)
        value = d.pop("value")

        id: None | str | Unset = d.pop("id", UNSET)

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

        response_schema = _parse_response_schema(d.pop("response_schema", UNSET))

        interrupt = cls(
            value=value,
            id=id,
            response_schema=response_schema,
        )

        interrupt.additional_properties = d
        return interrupt


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

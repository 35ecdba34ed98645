from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.interrupt_response_schema import InterruptResponseSchema
    from ..models.interrupt_value import InterruptValue


T = TypeVar("T", bound="Interrupt")


@_attrs_define
class Interrupt(WireMapping):
    """
    Attributes:
        value (InterruptValue):
        id (None | str | Unset):
        response_schema (InterruptResponseSchema | Unset): JSON Schema for the value expected when resuming the
            interrupt, if the graph provided one.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "value": "value",
        "id": "id",
        "response_schema": "response_schema",
    }

    value: InterruptValue
    id: None | str | Unset = UNSET
    response_schema: InterruptResponseSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value.to_dict()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        response_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_schema, Unset):
            response_schema = self.response_schema.to_dict()

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
        from ..models.interrupt_response_schema import InterruptResponseSchema  # noqa: PLC0415
        from ..models.interrupt_value import InterruptValue  # noqa: PLC0415

        d = dict(src_dict)
        value = InterruptValue.from_dict(d.pop("value"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        _response_schema = d.pop("response_schema", UNSET)
        response_schema: InterruptResponseSchema | Unset
        if isinstance(_response_schema, Unset):
            response_schema = UNSET
        else:
            response_schema = InterruptResponseSchema.from_dict(_response_schema)

        interrupt = cls(
            value=value,
            id=id,
            response_schema=response_schema,
        )

        interrupt.additional_properties = d
        return interrupt

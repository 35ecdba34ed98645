from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProtocolSuccess")


@_attrs_define
class ProtocolSuccess(WireMapping):
    """A command that succeeded.

    Attributes:
        type_ (Literal['success']):
        id (int):
        result (JsonObject): A JSON object of any shape.
        meta (ProtocolResponseMeta | Unset): Extra information on a command's answer.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "type": "type_",
        "id": "id",
        "result": "result",
        "meta": "meta",
    }

    type_: Literal["success"]
    id: int
    result: JsonObject
    meta: ProtocolResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        result = self.result.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "result": result,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["success"], d.pop("type"))
        if type_ != "success":
            raise ValueError(f"type must match const 'success', got '{type_}'")

        id = d.pop("id")

        result = JsonObject.from_dict(d.pop("result"))

        _meta = d.pop("meta", UNSET)
        meta: ProtocolResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ProtocolResponseMeta.from_dict(_meta)

        protocol_success = cls(
            type_=type_,
            id=id,
            result=result,
            meta=meta,
        )

        protocol_success.additional_properties = d
        return protocol_success


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.protocol_response_meta import ProtocolResponseMeta  # noqa: E402

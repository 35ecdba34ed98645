from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProtocolSuccess")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys and constant fields are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        protocol_success = cls.__new__(cls)
        type_ = cast(Literal["success"], d["type"])
        if type_ != "success":
            raise ValueError(f"type must match const 'success', got '{type_}'")
        protocol_success.type_ = type_
        protocol_success._raw = d
        return protocol_success


_REQUIRED = frozenset(
    {
        "type",
        "id",
        "result",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_id(d: dict[str, Any]) -> int:
    id: int = d["id"]
    return id


def _decode_result(d: dict[str, Any]) -> JsonObject:
    result = JsonObject.from_dict(d["result"])

    return result


def _decode_meta(d: dict[str, Any]) -> ProtocolResponseMeta | Unset:
    _meta = d.get("meta", UNSET)
    meta: ProtocolResponseMeta | Unset
    if isinstance(_meta, Unset):
        meta = UNSET
    else:
        meta = ProtocolResponseMeta.from_dict(_meta)

    return meta


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ProtocolSuccess._wire_names}


ProtocolSuccess._decoders = {
    "id": _decode_id,
    "result": _decode_result,
    "meta": _decode_meta,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.protocol_response_meta import ProtocolResponseMeta  # noqa: E402

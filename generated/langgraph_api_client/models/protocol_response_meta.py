from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProtocolResponseMeta")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ProtocolResponseMeta(WireMapping):
    """Extra information on a command's answer.

    Attributes:
        applied_through_seq (int | Unset): The last event `seq` of the session when answering.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "applied_through_seq": "applied_through_seq",
    }

    applied_through_seq: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        applied_through_seq = self.applied_through_seq

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applied_through_seq is not UNSET:
            field_dict["applied_through_seq"] = applied_through_seq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        protocol_response_meta = cls.__new__(cls)
        protocol_response_meta._raw = d
        return protocol_response_meta


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_applied_through_seq(d: dict[str, Any]) -> int | Unset:
    applied_through_seq: int | Unset = d.get("applied_through_seq", UNSET)
    return applied_through_seq


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ProtocolResponseMeta._wire_names}


ProtocolResponseMeta._decoders = {
    "applied_through_seq": _decode_applied_through_seq,
    "additional_properties": _decode_additional_properties,
}

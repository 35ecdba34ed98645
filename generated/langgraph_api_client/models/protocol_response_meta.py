from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProtocolResponseMeta")


@_attrs_define
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
        d = dict(src_dict)
        applied_through_seq = d.pop("applied_through_seq", UNSET)

        protocol_response_meta = cls(
            applied_through_seq=applied_through_seq,
        )

        protocol_response_meta.additional_properties = d
        return protocol_response_meta

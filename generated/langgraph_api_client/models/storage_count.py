from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="StorageCount")


@_attrs_define
class StorageCount(WireMapping):
    """A number of rows and their size.

    Attributes:
        count (int):
        bytes_ (int):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "count": "count",
        "bytes": "bytes_",
    }

    count: int
    bytes_: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        bytes_ = self.bytes_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "bytes": bytes_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        bytes_ = d.pop("bytes")

        storage_count = cls(
            count=count,
            bytes_=bytes_,
        )

        storage_count.additional_properties = d
        return storage_count

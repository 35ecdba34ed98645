from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ChannelStorage")


@_attrs_define
class ChannelStorage(WireMapping):
    """Stored versions of one channel and their size.

    Attributes:
        versions (int):
        bytes_ (int):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "versions": "versions",
        "bytes": "bytes_",
    }

    versions: int
    bytes_: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        versions = self.versions

        bytes_ = self.bytes_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "versions": versions,
                "bytes": bytes_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        versions = d.pop("versions")

        bytes_ = d.pop("bytes")

        channel_storage = cls(
            versions=versions,
            bytes_=bytes_,
        )

        channel_storage.additional_properties = d
        return channel_storage

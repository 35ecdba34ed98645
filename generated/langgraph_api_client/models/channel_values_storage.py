from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ChannelValuesStorage")


@_attrs_define
class ChannelValuesStorage(WireMapping):
    """Stored channel values, in total and by channel.

    Attributes:
        count (int):
        bytes_ (int):
        by_channel (ChannelStorageByName): Stored values by channel name.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "count": "count",
        "bytes": "bytes_",
        "by_channel": "by_channel",
    }

    count: int
    bytes_: int
    by_channel: ChannelStorageByName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        bytes_ = self.bytes_

        by_channel = self.by_channel.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "bytes": bytes_,
                "by_channel": by_channel,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        bytes_ = d.pop("bytes")

        by_channel = ChannelStorageByName.from_dict(d.pop("by_channel"))

        channel_values_storage = cls(
            count=count,
            bytes_=bytes_,
            by_channel=by_channel,
        )

        channel_values_storage.additional_properties = d
        return channel_values_storage


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.channel_storage_by_name import ChannelStorageByName  # noqa: E402

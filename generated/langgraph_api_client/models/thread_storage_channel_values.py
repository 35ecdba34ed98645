from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.thread_storage_channel_values_by_channel import (
        ThreadStorageChannelValuesByChannel,
    )


T = TypeVar("T", bound="ThreadStorageChannelValues")


@_attrs_define
class ThreadStorageChannelValues(WireMapping):
    """Stored channel values, one row per channel version.

    Attributes:
        count (int):
        bytes_ (int):
        by_channel (ThreadStorageChannelValuesByChannel):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "count": "count",
        "bytes": "bytes_",
        "by_channel": "by_channel",
    }

    count: int
    bytes_: int
    by_channel: ThreadStorageChannelValuesByChannel
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
        from ..models.thread_storage_channel_values_by_channel import (
            ThreadStorageChannelValuesByChannel,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count")

        bytes_ = d.pop("bytes")

        by_channel = ThreadStorageChannelValuesByChannel.from_dict(d.pop("by_channel"))

        thread_storage_channel_values = cls(
            count=count,
            bytes_=bytes_,
            by_channel=by_channel,
        )

        thread_storage_channel_values.additional_properties = d
        return thread_storage_channel_values

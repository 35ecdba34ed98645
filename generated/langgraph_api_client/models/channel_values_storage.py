from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ChannelValuesStorage")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        channel_values_storage = cls.__new__(cls)
        channel_values_storage._raw = d
        return channel_values_storage


_REQUIRED = frozenset(
    {
        "count",
        "bytes",
        "by_channel",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_count(d: dict[str, Any]) -> int:
    count: int = d["count"]
    return count


def _decode_bytes_(d: dict[str, Any]) -> int:
    bytes_: int = d["bytes"]
    return bytes_


def _decode_by_channel(d: dict[str, Any]) -> ChannelStorageByName:
    by_channel = ChannelStorageByName.from_dict(d["by_channel"])

    return by_channel


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ChannelValuesStorage._wire_names}


ChannelValuesStorage._decoders = {
    "count": _decode_count,
    "bytes_": _decode_bytes_,
    "by_channel": _decode_by_channel,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.channel_storage_by_name import ChannelStorageByName  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ChannelStorage")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        channel_storage = cls.__new__(cls)
        channel_storage._raw = d
        return channel_storage


_REQUIRED = frozenset(
    {
        "versions",
        "bytes",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_versions(d: dict[str, Any]) -> int:
    versions: int = d["versions"]
    return versions


def _decode_bytes_(d: dict[str, Any]) -> int:
    bytes_: int = d["bytes"]
    return bytes_


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ChannelStorage._wire_names}


ChannelStorage._decoders = {
    "versions": _decode_versions,
    "bytes_": _decode_bytes_,
    "additional_properties": _decode_additional_properties,
}

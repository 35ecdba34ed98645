from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="AssistantVersionChange")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class AssistantVersionChange(WireMapping):
    """Body of set_latest_assistant_version.

    Attributes:
        version (int): The version to make the latest.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "version": "version",
    }

    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
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
        assistant_version_change = cls.__new__(cls)
        assistant_version_change._raw = d
        return assistant_version_change


_REQUIRED = frozenset(
    {
        "version",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_version(d: dict[str, Any]) -> int:
    version: int = d["version"]
    return version


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AssistantVersionChange._wire_names}


AssistantVersionChange._decoders = {
    "version": _decode_version,
    "additional_properties": _decode_additional_properties,
}

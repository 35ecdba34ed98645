from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="AssistantVersionChange")


@_attrs_define
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
        d = dict(src_dict)
        version = d.pop("version")

        assistant_version_change = cls(
            version=version,
        )

        assistant_version_change.additional_properties = d
        return assistant_version_change

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ThreadExtract")


@_attrs_define
class ThreadExtract(WireMapping):
    """Values to pick from each thread found, as alias to path (starting with `values`, `metadata`, `config` or
    `interrupts`, such as `values.messages[-1]`).

    """

    _wire_names: ClassVar[Mapping[str, str]] = {}

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thread_extract = cls()

        thread_extract.additional_properties = d
        return thread_extract

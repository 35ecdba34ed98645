from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ThreadSearchRequestExtract")


@_attrs_define
class ThreadSearchRequestExtract(WireMapping):
    """Map of alias to JSONB path for extracting specific values. Paths must start with values, metadata, config, or
    interrupts. Example: {"last_msg": "values.messages[-1]"}.

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
        thread_search_request_extract = cls()

        thread_search_request_extract.additional_properties = d
        return thread_search_request_extract

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="StoreListNamespacesRequest")


@_attrs_define
class StoreListNamespacesRequest(WireMapping):
    """Body of list_store_namespaces.

    Attributes:
        prefix (list[str] | Unset): Only namespaces starting with these labels.
        suffix (list[str] | Unset): Only namespaces ending with these labels.
        max_depth (int | Unset): Cut namespaces to this many labels.
        limit (int | Unset): How many to return. Default: 100.
        offset (int | Unset): How many to skip. Default: 0.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "prefix": "prefix",
        "suffix": "suffix",
        "max_depth": "max_depth",
        "limit": "limit",
        "offset": "offset",
    }

    prefix: list[str] | Unset = UNSET
    suffix: list[str] | Unset = UNSET
    max_depth: int | Unset = UNSET
    limit: int | Unset = 100
    offset: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix: list[str] | Unset = UNSET
        if not isinstance(self.prefix, Unset):
            prefix = self.prefix

        suffix: list[str] | Unset = UNSET
        if not isinstance(self.suffix, Unset):
            suffix = self.suffix

        max_depth = self.max_depth

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if max_depth is not UNSET:
            field_dict["max_depth"] = max_depth
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prefix: list[str] = d.pop("prefix", UNSET)

        suffix: list[str] = d.pop("suffix", UNSET)

        max_depth = d.pop("max_depth", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        store_list_namespaces_request = cls(
            prefix=prefix,
            suffix=suffix,
            max_depth=max_depth,
            limit=limit,
            offset=offset,
        )

        store_list_namespaces_request.additional_properties = d
        return store_list_namespaces_request

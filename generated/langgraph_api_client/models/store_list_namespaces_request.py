from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="StoreListNamespacesRequest")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        store_list_namespaces_request = cls.__new__(cls)
        store_list_namespaces_request._raw = d
        return store_list_namespaces_request


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_prefix(d: dict[str, Any]) -> list[str] | Unset:
    prefix: list[str] = d.get("prefix", UNSET)

    return prefix


def _decode_suffix(d: dict[str, Any]) -> list[str] | Unset:
    suffix: list[str] = d.get("suffix", UNSET)

    return suffix


def _decode_max_depth(d: dict[str, Any]) -> int | Unset:
    max_depth: int | Unset = d.get("max_depth", UNSET)
    return max_depth


def _decode_limit(d: dict[str, Any]) -> int | Unset:
    limit: int | Unset = d.get("limit", UNSET)
    return limit


def _decode_offset(d: dict[str, Any]) -> int | Unset:
    offset: int | Unset = d.get("offset", UNSET)
    return offset


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value for key, value in d.items() if key not in StoreListNamespacesRequest._wire_names
    }


StoreListNamespacesRequest._decoders = {
    "prefix": _decode_prefix,
    "suffix": _decode_suffix,
    "max_depth": _decode_max_depth,
    "limit": _decode_limit,
    "offset": _decode_offset,
    "additional_properties": _decode_additional_properties,
}

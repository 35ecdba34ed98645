from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AssistantVersionsSearchRequest")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class AssistantVersionsSearchRequest(WireMapping):
    """Body of list_assistant_versions.

    Attributes:
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
        limit (int | Unset): How many versions to return. Default: 10.
        offset (int | Unset): How many versions to skip. Default: 0.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "metadata": "metadata",
        "limit": "limit",
        "offset": "offset",
    }

    metadata: Metadata | Unset = UNSET
    limit: int | Unset = 10
    offset: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
        assistant_versions_search_request = cls.__new__(cls)
        assistant_versions_search_request._raw = d
        return assistant_versions_search_request


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_limit(d: dict[str, Any]) -> int | Unset:
    limit: int | Unset = d.get("limit", UNSET)
    return limit


def _decode_offset(d: dict[str, Any]) -> int | Unset:
    offset: int | Unset = d.get("offset", UNSET)
    return offset


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in d.items()
        if key not in AssistantVersionsSearchRequest._wire_names
    }


AssistantVersionsSearchRequest._decoders = {
    "metadata": _decode_metadata,
    "limit": _decode_limit,
    "offset": _decode_offset,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.metadata import Metadata  # noqa: E402

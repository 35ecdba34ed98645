from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.search_request_metadata import SearchRequestMetadata


T = TypeVar("T", bound="SearchRequest")


@_attrs_define
class SearchRequest(WireMapping):
    """Payload for listing assistant versions.

    Attributes:
        metadata (SearchRequestMetadata | Unset): Metadata to filter versions by. Exact match filter for each KV pair.
        limit (int | Unset): The maximum number of versions to return. Default: 10.
        offset (int | Unset): The number of versions to skip. Default: 0.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "metadata": "metadata",
        "limit": "limit",
        "offset": "offset",
    }

    metadata: SearchRequestMetadata | Unset = UNSET
    limit: int | Unset = 10
    offset: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.search_request_metadata import SearchRequestMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: SearchRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SearchRequestMetadata.from_dict(_metadata)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        search_request = cls(
            metadata=metadata,
            limit=limit,
            offset=offset,
        )

        search_request.additional_properties = d
        return search_request

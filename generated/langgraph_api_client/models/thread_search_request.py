from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_search_request_select_item import ThreadSearchRequestSelectItem
from ..models.thread_search_request_sort_by import ThreadSearchRequestSortBy
from ..models.thread_search_request_sort_order import ThreadSearchRequestSortOrder
from ..models.thread_search_request_status import ThreadSearchRequestStatus
from ..types import UNSET, Unset, WireItems, WireRecord

if TYPE_CHECKING:
    from ..models.thread_search_request_extract import ThreadSearchRequestExtract
    from ..models.thread_search_request_metadata import ThreadSearchRequestMetadata
    from ..models.thread_search_request_values import ThreadSearchRequestValues


T = TypeVar("T", bound="ThreadSearchRequest")


@_attrs_define
class ThreadSearchRequest(WireRecord, WireItems):
    """Payload for listing threads.

    Attributes:
        ids (list[UUID] | Unset): List of thread IDs to include. Others are excluded.
        metadata (ThreadSearchRequestMetadata | Unset): Thread metadata to filter on.
        values (ThreadSearchRequestValues | Unset): State values to filter on.
        status (ThreadSearchRequestStatus | Unset): Thread status to filter on.
        limit (int | Unset): Maximum number to return. Default: 10.
        offset (int | Unset): Offset to start from. Default: 0.
        sort_by (ThreadSearchRequestSortBy | Unset): Sort by field.
        sort_order (ThreadSearchRequestSortOrder | Unset): Sort order.
        select (list[ThreadSearchRequestSelectItem] | Unset): Specify which fields to return. If not provided, all
            fields are returned.
        extract (ThreadSearchRequestExtract | Unset): Map of alias to JSONB path for extracting specific values. Paths
            must start with values, metadata, config, or interrupts. Example: {"last_msg": "values.messages[-1]"}.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "ids": "ids",
        "metadata": "metadata",
        "values": "values",
        "status": "status",
        "limit": "limit",
        "offset": "offset",
        "sort_by": "sort_by",
        "sort_order": "sort_order",
        "select": "select",
        "extract": "extract",
    }

    ids: list[UUID] | Unset = UNSET
    metadata: ThreadSearchRequestMetadata | Unset = UNSET
    values: ThreadSearchRequestValues | Unset = UNSET
    status: ThreadSearchRequestStatus | Unset = UNSET
    limit: int | Unset = 10
    offset: int | Unset = 0
    sort_by: ThreadSearchRequestSortBy | Unset = UNSET
    sort_order: ThreadSearchRequestSortOrder | Unset = UNSET
    select: list[ThreadSearchRequestSelectItem] | Unset = UNSET
    extract: ThreadSearchRequestExtract | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = []
            for ids_item_data in self.ids:
                ids_item = str(ids_item_data)
                ids.append(ids_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        limit = self.limit

        offset = self.offset

        sort_by: str | Unset = UNSET
        if not isinstance(self.sort_by, Unset):
            sort_by = self.sort_by.value

        sort_order: str | Unset = UNSET
        if not isinstance(self.sort_order, Unset):
            sort_order = self.sort_order.value

        select: list[str] | Unset = UNSET
        if not isinstance(self.select, Unset):
            select = []
            for select_item_data in self.select:
                select_item = select_item_data.value
                select.append(select_item)

        extract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extract, Unset):
            extract = self.extract.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if values is not UNSET:
            field_dict["values"] = values
        if status is not UNSET:
            field_dict["status"] = status
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if select is not UNSET:
            field_dict["select"] = select
        if extract is not UNSET:
            field_dict["extract"] = extract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_search_request_extract import ThreadSearchRequestExtract  # noqa: PLC0415
        from ..models.thread_search_request_metadata import ThreadSearchRequestMetadata  # noqa: PLC0415
        from ..models.thread_search_request_values import ThreadSearchRequestValues  # noqa: PLC0415

        d = dict(src_dict)
        _ids = d.pop("ids", UNSET)
        ids: list[UUID] | Unset = UNSET
        if _ids is not UNSET:
            ids = []
            for ids_item_data in _ids:
                ids_item = UUID(ids_item_data)

                ids.append(ids_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ThreadSearchRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ThreadSearchRequestMetadata.from_dict(_metadata)

        _values = d.pop("values", UNSET)
        values: ThreadSearchRequestValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = ThreadSearchRequestValues.from_dict(_values)

        _status = d.pop("status", UNSET)
        status: ThreadSearchRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ThreadSearchRequestStatus(_status)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _sort_by = d.pop("sort_by", UNSET)
        sort_by: ThreadSearchRequestSortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = ThreadSearchRequestSortBy(_sort_by)

        _sort_order = d.pop("sort_order", UNSET)
        sort_order: ThreadSearchRequestSortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = ThreadSearchRequestSortOrder(_sort_order)

        _select = d.pop("select", UNSET)
        select: list[ThreadSearchRequestSelectItem] | Unset = UNSET
        if _select is not UNSET:
            select = []
            for select_item_data in _select:
                select_item = ThreadSearchRequestSelectItem(select_item_data)

                select.append(select_item)

        _extract = d.pop("extract", UNSET)
        extract: ThreadSearchRequestExtract | Unset
        if isinstance(_extract, Unset):
            extract = UNSET
        else:
            extract = ThreadSearchRequestExtract.from_dict(_extract)

        thread_search_request = cls(
            ids=ids,
            metadata=metadata,
            values=values,
            status=status,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            sort_order=sort_order,
            select=select,
            extract=extract,
        )

        thread_search_request.additional_properties = d
        return thread_search_request

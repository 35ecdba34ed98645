from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cron_search_select_item import CronSearchSelectItem
from ..models.cron_search_sort_by import CronSearchSortBy
from ..models.cron_search_sort_order import CronSearchSortOrder
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.cron_search_metadata import CronSearchMetadata


T = TypeVar("T", bound="CronSearch")


@_attrs_define
class CronSearch(WireMapping):
    """Payload for listing crons

    Attributes:
        assistant_id (UUID | Unset): The assistant ID or graph name to filter by using exact match.
        thread_id (UUID | Unset): The thread ID to search for.
        enabled (bool | Unset): Filter by enabled status. If not provided, returns both enabled and disabled crons.
        metadata (CronSearchMetadata | Unset): Metadata to filter by. Exact match filter for each KV pair.
        limit (int | Unset): The maximum number of results to return. Default: 10.
        offset (int | Unset): The number of results to skip. Default: 0.
        sort_by (CronSearchSortBy | Unset): The field to sort by. Default: CronSearchSortBy.CREATED_AT.
        sort_order (CronSearchSortOrder | Unset): The order to sort by. Default: CronSearchSortOrder.DESC.
        select (list[CronSearchSelectItem] | Unset): Specify which fields to return. If not provided, all fields are
            returned.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "assistant_id": "assistant_id",
        "thread_id": "thread_id",
        "enabled": "enabled",
        "metadata": "metadata",
        "limit": "limit",
        "offset": "offset",
        "sort_by": "sort_by",
        "sort_order": "sort_order",
        "select": "select",
    }

    assistant_id: UUID | Unset = UNSET
    thread_id: UUID | Unset = UNSET
    enabled: bool | Unset = UNSET
    metadata: CronSearchMetadata | Unset = UNSET
    limit: int | Unset = 10
    offset: int | Unset = 0
    sort_by: CronSearchSortBy | Unset = CronSearchSortBy.CREATED_AT
    sort_order: CronSearchSortOrder | Unset = CronSearchSortOrder.DESC
    select: list[CronSearchSelectItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistant_id: str | Unset = UNSET
        if not isinstance(self.assistant_id, Unset):
            assistant_id = str(self.assistant_id)

        thread_id: str | Unset = UNSET
        if not isinstance(self.thread_id, Unset):
            thread_id = str(self.thread_id)

        enabled = self.enabled

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cron_search_metadata import CronSearchMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _assistant_id = d.pop("assistant_id", UNSET)
        assistant_id: UUID | Unset
        if isinstance(_assistant_id, Unset):
            assistant_id = UNSET
        else:
            assistant_id = UUID(_assistant_id)

        _thread_id = d.pop("thread_id", UNSET)
        thread_id: UUID | Unset
        if isinstance(_thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = UUID(_thread_id)

        enabled = d.pop("enabled", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CronSearchMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CronSearchMetadata.from_dict(_metadata)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _sort_by = d.pop("sort_by", UNSET)
        sort_by: CronSearchSortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = CronSearchSortBy(_sort_by)

        _sort_order = d.pop("sort_order", UNSET)
        sort_order: CronSearchSortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = CronSearchSortOrder(_sort_order)

        _select = d.pop("select", UNSET)
        select: list[CronSearchSelectItem] | Unset = UNSET
        if _select is not UNSET:
            select = []
            for select_item_data in _select:
                select_item = CronSearchSelectItem(select_item_data)

                select.append(select_item)

        cron_search = cls(
            assistant_id=assistant_id,
            thread_id=thread_id,
            enabled=enabled,
            metadata=metadata,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            sort_order=sort_order,
            select=select,
        )

        cron_search.additional_properties = d
        return cron_search

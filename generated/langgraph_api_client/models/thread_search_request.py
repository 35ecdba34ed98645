from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sort_order import SortOrder
from ..models.thread_select_field import ThreadSelectField
from ..models.thread_sort_by import ThreadSortBy
from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset, WireItems, WireRecord

T = TypeVar("T", bound="ThreadSearchRequest")


@_attrs_define
class ThreadSearchRequest(WireRecord, WireItems):
    """Body of search_threads.

    Attributes:
        ids (list[UUID] | Unset): Only these threads.
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
        values (JsonObject | Unset): A JSON object of any shape.
        status (ThreadStatus | Unset): The status of a thread.
        limit (int | Unset): How many to return. Default: 10.
        offset (int | Unset): How many to skip. Default: 0.
        sort_by (ThreadSortBy | Unset): Field to sort threads by.
        sort_order (SortOrder | Unset): Sort direction.
        select (list[ThreadSelectField] | Unset): Fields to return; all when absent.
        extract (ThreadExtract | Unset): Values to pick from each thread found, as alias to path (starting with
            `values`, `metadata`, `config` or `interrupts`, such as `values.messages[-1]`).
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
    metadata: Metadata | Unset = UNSET
    values: JsonObject | Unset = UNSET
    status: ThreadStatus | Unset = UNSET
    limit: int | Unset = 10
    offset: int | Unset = 0
    sort_by: ThreadSortBy | Unset = UNSET
    sort_order: SortOrder | Unset = UNSET
    select: list[ThreadSelectField] | Unset = UNSET
    extract: ThreadExtract | Unset = UNSET
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
        d = dict(src_dict)
        _ids = d.pop("ids", UNSET)
        ids: list[UUID] | Unset = UNSET
        if _ids is not UNSET:
            ids = []
            for ids_item_data in _ids:
                ids_item = UUID(ids_item_data)

                ids.append(ids_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _values = d.pop("values", UNSET)
        values: JsonObject | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = JsonObject.from_dict(_values)

        _status = d.pop("status", UNSET)
        status: ThreadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ThreadStatus(_status)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _sort_by = d.pop("sort_by", UNSET)
        sort_by: ThreadSortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = ThreadSortBy(_sort_by)

        _sort_order = d.pop("sort_order", UNSET)
        sort_order: SortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = SortOrder(_sort_order)

        _select = d.pop("select", UNSET)
        select: list[ThreadSelectField] | Unset = UNSET
        if _select is not UNSET:
            select = []
            for select_item_data in _select:
                select_item = ThreadSelectField(select_item_data)

                select.append(select_item)

        _extract = d.pop("extract", UNSET)
        extract: ThreadExtract | Unset
        if isinstance(_extract, Unset):
            extract = UNSET
        else:
            extract = ThreadExtract.from_dict(_extract)

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


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.thread_extract import ThreadExtract  # noqa: E402

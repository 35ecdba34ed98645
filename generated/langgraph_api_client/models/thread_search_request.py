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


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        thread_search_request = cls.__new__(cls)
        thread_search_request._raw = d
        return thread_search_request


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_ids(d: dict[str, Any]) -> list[UUID] | Unset:
    _ids = d.get("ids", UNSET)
    ids: list[UUID] | Unset = UNSET
    if _ids is not UNSET:
        ids = []
        for ids_item_data in _ids:
            ids_item = UUID(ids_item_data)

            ids.append(ids_item)

    return ids


def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_values(d: dict[str, Any]) -> JsonObject | Unset:
    _values = d.get("values", UNSET)
    values: JsonObject | Unset
    if isinstance(_values, Unset):
        values = UNSET
    else:
        values = JsonObject.from_dict(_values)

    return values


def _decode_status(d: dict[str, Any]) -> ThreadStatus | Unset:
    _status = d.get("status", UNSET)
    status: ThreadStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = ThreadStatus(_status)

    return status


def _decode_limit(d: dict[str, Any]) -> int | Unset:
    limit: int | Unset = d.get("limit", UNSET)
    return limit


def _decode_offset(d: dict[str, Any]) -> int | Unset:
    offset: int | Unset = d.get("offset", UNSET)
    return offset


def _decode_sort_by(d: dict[str, Any]) -> ThreadSortBy | Unset:
    _sort_by = d.get("sort_by", UNSET)
    sort_by: ThreadSortBy | Unset
    if isinstance(_sort_by, Unset):
        sort_by = UNSET
    else:
        sort_by = ThreadSortBy(_sort_by)

    return sort_by


def _decode_sort_order(d: dict[str, Any]) -> SortOrder | Unset:
    _sort_order = d.get("sort_order", UNSET)
    sort_order: SortOrder | Unset
    if isinstance(_sort_order, Unset):
        sort_order = UNSET
    else:
        sort_order = SortOrder(_sort_order)

    return sort_order


def _decode_select(d: dict[str, Any]) -> list[ThreadSelectField] | Unset:
    _select = d.get("select", UNSET)
    select: list[ThreadSelectField] | Unset = UNSET
    if _select is not UNSET:
        select = []
        for select_item_data in _select:
            select_item = ThreadSelectField(select_item_data)

            select.append(select_item)

    return select


def _decode_extract(d: dict[str, Any]) -> ThreadExtract | Unset:
    _extract = d.get("extract", UNSET)
    extract: ThreadExtract | Unset
    if isinstance(_extract, Unset):
        extract = UNSET
    else:
        extract = ThreadExtract.from_dict(_extract)

    return extract


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ThreadSearchRequest._wire_names}


ThreadSearchRequest._decoders = {
    "ids": _decode_ids,
    "metadata": _decode_metadata,
    "values": _decode_values,
    "status": _decode_status,
    "limit": _decode_limit,
    "offset": _decode_offset,
    "sort_by": _decode_sort_by,
    "sort_order": _decode_sort_order,
    "select": _decode_select,
    "extract": _decode_extract,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.thread_extract import ThreadExtract  # noqa: E402

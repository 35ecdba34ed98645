from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cron_select_field import CronSelectField
from ..models.cron_sort_by import CronSortBy
from ..models.sort_order import SortOrder
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CronSearch")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class CronSearch(WireMapping):
    """Body of search_crons.

    Attributes:
        assistant_id (UUID | Unset): Only crons of this assistant.
        thread_id (UUID | Unset): Only crons on this thread.
        enabled (bool | Unset): Only enabled (or disabled) crons; both when absent.
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
        limit (int | Unset): How many to return. Default: 10.
        offset (int | Unset): How many to skip. Default: 0.
        sort_by (CronSortBy | Unset): Field to sort crons by.
        sort_order (SortOrder | Unset): Sort direction.
        select (list[CronSelectField] | Unset): Fields to return; all when absent.
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
    metadata: Metadata | Unset = UNSET
    limit: int | Unset = 10
    offset: int | Unset = 0
    sort_by: CronSortBy | Unset = UNSET
    sort_order: SortOrder | Unset = UNSET
    select: list[CronSelectField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        cron_search = cls.__new__(cls)
        cron_search._raw = d
        return cron_search


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_assistant_id(d: dict[str, Any]) -> UUID | Unset:
    _assistant_id = d.get("assistant_id", UNSET)
    assistant_id: UUID | Unset
    if isinstance(_assistant_id, Unset):
        assistant_id = UNSET
    else:
        assistant_id = UUID(_assistant_id)

    return assistant_id


def _decode_thread_id(d: dict[str, Any]) -> UUID | Unset:
    _thread_id = d.get("thread_id", UNSET)
    thread_id: UUID | Unset
    if isinstance(_thread_id, Unset):
        thread_id = UNSET
    else:
        thread_id = UUID(_thread_id)

    return thread_id


def _decode_enabled(d: dict[str, Any]) -> bool | Unset:
    enabled: bool | Unset = d.get("enabled", UNSET)
    return enabled


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


def _decode_sort_by(d: dict[str, Any]) -> CronSortBy | Unset:
    _sort_by = d.get("sort_by", UNSET)
    sort_by: CronSortBy | Unset
    if isinstance(_sort_by, Unset):
        sort_by = UNSET
    else:
        sort_by = CronSortBy(_sort_by)

    return sort_by


def _decode_sort_order(d: dict[str, Any]) -> SortOrder | Unset:
    _sort_order = d.get("sort_order", UNSET)
    sort_order: SortOrder | Unset
    if isinstance(_sort_order, Unset):
        sort_order = UNSET
    else:
        sort_order = SortOrder(_sort_order)

    return sort_order


def _decode_select(d: dict[str, Any]) -> list[CronSelectField] | Unset:
    _select = d.get("select", UNSET)
    select: list[CronSelectField] | Unset = UNSET
    if _select is not UNSET:
        select = []
        for select_item_data in _select:
            select_item = CronSelectField(select_item_data)

            select.append(select_item)

    return select


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CronSearch._wire_names}


CronSearch._decoders = {
    "assistant_id": _decode_assistant_id,
    "thread_id": _decode_thread_id,
    "enabled": _decode_enabled,
    "metadata": _decode_metadata,
    "limit": _decode_limit,
    "offset": _decode_offset,
    "sort_by": _decode_sort_by,
    "sort_order": _decode_sort_order,
    "select": _decode_select,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.metadata import Metadata  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from ..models.cron_select_field import CronSelectField
from ..models.cron_sort_by import CronSortBy
from ..models.sort_order import SortOrder
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, parse_uuid, to_wire


class CronSearch(WireDict):
    """Body of search_crons.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        assistant_id (UUID | None): Only crons of this assistant.
        thread_id (UUID | None): Only crons on this thread.
        enabled (bool | None): Only enabled (or disabled) crons; both when absent.
        metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
        limit (int | None): How many to return.
        offset (int | None): How many to skip.
        sort_by (CronSortBy | None): Field to sort crons by.
        sort_order (SortOrder | None): Sort direction.
        select (list[CronSelectField] | None): Fields to return; all when absent.
    """

    __slots__ = ()

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

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "assistant_id",
            "thread_id",
            "enabled",
            "limit",
            "offset",
            "select",
        }
    )

    def __init__(
        self,
        *,
        assistant_id: UUID | str | Unset = UNSET,
        thread_id: UUID | str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        sort_by: CronSortBy | str | Unset = UNSET,
        sort_order: SortOrder | str | Unset = UNSET,
        select: list[CronSelectField | str] | Unset = UNSET,
    ) -> None:
        """A CronSearch built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {}
        if not isinstance(assistant_id, Unset):
            fields["assistant_id"] = to_wire(assistant_id)
        if not isinstance(thread_id, Unset):
            fields["thread_id"] = to_wire(thread_id)
        if not isinstance(enabled, Unset):
            fields["enabled"] = to_wire(enabled)
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(limit, Unset):
            fields["limit"] = to_wire(limit)
        if not isinstance(offset, Unset):
            fields["offset"] = to_wire(offset)
        if not isinstance(sort_by, Unset):
            fields["sort_by"] = to_wire(sort_by)
        if not isinstance(sort_order, Unset):
            fields["sort_order"] = to_wire(sort_order)
        if not isinstance(select, Unset):
            fields["select"] = to_wire(select)
        dict.__init__(self, fields)

    @property
    def assistant_id(self) -> UUID | None:
        """Only crons of this assistant."""
        value = self.get("assistant_id")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return parse_uuid(value)
            except ValueError:
                pass
        try:
            read = _decode_assistant_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "assistant_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def thread_id(self) -> UUID | None:
        """Only crons on this thread."""
        value = self.get("thread_id")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return parse_uuid(value)
            except ValueError:
                pass
        try:
            read = _decode_thread_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "thread_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def enabled(self) -> bool | None:
        """Only enabled (or disabled) crons; both when absent."""
        value = self.get("enabled")
        if type(value) is bool or value is None:
            return value
        try:
            read = _decode_enabled(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "enabled", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def metadata(self) -> dict[str, Any] | None:
        """Free-form metadata, a JSON object; search filters match its keys exactly."""
        value = self.get("metadata")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("metadata", _decode_metadata)
        return None if isinstance(read, Unset) else read

    @property
    def limit(self) -> int | None:
        """How many to return."""
        value = self.get("limit")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_limit(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "limit", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def offset(self) -> int | None:
        """How many to skip."""
        value = self.get("offset")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_offset(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "offset", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def sort_by(self) -> CronSortBy | None:
        """Field to sort crons by."""
        try:
            read = _decode_sort_by(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "sort_by", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def sort_order(self) -> SortOrder | None:
        """Sort direction."""
        try:
            read = _decode_sort_order(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "sort_order", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def select(self) -> list[CronSelectField] | None:
        """Fields to return; all when absent."""
        try:
            read = _decode_select(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "select", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(CronSearch._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_assistant_id(d: dict[str, Any]) -> UUID | Unset:
    _assistant_id = d.get("assistant_id", UNSET)
    assistant_id: UUID | Unset
    if isinstance(_assistant_id, Unset):
        assistant_id = UNSET
    else:
        assistant_id = parse_uuid(_assistant_id)

    return assistant_id


def _decode_thread_id(d: dict[str, Any]) -> UUID | Unset:
    _thread_id = d.get("thread_id", UNSET)
    thread_id: UUID | Unset
    if isinstance(_thread_id, Unset):
        thread_id = UNSET
    else:
        thread_id = parse_uuid(_thread_id)

    return thread_id


def _decode_enabled(d: dict[str, Any]) -> bool | Unset:
    enabled: bool | Unset = d.get("enabled", UNSET)
    if not isinstance(enabled, bool | Unset):
        raise TypeError(f"not a boolean: {type(enabled).__name__}")
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
    if not isinstance(limit, int | Unset) or isinstance(limit, bool):
        raise TypeError(f"not an integer: {type(limit).__name__}")
    return limit


def _decode_offset(d: dict[str, Any]) -> int | Unset:
    offset: int | Unset = d.get("offset", UNSET)
    if not isinstance(offset, int | Unset) or isinstance(offset, bool):
        raise TypeError(f"not an integer: {type(offset).__name__}")
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
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.metadata import Metadata  # noqa: E402

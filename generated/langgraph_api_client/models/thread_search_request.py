from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from ..models.sort_order import SortOrder
from ..models.thread_select_field import ThreadSelectField
from ..models.thread_sort_by import ThreadSortBy
from ..models.thread_status import ThreadStatus
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, parse_uuid, to_wire


class ThreadSearchRequest(WireDict):
    """Body of search_threads.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        ids (list[UUID] | None): Only these threads.
        metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
        values_ (dict[str, Any] | None): A JSON object of any shape. Wire key `values` (the attribute takes a trailing underscore so as not to hide the dict method).
        status (ThreadStatus | None): The status of a thread.
        limit (int | None): How many to return.
        offset (int | None): How many to skip.
        sort_by (ThreadSortBy | None): Field to sort threads by.
        sort_order (SortOrder | None): Sort direction.
        select (list[ThreadSelectField] | None): Fields to return; all when absent.
        extract (ThreadExtract | None): Values to pick from each thread found, as alias to path (starting with `values`, `metadata`,
            `config` or `interrupts`, such as `values.messages[-1]`).
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "ids": "ids",
        "metadata": "metadata",
        "values": "values_",
        "status": "status",
        "limit": "limit",
        "offset": "offset",
        "sort_by": "sort_by",
        "sort_order": "sort_order",
        "select": "select",
        "extract": "extract",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "ids",
            "limit",
            "offset",
            "select",
        }
    )

    def __init__(
        self,
        *,
        ids: list[UUID | str] | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        values: JsonObject | Unset = UNSET,
        status: ThreadStatus | str | Unset = UNSET,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        sort_by: ThreadSortBy | str | Unset = UNSET,
        sort_order: SortOrder | str | Unset = UNSET,
        select: list[ThreadSelectField | str] | Unset = UNSET,
        extract: ThreadExtract | Unset = UNSET,
    ) -> None:
        """A ThreadSearchRequest built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {}
        if not isinstance(ids, Unset):
            fields["ids"] = to_wire(ids)
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(values, Unset):
            fields["values"] = to_wire(values)
        if not isinstance(status, Unset):
            fields["status"] = to_wire(status)
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
        if not isinstance(extract, Unset):
            fields["extract"] = to_wire(extract)
        dict.__init__(self, fields)

    @property
    def ids(self) -> list[UUID] | None:
        """Only these threads."""
        try:
            read = _decode_ids(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "ids", exc) from exc
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
    def values_(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("values")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("values", _decode_values)
        return None if isinstance(read, Unset) else read

    @property
    def status(self) -> ThreadStatus | None:
        """The status of a thread."""
        try:
            read = _decode_status(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "status", exc) from exc
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
    def sort_by(self) -> ThreadSortBy | None:
        """Field to sort threads by."""
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
    def select(self) -> list[ThreadSelectField] | None:
        """Fields to return; all when absent."""
        try:
            read = _decode_select(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "select", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def extract(self) -> ThreadExtract | None:
        """Values to pick from each thread found, as alias to path (starting with `values`, `metadata`,
        `config` or `interrupts`, such as `values.messages[-1]`)."""
        value = self.get("extract")
        if type(value) is ThreadExtract:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "extract", ThreadExtract, value)
        read = self._keep("extract", _decode_extract)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadSearchRequest._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_ids(d: dict[str, Any]) -> list[UUID] | Unset:
    _ids = d.get("ids", UNSET)
    ids: list[UUID] | Unset = UNSET
    if _ids is not UNSET:
        ids = []
        for ids_item_data in _ids:
            ids_item = parse_uuid(ids_item_data)

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
    if not isinstance(limit, int | Unset) or isinstance(limit, bool):
        raise TypeError(f"not an integer: {type(limit).__name__}")
    return limit


def _decode_offset(d: dict[str, Any]) -> int | Unset:
    offset: int | Unset = d.get("offset", UNSET)
    if not isinstance(offset, int | Unset) or isinstance(offset, bool):
        raise TypeError(f"not an integer: {type(offset).__name__}")
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
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.thread_extract import ThreadExtract  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_select_field import AssistantSelectField
from ..models.assistant_sort_by import AssistantSortBy
from ..models.sort_order import SortOrder
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AssistantSearchRequest")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class AssistantSearchRequest(WireMapping):
    """Body of search_assistants.

    Attributes:
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
        graph_id (str | Unset): Only assistants of this graph.
        name (str | Unset): Only assistants whose name contains this text (case-insensitive).
        limit (int | Unset): How many to return. Default: 10.
        offset (int | Unset): How many to skip. Default: 0.
        sort_by (AssistantSortBy | Unset): Field to sort assistants by.
        sort_order (SortOrder | Unset): Sort direction.
        select (list[AssistantSelectField] | Unset): Fields to return; all when absent.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "metadata": "metadata",
        "graph_id": "graph_id",
        "name": "name",
        "limit": "limit",
        "offset": "offset",
        "sort_by": "sort_by",
        "sort_order": "sort_order",
        "select": "select",
    }

    metadata: Metadata | Unset = UNSET
    graph_id: str | Unset = UNSET
    name: str | Unset = UNSET
    limit: int | Unset = 10
    offset: int | Unset = 0
    sort_by: AssistantSortBy | Unset = UNSET
    sort_order: SortOrder | Unset = UNSET
    select: list[AssistantSelectField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        graph_id = self.graph_id

        name = self.name

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
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if graph_id is not UNSET:
            field_dict["graph_id"] = graph_id
        if name is not UNSET:
            field_dict["name"] = name
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
        assistant_search_request = cls.__new__(cls)
        assistant_search_request._raw = d
        return assistant_search_request


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_graph_id(d: dict[str, Any]) -> str | Unset:
    graph_id: str | Unset = d.get("graph_id", UNSET)
    return graph_id


def _decode_name(d: dict[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_limit(d: dict[str, Any]) -> int | Unset:
    limit: int | Unset = d.get("limit", UNSET)
    return limit


def _decode_offset(d: dict[str, Any]) -> int | Unset:
    offset: int | Unset = d.get("offset", UNSET)
    return offset


def _decode_sort_by(d: dict[str, Any]) -> AssistantSortBy | Unset:
    _sort_by = d.get("sort_by", UNSET)
    sort_by: AssistantSortBy | Unset
    if isinstance(_sort_by, Unset):
        sort_by = UNSET
    else:
        sort_by = AssistantSortBy(_sort_by)

    return sort_by


def _decode_sort_order(d: dict[str, Any]) -> SortOrder | Unset:
    _sort_order = d.get("sort_order", UNSET)
    sort_order: SortOrder | Unset
    if isinstance(_sort_order, Unset):
        sort_order = UNSET
    else:
        sort_order = SortOrder(_sort_order)

    return sort_order


def _decode_select(d: dict[str, Any]) -> list[AssistantSelectField] | Unset:
    _select = d.get("select", UNSET)
    select: list[AssistantSelectField] | Unset = UNSET
    if _select is not UNSET:
        select = []
        for select_item_data in _select:
            select_item = AssistantSelectField(select_item_data)

            select.append(select_item)

    return select


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AssistantSearchRequest._wire_names}


AssistantSearchRequest._decoders = {
    "metadata": _decode_metadata,
    "graph_id": _decode_graph_id,
    "name": _decode_name,
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

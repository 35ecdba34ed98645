from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_search_request_graph_id import AssistantSearchRequestGraphId
from ..models.assistant_search_request_select_item import AssistantSearchRequestSelectItem
from ..models.assistant_search_request_sort_by import AssistantSearchRequestSortBy
from ..models.assistant_search_request_sort_order import AssistantSearchRequestSortOrder
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.assistant_search_request_metadata import AssistantSearchRequestMetadata


T = TypeVar("T", bound="AssistantSearchRequest")


@_attrs_define
class AssistantSearchRequest(WireMapping):
    """Payload for listing assistants.

    Attributes:
        metadata (AssistantSearchRequestMetadata | Unset): Metadata to filter by. Exact match filter for each KV pair.
        graph_id (AssistantSearchRequestGraphId | Unset): The ID of the graph to filter by. The graph ID is normally set
            in your langgraph.json configuration.
        name (str | Unset): Name of the assistant to filter by. The filtering logic will match (case insensitive)
            assistants where 'name' is a substring of the assistant name.
        limit (int | Unset): The maximum number of results to return. Default: 10.
        offset (int | Unset): The number of results to skip. Default: 0.
        sort_by (AssistantSearchRequestSortBy | Unset): The field to sort by.
        sort_order (AssistantSearchRequestSortOrder | Unset): The order to sort by.
        select (list[AssistantSearchRequestSelectItem] | Unset): Specify which fields to return. If not provided, all
            fields are returned.
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

    metadata: AssistantSearchRequestMetadata | Unset = UNSET
    graph_id: AssistantSearchRequestGraphId | Unset = UNSET
    name: str | Unset = UNSET
    limit: int | Unset = 10
    offset: int | Unset = 0
    sort_by: AssistantSearchRequestSortBy | Unset = UNSET
    sort_order: AssistantSearchRequestSortOrder | Unset = UNSET
    select: list[AssistantSearchRequestSelectItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        graph_id: str | Unset = UNSET
        if not isinstance(self.graph_id, Unset):
            graph_id = self.graph_id.value

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
        from ..models.assistant_search_request_metadata import AssistantSearchRequestMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: AssistantSearchRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AssistantSearchRequestMetadata.from_dict(_metadata)

        _graph_id = d.pop("graph_id", UNSET)
        graph_id: AssistantSearchRequestGraphId | Unset
        if isinstance(_graph_id, Unset):
            graph_id = UNSET
        else:
            graph_id = AssistantSearchRequestGraphId(_graph_id)

        name = d.pop("name", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _sort_by = d.pop("sort_by", UNSET)
        sort_by: AssistantSearchRequestSortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = AssistantSearchRequestSortBy(_sort_by)

        _sort_order = d.pop("sort_order", UNSET)
        sort_order: AssistantSearchRequestSortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = AssistantSearchRequestSortOrder(_sort_order)

        _select = d.pop("select", UNSET)
        select: list[AssistantSearchRequestSelectItem] | Unset = UNSET
        if _select is not UNSET:
            select = []
            for select_item_data in _select:
                select_item = AssistantSearchRequestSelectItem(select_item_data)

                select.append(select_item)

        assistant_search_request = cls(
            metadata=metadata,
            graph_id=graph_id,
            name=name,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            sort_order=sort_order,
            select=select,
        )

        assistant_search_request.additional_properties = d
        return assistant_search_request

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.assistant_count_request_metadata import AssistantCountRequestMetadata


T = TypeVar("T", bound="AssistantCountRequest")


@_attrs_define
class AssistantCountRequest(WireMapping):
    """Payload for counting assistants.

    Attributes:
        metadata (AssistantCountRequestMetadata | Unset): Metadata to filter by. Exact match filter for each KV pair.
        graph_id (str | Unset): The ID of the graph to filter by. The graph ID is normally set in your langgraph.json
            configuration.
        name (str | Unset): Name of the assistant to filter by. The filtering logic will match (case insensitive)
            assistants where 'name' is a substring of the assistant name.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "metadata": "metadata",
        "graph_id": "graph_id",
        "name": "name",
    }

    metadata: AssistantCountRequestMetadata | Unset = UNSET
    graph_id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        graph_id = self.graph_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if graph_id is not UNSET:
            field_dict["graph_id"] = graph_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistant_count_request_metadata import AssistantCountRequestMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: AssistantCountRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AssistantCountRequestMetadata.from_dict(_metadata)

        graph_id = d.pop("graph_id", UNSET)

        name = d.pop("name", UNSET)

        assistant_count_request = cls(
            metadata=metadata,
            graph_id=graph_id,
            name=name,
        )

        assistant_count_request.additional_properties = d
        return assistant_count_request

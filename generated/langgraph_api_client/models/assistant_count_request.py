from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AssistantCountRequest")


@_attrs_define
class AssistantCountRequest(WireMapping):
    """Body of count_assistants.

    Attributes:
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
        graph_id (str | Unset): Only assistants of this graph.
        name (str | Unset): Only assistants whose name contains this text (case-insensitive).
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "metadata": "metadata",
        "graph_id": "graph_id",
        "name": "name",
    }

    metadata: Metadata | Unset = UNSET
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
        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        graph_id = d.pop("graph_id", UNSET)

        name = d.pop("name", UNSET)

        assistant_count_request = cls(
            metadata=metadata,
            graph_id=graph_id,
            name=name,
        )

        assistant_count_request.additional_properties = d
        return assistant_count_request


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.metadata import Metadata  # noqa: E402

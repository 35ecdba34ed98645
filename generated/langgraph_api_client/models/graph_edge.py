from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="GraphEdge")


@_attrs_define
class GraphEdge(WireMapping):
    """An edge of a graph drawing.

    Attributes:
        source (str): The id of the node the edge leaves.
        target (str): The id of the node the edge enters.
        data (Any | Unset): The edge's label (any JSON).
        conditional (bool | Unset): Whether the edge is taken only on a condition.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "source": "source",
        "target": "target",
        "data": "data",
        "conditional": "conditional",
    }

    source: str
    target: str
    data: Any | Unset = UNSET
    conditional: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        target = self.target

        data = self.data

        conditional = self.conditional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if conditional is not UNSET:
            field_dict["conditional"] = conditional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        target = d.pop("target")

        data = d.pop("data", UNSET)

        conditional = d.pop("conditional", UNSET)

        graph_edge = cls(
            source=source,
            target=target,
            data=data,
            conditional=conditional,
        )

        graph_edge.additional_properties = d
        return graph_edge

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="GraphDrawing")


@_attrs_define
class GraphDrawing(WireMapping):
    """The nodes and edges of a graph, for drawing it.

    Attributes:
        nodes (list[GraphNode]):
        edges (list[GraphEdge]):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "nodes": "nodes",
        "edges": "edges",
    }

    nodes: list[GraphNode]
    edges: list[GraphEdge]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        edges = []
        for edges_item_data in self.edges:
            edges_item = edges_item_data.to_dict()
            edges.append(edges_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodes": nodes,
                "edges": edges,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:
            nodes_item = GraphNode.from_dict(nodes_item_data)

            nodes.append(nodes_item)

        edges = []
        _edges = d.pop("edges")
        for edges_item_data in _edges:
            edges_item = GraphEdge.from_dict(edges_item_data)

            edges.append(edges_item)

        graph_drawing = cls(
            nodes=nodes,
            edges=edges,
        )

        graph_drawing.additional_properties = d
        return graph_drawing


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.graph_edge import GraphEdge  # noqa: E402
from ..models.graph_node import GraphNode  # noqa: E402

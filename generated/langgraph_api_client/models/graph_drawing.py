from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="GraphDrawing")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        graph_drawing = cls.__new__(cls)
        graph_drawing._raw = d
        return graph_drawing


_REQUIRED = frozenset(
    {
        "nodes",
        "edges",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_nodes(d: dict[str, Any]) -> list[GraphNode]:
    nodes = []
    _nodes = d["nodes"]
    for nodes_item_data in _nodes:
        nodes_item = GraphNode.from_dict(nodes_item_data)

        nodes.append(nodes_item)

    return nodes


def _decode_edges(d: dict[str, Any]) -> list[GraphEdge]:
    edges = []
    _edges = d["edges"]
    for edges_item_data in _edges:
        edges_item = GraphEdge.from_dict(edges_item_data)

        edges.append(edges_item)

    return edges


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GraphDrawing._wire_names}


GraphDrawing._decoders = {
    "nodes": _decode_nodes,
    "edges": _decode_edges,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.graph_edge import GraphEdge  # noqa: E402
from ..models.graph_node import GraphNode  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire


class GraphDrawing(WireDict):
    """The nodes and edges of a graph, for drawing it.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        nodes (list[GraphNode]):
        edges (list[GraphEdge]):
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "nodes": "nodes",
        "edges": "edges",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "nodes",
            "edges",
        }
    )
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "nodes",
            "edges",
        }
    )

    def __init__(
        self,
        *,
        nodes: list[GraphNode],
        edges: list[GraphEdge],
        **additional_properties: Any,
    ) -> None:
        """A GraphDrawing built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "nodes": to_wire(nodes),
            "edges": to_wire(edges),
        }
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def nodes(self) -> list[GraphNode]:
        """The `nodes` field."""
        try:
            read = _decode_nodes(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "nodes", exc) from exc
        return read

    @property
    def edges(self) -> list[GraphEdge]:
        """The `edges` field."""
        try:
            read = _decode_edges(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "edges", exc) from exc
        return read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(GraphDrawing._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
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
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.graph_edge import GraphEdge  # noqa: E402
from ..models.graph_node import GraphNode  # noqa: E402

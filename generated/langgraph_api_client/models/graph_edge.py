from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="GraphEdge")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        graph_edge = cls.__new__(cls)
        graph_edge._raw = d
        return graph_edge


_REQUIRED = frozenset(
    {
        "source",
        "target",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_source(d: dict[str, Any]) -> str:
    source: str = d["source"]
    return source


def _decode_target(d: dict[str, Any]) -> str:
    target: str = d["target"]
    return target


def _decode_data(d: dict[str, Any]) -> Any | Unset:
    data: Any | Unset = d.get("data", UNSET)
    return data


def _decode_conditional(d: dict[str, Any]) -> bool | Unset:
    conditional: bool | Unset = d.get("conditional", UNSET)
    return conditional


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GraphEdge._wire_names}


GraphEdge._decoders = {
    "source": _decode_source,
    "target": _decode_target,
    "data": _decode_data,
    "conditional": _decode_conditional,
    "additional_properties": _decode_additional_properties,
}

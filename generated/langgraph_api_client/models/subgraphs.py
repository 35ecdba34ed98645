from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="Subgraphs")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class Subgraphs(WireMapping):
    """Subgraph schemas by namespace."""

    _wire_names: ClassVar[Mapping[str, str]] = {}

    additional_properties: dict[str, GraphSchemaNoId] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        subgraphs = cls.__new__(cls)
        subgraphs._raw = d
        return subgraphs


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_additional_properties(d: dict[str, Any]) -> dict[str, GraphSchemaNoId]:
    additional_properties: dict[str, GraphSchemaNoId] = {}
    for prop_name, prop_dict in d.items():
        additional_property = GraphSchemaNoId.from_dict(prop_dict)

        additional_properties[prop_name] = additional_property
    return additional_properties


Subgraphs._decoders = {
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.graph_schema_no_id import GraphSchemaNoId  # noqa: E402

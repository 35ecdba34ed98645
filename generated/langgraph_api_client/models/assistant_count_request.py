from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AssistantCountRequest")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        assistant_count_request = cls.__new__(cls)
        assistant_count_request._raw = d
        return assistant_count_request


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


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AssistantCountRequest._wire_names}


AssistantCountRequest._decoders = {
    "metadata": _decode_metadata,
    "graph_id": _decode_graph_id,
    "name": _decode_name,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.metadata import Metadata  # noqa: E402

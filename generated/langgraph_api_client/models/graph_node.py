from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="GraphNode")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class GraphNode(WireMapping):
    """A node of a graph drawing.

    Attributes:
        id (str): The node's id.
        type_ (str | Unset): The node's kind, such as `runnable` or `schema`.
        data (Any | Unset): What the node runs (any JSON).
        metadata (JsonObject | None | Unset):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "type": "type_",
        "data": "data",
        "metadata": "metadata",
    }

    id: str
    type_: str | Unset = UNSET
    data: Any | Unset = UNSET
    metadata: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        data = self.data

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, JsonObject):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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
        graph_node = cls.__new__(cls)
        graph_node._raw = d
        return graph_node


_REQUIRED = frozenset(
    {
        "id",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_id(d: dict[str, Any]) -> str:
    id: str = d["id"]
    return id


def _decode_type_(d: dict[str, Any]) -> str | Unset:
    type_: str | Unset = d.get("type", UNSET)
    return type_


def _decode_data(d: dict[str, Any]) -> Any | Unset:
    data: Any | Unset = d.get("data", UNSET)
    return data


def _decode_metadata(d: dict[str, Any]) -> JsonObject | None | Unset:
    def _parse_metadata(data: object) -> JsonObject | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            metadata_type_0 = JsonObject.from_dict(data)

            return metadata_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None | Unset, data)

    metadata = _parse_metadata(d.get("metadata", UNSET))

    return metadata


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GraphNode._wire_names}


GraphNode._decoders = {
    "id": _decode_id,
    "type_": _decode_type_,
    "data": _decode_data,
    "metadata": _decode_metadata,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProtocolEventParams")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ProtocolEventParams(WireMapping):
    """The body of a protocol event.

    Attributes:
        namespace (list[str]): A path in the agent tree, one label per nested subgraph; empty for the root.
        data (Any): The channel's payload (any JSON).
        timestamp (int | Unset): Milliseconds since the Unix epoch (the protocol does not require it).
        node (str | Unset): The node that produced the event.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "namespace": "namespace",
        "data": "data",
        "timestamp": "timestamp",
        "node": "node",
    }

    namespace: list[str]
    data: Any
    timestamp: int | Unset = UNSET
    node: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        data = self.data

        timestamp = self.timestamp

        node = self.node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "data": data,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if node is not UNSET:
            field_dict["node"] = node

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
        protocol_event_params = cls.__new__(cls)
        protocol_event_params._raw = d
        return protocol_event_params


_REQUIRED = frozenset(
    {
        "namespace",
        "data",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_namespace(d: dict[str, Any]) -> list[str]:
    namespace: list[str] = d["namespace"]

    return namespace


def _decode_data(d: dict[str, Any]) -> Any:
    data: Any = d["data"]
    return data


def _decode_timestamp(d: dict[str, Any]) -> int | Unset:
    timestamp: int | Unset = d.get("timestamp", UNSET)
    return timestamp


def _decode_node(d: dict[str, Any]) -> str | Unset:
    node: str | Unset = d.get("node", UNSET)
    return node


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ProtocolEventParams._wire_names}


ProtocolEventParams._decoders = {
    "namespace": _decode_namespace,
    "data": _decode_data,
    "timestamp": _decode_timestamp,
    "node": _decode_node,
    "additional_properties": _decode_additional_properties,
}

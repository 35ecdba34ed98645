from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProtocolEventParams")


@_attrs_define
class ProtocolEventParams(WireMapping):
    """The body of a protocol event.

    Attributes:
        namespace (list[str]): A path in the agent tree, one label per nested subgraph; empty for the root.
        timestamp (int): Milliseconds since the Unix epoch.
        data (Any): The channel's payload (any JSON).
        node (str | Unset): The node that produced the event.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "namespace": "namespace",
        "timestamp": "timestamp",
        "data": "data",
        "node": "node",
    }

    namespace: list[str]
    timestamp: int
    data: Any
    node: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        timestamp = self.timestamp

        data = self.data

        node = self.node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "timestamp": timestamp,
                "data": data,
            }
        )
        if node is not UNSET:
            field_dict["node"] = node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        namespace: list[str] = d.pop("namespace")

        timestamp = d.pop("timestamp")

        data = d.pop("data")

        node = d.pop("node", UNSET)

        protocol_event_params = cls(
            namespace=namespace,
            timestamp=timestamp,
            data=data,
            node=node,
        )

        protocol_event_params.additional_properties = d
        return protocol_event_params

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="Send")


@_attrs_define
class Send(WireMapping):
    """Sends an input to one node, as a step of its own.

    Attributes:
        node (str): The node to run.
        input_ (Any): The input for that node (any JSON).
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "node": "node",
        "input": "input_",
    }

    node: str
    input_: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node = self.node

        input_ = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node": node,
                "input": input_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node = d.pop("node")

        input_ = d.pop("input")

        send = cls(
            node=node,
            input_=input_,
        )

        send.additional_properties = d
        return send

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="Send")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        send = cls.__new__(cls)
        send._raw = d
        return send


_REQUIRED = frozenset(
    {
        "node",
        "input",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_node(d: dict[str, Any]) -> str:
    node: str = d["node"]
    return node


def _decode_input_(d: dict[str, Any]) -> Any:
    input_: Any = d["input"]
    return input_


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Send._wire_names}


Send._decoders = {
    "node": _decode_node,
    "input_": _decode_input_,
    "additional_properties": _decode_additional_properties,
}

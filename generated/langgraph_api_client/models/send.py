from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire


class Send(WireDict):
    """Sends an input to one node, as a step of its own.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        node (str): The node to run.
        input_ (Any): The input for that node (any JSON).
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "node": "node",
        "input": "input_",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "node",
            "input",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "node": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "node",
        }
    )

    def __init__(
        self,
        *,
        node: str,
        input_: Any,
        **additional_properties: Any,
    ) -> None:
        """A Send built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "node": to_wire(node),
            "input": to_wire(input_),
        }
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def node(self) -> str:
        """The node to run."""
        value = self.get("node")
        if type(value) is str:
            return value
        try:
            read = _decode_node(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "node", exc) from exc
        return read

    @property
    def input_(self) -> Any:
        """The input for that node (any JSON)."""
        try:
            read = _decode_input_(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "input", exc) from exc
        return read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(Send._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_node(d: dict[str, Any]) -> str:
    node: str = d["node"]
    if not isinstance(node, str):
        raise TypeError(f"not a string: {type(node).__name__}")
    return node


def _decode_input_(d: dict[str, Any]) -> Any:
    input_: Any = d["input"]
    return input_


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class GraphEdge(WireDict):
    """An edge of a graph drawing.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        source (str): The id of the node the edge leaves.
        target (str): The id of the node the edge enters.
        data (Any | None): The edge's label (any JSON).
        conditional (bool | None): Whether the edge is taken only on a condition.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "source": "source",
        "target": "target",
        "data": "data",
        "conditional": "conditional",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "source",
            "target",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "source": str,
        "target": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "source",
            "target",
            "conditional",
        }
    )

    def __init__(
        self,
        *,
        source: str,
        target: str,
        data: Any | Unset = UNSET,
        conditional: bool | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A GraphEdge built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "source": to_wire(source),
            "target": to_wire(target),
        }
        if not isinstance(data, Unset):
            fields["data"] = to_wire(data)
        if not isinstance(conditional, Unset):
            fields["conditional"] = to_wire(conditional)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def source(self) -> str:
        """The id of the node the edge leaves."""
        value = self.get("source")
        if type(value) is str:
            return value
        try:
            read = _decode_source(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "source", exc) from exc
        return read

    @property
    def target(self) -> str:
        """The id of the node the edge enters."""
        value = self.get("target")
        if type(value) is str:
            return value
        try:
            read = _decode_target(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "target", exc) from exc
        return read

    @property
    def data(self) -> Any | None:
        """The edge's label (any JSON)."""
        try:
            read = _decode_data(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "data", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def conditional(self) -> bool | None:
        """Whether the edge is taken only on a condition."""
        value = self.get("conditional")
        if type(value) is bool or value is None:
            return value
        try:
            read = _decode_conditional(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "conditional", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(GraphEdge._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_source(d: dict[str, Any]) -> str:
    source: str = d["source"]
    if not isinstance(source, str):
        raise TypeError(f"not a string: {type(source).__name__}")
    return source


def _decode_target(d: dict[str, Any]) -> str:
    target: str = d["target"]
    if not isinstance(target, str):
        raise TypeError(f"not a string: {type(target).__name__}")
    return target


def _decode_data(d: dict[str, Any]) -> Any | Unset:
    data: Any | Unset = d.get("data", UNSET)
    return data


def _decode_conditional(d: dict[str, Any]) -> bool | Unset:
    conditional: bool | Unset = d.get("conditional", UNSET)
    if not isinstance(conditional, bool | Unset):
        raise TypeError(f"not a boolean: {type(conditional).__name__}")
    return conditional


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire
from ..types import list_of as _list_of


class ProtocolEventParams(WireDict):
    """The body of a protocol event.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        namespace (list[str]): A path in the agent tree, one label per nested subgraph; empty for the root.
        data (Any): The channel's payload (any JSON).
        timestamp (int | None): Milliseconds since the Unix epoch (the protocol does not require it).
        node (str | None): The node that produced the event.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "namespace": "namespace",
        "data": "data",
        "timestamp": "timestamp",
        "node": "node",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "namespace",
            "data",
        }
    )
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "timestamp",
            "node",
        }
    )

    def __init__(
        self,
        *,
        namespace: list[str],
        data: Any,
        timestamp: int | Unset = UNSET,
        node: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolEventParams built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "namespace": to_wire(namespace),
            "data": to_wire(data),
        }
        if not isinstance(timestamp, Unset):
            fields["timestamp"] = to_wire(timestamp)
        if not isinstance(node, Unset):
            fields["node"] = to_wire(node)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def namespace(self) -> list[str]:
        """A path in the agent tree, one label per nested subgraph; empty for the root."""
        try:
            read = _decode_namespace(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "namespace", exc) from exc
        return read

    @property
    def data(self) -> Any:
        """The channel's payload (any JSON)."""
        try:
            read = _decode_data(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "data", exc) from exc
        return read

    @property
    def timestamp(self) -> int | None:
        """Milliseconds since the Unix epoch (the protocol does not require it)."""
        value = self.get("timestamp")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_timestamp(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "timestamp", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def node(self) -> str | None:
        """The node that produced the event."""
        value = self.get("node")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_node(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "node", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolEventParams._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_namespace(d: dict[str, Any]) -> list[str]:
    namespace: list[str] = _list_of(d["namespace"], str)

    return namespace


def _decode_data(d: dict[str, Any]) -> Any:
    data: Any = d["data"]
    return data


def _decode_timestamp(d: dict[str, Any]) -> int | Unset:
    timestamp: int | Unset = d.get("timestamp", UNSET)
    if not isinstance(timestamp, int | Unset) or isinstance(timestamp, bool):
        raise TypeError(f"not an integer: {type(timestamp).__name__}")
    return timestamp


def _decode_node(d: dict[str, Any]) -> str | Unset:
    node: str | Unset = d.get("node", UNSET)
    if not isinstance(node, str | Unset):
        raise TypeError(f"not a string: {type(node).__name__}")
    return node


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolCustomData(WireDict):
    """The data of a `custom` event.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        name (str | None): The named channel (`custom:<name>`) it was written to; absent for plain `custom`.
        payload (Any | None): What the graph wrote.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "payload": "payload",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
        }
    )

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        payload: Any | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolCustomData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        if not isinstance(name, Unset):
            fields["name"] = to_wire(name)
        if not isinstance(payload, Unset):
            fields["payload"] = to_wire(payload)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def name(self) -> str | None:
        """The named channel (`custom:<name>`) it was written to; absent for plain `custom`."""
        value = self.get("name")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_name(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "name", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def payload(self) -> Any | None:
        """What the graph wrote."""
        try:
            read = _decode_payload(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "payload", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolCustomData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_name(d: dict[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    if not isinstance(name, str | Unset):
        raise TypeError(f"not a string: {type(name).__name__}")
    return name


def _decode_payload(d: dict[str, Any]) -> Any | Unset:
    payload: Any | Unset = d.get("payload", UNSET)
    return payload


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

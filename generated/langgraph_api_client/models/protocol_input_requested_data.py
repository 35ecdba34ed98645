from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolInputRequestedData(WireDict):
    """The data of an `input.requested` event.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        interrupt_id (str): The interrupt's id (answer it with the `input.respond` command).
        payload (Any | None): The value the graph interrupted with.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "interrupt_id": "interrupt_id",
        "payload": "payload",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "interrupt_id",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "interrupt_id": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "interrupt_id",
        }
    )

    def __init__(
        self,
        *,
        interrupt_id: str,
        payload: Any | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolInputRequestedData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "interrupt_id": to_wire(interrupt_id),
        }
        if not isinstance(payload, Unset):
            fields["payload"] = to_wire(payload)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def interrupt_id(self) -> str:
        """The interrupt's id (answer it with the `input.respond` command)."""
        value = self.get("interrupt_id")
        if type(value) is str:
            return value
        try:
            read = _decode_interrupt_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "interrupt_id", exc) from exc
        return read

    @property
    def payload(self) -> Any | None:
        """The value the graph interrupted with."""
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


_DECLARED = frozenset(ProtocolInputRequestedData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_interrupt_id(d: dict[str, Any]) -> str:
    interrupt_id: str = d["interrupt_id"]
    if not isinstance(interrupt_id, str):
        raise TypeError(f"not a string: {type(interrupt_id).__name__}")
    return interrupt_id


def _decode_payload(d: dict[str, Any]) -> Any | Unset:
    payload: Any | Unset = d.get("payload", UNSET)
    return payload


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

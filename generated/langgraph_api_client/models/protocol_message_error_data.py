from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolMessageErrorData(WireDict):
    """The chat message failed.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        event (Literal['error']):
        message (str): What went wrong.
        code (str | None): An error code.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event": "event",
        "message": "message",
        "code": "code",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "message",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "message": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "message",
            "code",
        }
    )
    _constants: ClassVar[Mapping[str, Any]] = {
        "event": "error",
    }

    def __init__(
        self,
        *,
        event: Literal["error"],
        message: str,
        code: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolMessageErrorData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "event": to_wire(event),
            "message": to_wire(message),
        }
        if not isinstance(code, Unset):
            fields["code"] = to_wire(code)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def event(self) -> Literal["error"]:
        """The `event` field."""
        try:
            read = _decode_event(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "event", exc) from exc
        return read

    @property
    def message(self) -> str:
        """What went wrong."""
        value = self.get("message")
        if type(value) is str:
            return value
        try:
            read = _decode_message(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "message", exc) from exc
        return read

    @property
    def code(self) -> str | None:
        """An error code."""
        value = self.get("code")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_code(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "code", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolMessageErrorData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_event(d: dict[str, Any]) -> Literal["error"]:
    event = cast(Literal["error"], d["event"])
    if event != "error":
        raise ValueError(f"event must match const 'error', got '{event}'")
    return event


def _decode_message(d: dict[str, Any]) -> str:
    message: str = d["message"]
    if not isinstance(message, str):
        raise TypeError(f"not a string: {type(message).__name__}")
    return message


def _decode_code(d: dict[str, Any]) -> str | Unset:
    code: str | Unset = d.get("code", UNSET)
    if not isinstance(code, str | Unset):
        raise TypeError(f"not a string: {type(code).__name__}")
    return code


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

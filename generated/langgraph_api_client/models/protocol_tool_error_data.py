from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolToolErrorData(WireDict):
    """A tool call failed.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        event (Literal['tool-error']):
        tool_call_id (str): The id of the tool call.
        message (str): What went wrong.
        code (str | None): An error code.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event": "event",
        "tool_call_id": "tool_call_id",
        "message": "message",
        "code": "code",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "tool_call_id",
            "message",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "tool_call_id": str,
        "message": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "tool_call_id",
            "message",
            "code",
        }
    )
    _constants: ClassVar[Mapping[str, Any]] = {
        "event": "tool-error",
    }

    def __init__(
        self,
        *,
        event: Literal["tool-error"],
        tool_call_id: str,
        message: str,
        code: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolToolErrorData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "event": to_wire(event),
            "tool_call_id": to_wire(tool_call_id),
            "message": to_wire(message),
        }
        if not isinstance(code, Unset):
            fields["code"] = to_wire(code)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def event(self) -> Literal["tool-error"]:
        """The `event` field."""
        try:
            read = _decode_event(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "event", exc) from exc
        return read

    @property
    def tool_call_id(self) -> str:
        """The id of the tool call."""
        value = self.get("tool_call_id")
        if type(value) is str:
            return value
        try:
            read = _decode_tool_call_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "tool_call_id", exc) from exc
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


_DECLARED = frozenset(ProtocolToolErrorData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_event(d: dict[str, Any]) -> Literal["tool-error"]:
    event = cast(Literal["tool-error"], d["event"])
    if event != "tool-error":
        raise ValueError(f"event must match const 'tool-error', got '{event}'")
    return event


def _decode_tool_call_id(d: dict[str, Any]) -> str:
    tool_call_id: str = d["tool_call_id"]
    if not isinstance(tool_call_id, str):
        raise TypeError(f"not a string: {type(tool_call_id).__name__}")
    return tool_call_id


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

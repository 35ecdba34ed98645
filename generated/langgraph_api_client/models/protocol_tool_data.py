from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolToolData(WireDict):
    """The data of a `tools` event, by `event`: `tool-started` (`tool_name`, `input`), `tool-output-delta` (`delta`),
    `tool-finished` (`output`), `tool-error` (`message`, `code`).

        A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
        its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
        as documented (or a required field is missing); an optional field that is missing reads as None.

        Attributes:
            event (str): The step: tool-started, tool-output-delta, tool-finished or tool-error.
            tool_call_id (str): The id of the tool call
            tool_name (str | None): The tool's name (tool-started).
            input_ (Any | None): The tool's arguments (tool-started).
            delta (str | None): A piece of the tool's output (tool-output-delta).
            output (Any | None): What the tool returned (tool-finished).
            message (str | None): What went wrong (tool-error).
            code (str | None): An error code (tool-error).
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event": "event",
        "tool_call_id": "tool_call_id",
        "tool_name": "tool_name",
        "input": "input_",
        "delta": "delta",
        "output": "output",
        "message": "message",
        "code": "code",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "tool_call_id",
        }
    )

    def __init__(
        self,
        *,
        event: str,
        tool_call_id: str,
        tool_name: str | Unset = UNSET,
        input_: Any | Unset = UNSET,
        delta: str | Unset = UNSET,
        output: Any | Unset = UNSET,
        message: str | Unset = UNSET,
        code: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolToolData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "event": to_wire(event),
            "tool_call_id": to_wire(tool_call_id),
        }
        if not isinstance(tool_name, Unset):
            fields["tool_name"] = to_wire(tool_name)
        if not isinstance(input_, Unset):
            fields["input"] = to_wire(input_)
        if not isinstance(delta, Unset):
            fields["delta"] = to_wire(delta)
        if not isinstance(output, Unset):
            fields["output"] = to_wire(output)
        if not isinstance(message, Unset):
            fields["message"] = to_wire(message)
        if not isinstance(code, Unset):
            fields["code"] = to_wire(code)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def event(self) -> str:
        """The step: tool-started, tool-output-delta, tool-finished or tool-error."""
        value = self.get("event")
        if type(value) is str:
            return value
        try:
            read = _decode_event(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "event", exc) from exc
        return read

    @property
    def tool_call_id(self) -> str:
        """The id of the tool call"""
        value = self.get("tool_call_id")
        if type(value) is str:
            return value
        try:
            read = _decode_tool_call_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "tool_call_id", exc) from exc
        return read

    @property
    def tool_name(self) -> str | None:
        """The tool's name (tool-started)."""
        value = self.get("tool_name")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_tool_name(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "tool_name", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def input_(self) -> Any | None:
        """The tool's arguments (tool-started)."""
        try:
            read = _decode_input_(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "input", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def delta(self) -> str | None:
        """A piece of the tool's output (tool-output-delta)."""
        value = self.get("delta")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_delta(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "delta", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def output(self) -> Any | None:
        """What the tool returned (tool-finished)."""
        try:
            read = _decode_output(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "output", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def message(self) -> str | None:
        """What went wrong (tool-error)."""
        value = self.get("message")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_message(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "message", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def code(self) -> str | None:
        """An error code (tool-error)."""
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


_DECLARED = frozenset(ProtocolToolData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_event(d: dict[str, Any]) -> str:
    event: str = d["event"]
    if not isinstance(event, str):
        raise TypeError(f"not a string: {type(event).__name__}")
    return event


def _decode_tool_call_id(d: dict[str, Any]) -> str:
    tool_call_id: str = d["tool_call_id"]
    if not isinstance(tool_call_id, str):
        raise TypeError(f"not a string: {type(tool_call_id).__name__}")
    return tool_call_id


def _decode_tool_name(d: dict[str, Any]) -> str | Unset:
    tool_name: str | Unset = d.get("tool_name", UNSET)
    if not isinstance(tool_name, str | Unset):
        raise TypeError(f"not a string: {type(tool_name).__name__}")
    return tool_name


def _decode_input_(d: dict[str, Any]) -> Any | Unset:
    input_: Any | Unset = d.get("input", UNSET)
    return input_


def _decode_delta(d: dict[str, Any]) -> str | Unset:
    delta: str | Unset = d.get("delta", UNSET)
    if not isinstance(delta, str | Unset):
        raise TypeError(f"not a string: {type(delta).__name__}")
    return delta


def _decode_output(d: dict[str, Any]) -> Any | Unset:
    output: Any | Unset = d.get("output", UNSET)
    return output


def _decode_message(d: dict[str, Any]) -> str | Unset:
    message: str | Unset = d.get("message", UNSET)
    if not isinstance(message, str | Unset):
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

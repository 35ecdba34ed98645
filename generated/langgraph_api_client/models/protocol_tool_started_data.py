from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolToolStartedData(WireDict):
    """A tool call starts.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        event (Literal['tool-started']):
        tool_call_id (str): The id of the tool call
        tool_name (str): The tool's name.
        input_ (Any | None): The tool's arguments.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event": "event",
        "tool_call_id": "tool_call_id",
        "tool_name": "tool_name",
        "input": "input_",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "tool_call_id",
            "tool_name",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "tool_call_id": str,
        "tool_name": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "tool_call_id",
            "tool_name",
        }
    )
    _constants: ClassVar[Mapping[str, Any]] = {
        "event": "tool-started",
    }

    def __init__(
        self,
        *,
        event: Literal["tool-started"],
        tool_call_id: str,
        tool_name: str,
        input_: Any | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolToolStartedData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "event": to_wire(event),
            "tool_call_id": to_wire(tool_call_id),
            "tool_name": to_wire(tool_name),
        }
        if not isinstance(input_, Unset):
            fields["input"] = to_wire(input_)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def event(self) -> Literal["tool-started"]:
        """The `event` field."""
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
    def tool_name(self) -> str:
        """The tool's name."""
        value = self.get("tool_name")
        if type(value) is str:
            return value
        try:
            read = _decode_tool_name(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "tool_name", exc) from exc
        return read

    @property
    def input_(self) -> Any | None:
        """The tool's arguments."""
        try:
            read = _decode_input_(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "input", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolToolStartedData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_event(d: dict[str, Any]) -> Literal["tool-started"]:
    event = cast(Literal["tool-started"], d["event"])
    if event != "tool-started":
        raise ValueError(f"event must match const 'tool-started', got '{event}'")
    return event


def _decode_tool_call_id(d: dict[str, Any]) -> str:
    tool_call_id: str = d["tool_call_id"]
    if not isinstance(tool_call_id, str):
        raise TypeError(f"not a string: {type(tool_call_id).__name__}")
    return tool_call_id


def _decode_tool_name(d: dict[str, Any]) -> str:
    tool_name: str = d["tool_name"]
    if not isinstance(tool_name, str):
        raise TypeError(f"not a string: {type(tool_name).__name__}")
    return tool_name


def _decode_input_(d: dict[str, Any]) -> Any | Unset:
    input_: Any | Unset = d.get("input", UNSET)
    return input_


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, cast

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire


class ProtocolToolOutputDeltaData(WireDict):
    """A tool call streams a piece of its output.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        event (Literal['tool-output-delta']):
        tool_call_id (str): The id of the tool call.
        delta (str): A piece of the output.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event": "event",
        "tool_call_id": "tool_call_id",
        "delta": "delta",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "tool_call_id",
            "delta",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "tool_call_id": str,
        "delta": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "tool_call_id",
            "delta",
        }
    )
    _constants: ClassVar[Mapping[str, Any]] = {
        "event": "tool-output-delta",
    }

    def __init__(
        self,
        *,
        event: Literal["tool-output-delta"],
        tool_call_id: str,
        delta: str,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolToolOutputDeltaData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "event": to_wire(event),
            "tool_call_id": to_wire(tool_call_id),
            "delta": to_wire(delta),
        }
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def event(self) -> Literal["tool-output-delta"]:
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
    def delta(self) -> str:
        """A piece of the output."""
        value = self.get("delta")
        if type(value) is str:
            return value
        try:
            read = _decode_delta(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "delta", exc) from exc
        return read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolToolOutputDeltaData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_event(d: dict[str, Any]) -> Literal["tool-output-delta"]:
    event = cast(Literal["tool-output-delta"], d["event"])
    if event != "tool-output-delta":
        raise ValueError(f"event must match const 'tool-output-delta', got '{event}'")
    return event


def _decode_tool_call_id(d: dict[str, Any]) -> str:
    tool_call_id: str = d["tool_call_id"]
    if not isinstance(tool_call_id, str):
        raise TypeError(f"not a string: {type(tool_call_id).__name__}")
    return tool_call_id


def _decode_delta(d: dict[str, Any]) -> str:
    delta: str = d["delta"]
    if not isinstance(delta, str):
        raise TypeError(f"not a string: {type(delta).__name__}")
    return delta


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

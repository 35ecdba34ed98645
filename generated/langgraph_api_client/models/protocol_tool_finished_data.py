from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolToolFinishedData(WireDict):
    """A tool call returned.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        event (Literal['tool-finished']):
        tool_call_id (str): The id of the tool call.
        output (Any | None): What the tool returned.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event": "event",
        "tool_call_id": "tool_call_id",
        "output": "output",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "tool_call_id",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "tool_call_id": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "tool_call_id",
        }
    )
    _constants: ClassVar[Mapping[str, Any]] = {
        "event": "tool-finished",
    }

    def __init__(
        self,
        *,
        event: Literal["tool-finished"],
        tool_call_id: str,
        output: Any | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolToolFinishedData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "event": to_wire(event),
            "tool_call_id": to_wire(tool_call_id),
        }
        if not isinstance(output, Unset):
            fields["output"] = to_wire(output)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def event(self) -> Literal["tool-finished"]:
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
    def output(self) -> Any | None:
        """What the tool returned."""
        try:
            read = _decode_output(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "output", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolToolFinishedData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_event(d: dict[str, Any]) -> Literal["tool-finished"]:
    event = cast(Literal["tool-finished"], d["event"])
    if event != "tool-finished":
        raise ValueError(f"event must match const 'tool-finished', got '{event}'")
    return event


def _decode_tool_call_id(d: dict[str, Any]) -> str:
    tool_call_id: str = d["tool_call_id"]
    if not isinstance(tool_call_id, str):
        raise TypeError(f"not a string: {type(tool_call_id).__name__}")
    return tool_call_id


def _decode_output(d: dict[str, Any]) -> Any | Unset:
    output: Any | Unset = d.get("output", UNSET)
    return output


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

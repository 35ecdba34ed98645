from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolMessageFinishData(WireDict):
    """The chat message is complete.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        event (Literal['message-finish']):
        usage (dict[str, Any] | None): A JSON object of any shape.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event": "event",
        "usage": "usage",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
        }
    )
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
        }
    )
    _constants: ClassVar[Mapping[str, Any]] = {
        "event": "message-finish",
    }

    def __init__(
        self,
        *,
        event: Literal["message-finish"],
        usage: JsonObject | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolMessageFinishData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "event": to_wire(event),
        }
        if not isinstance(usage, Unset):
            fields["usage"] = to_wire(usage)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def event(self) -> Literal["message-finish"]:
        """The `event` field."""
        try:
            read = _decode_event(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "event", exc) from exc
        return read

    @property
    def usage(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("usage")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("usage", _decode_usage)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolMessageFinishData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_event(d: dict[str, Any]) -> Literal["message-finish"]:
    event = cast(Literal["message-finish"], d["event"])
    if event != "message-finish":
        raise ValueError(f"event must match const 'message-finish', got '{event}'")
    return event


def _decode_usage(d: dict[str, Any]) -> JsonObject | Unset:
    _usage = d.get("usage", UNSET)
    usage: JsonObject | Unset
    if isinstance(_usage, Unset):
        usage = UNSET
    else:
        usage = JsonObject.from_dict(_usage)

    return usage


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

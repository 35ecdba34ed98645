from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, cast

from ..models.protocol_event import ProtocolEvent
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, kept, to_wire


class ProtocolCustomEvent(ProtocolEvent):
    """A `custom` event: what the graph wrote to its stream writer (`name` set for a named channel, `custom:<name>`). A
    `ProtocolEvent` whose `method` is `custom`; the client reads an event as this class when its `params.data` has this
    form, else as the plain `ProtocolEvent`.

        A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
        its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
        as documented (or a required field is missing); an optional field that is missing reads as None.

        Attributes:
            type_ (Literal['event']):
            method (Literal['custom']): The channel the event belongs to (`custom`).
            params (ProtocolCustomEventParams): The body of a `custom` event.
            event_id (str | None): The event's id, for reconnecting.
            seq (int | None): The event's position in the session.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "type": "type_",
        "method": "method",
        "params": "params",
        "event_id": "event_id",
        "seq": "seq",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "method",
            "params",
        }
    )
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "event_id",
            "seq",
            "method",
        }
    )
    _constants: ClassVar[Mapping[str, Any]] = {
        "type": "event",
        "method": "custom",
    }

    def __init__(
        self,
        *,
        type_: Literal["event"],
        method: Literal["custom"],
        params: ProtocolCustomEventParams,
        event_id: str | Unset = UNSET,
        seq: int | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolCustomEvent built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "type": to_wire(type_),
            "method": to_wire(method),
            "params": to_wire(params),
        }
        if not isinstance(event_id, Unset):
            fields["event_id"] = to_wire(event_id)
        if not isinstance(seq, Unset):
            fields["seq"] = to_wire(seq)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def type_(self) -> Literal["event"]:
        """The `type` field."""
        try:
            read = _decode_type_(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "type", exc) from exc
        return read

    @property
    def method(self) -> Literal["custom"]:
        """The channel the event belongs to (`custom`)."""
        try:
            read = _decode_method(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "method", exc) from exc
        return read

    @property
    def params(self) -> ProtocolCustomEventParams:
        """The body of a `custom` event."""
        value = self.get("params")
        if type(value) is ProtocolCustomEventParams:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "params", ProtocolCustomEventParams, value)
        return self._keep("params", _decode_params)

    @property
    def event_id(self) -> str | None:
        """The event's id, for reconnecting."""
        value = self.get("event_id")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_event_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "event_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def seq(self) -> int | None:
        """The event's position in the session."""
        value = self.get("seq")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_seq(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "seq", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolCustomEvent._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_type_(d: dict[str, Any]) -> Literal["event"]:
    type_ = cast(Literal["event"], d["type"])
    if type_ != "event":
        raise ValueError(f"type must match const 'event', got '{type_}'")
    return type_


def _decode_method(d: dict[str, Any]) -> Literal["custom"]:
    method = cast(Literal["custom"], d["method"])
    if method != "custom":
        raise ValueError(f"method must match const 'custom', got '{method}'")
    return method


def _decode_params(d: dict[str, Any]) -> ProtocolCustomEventParams:
    params = ProtocolCustomEventParams.from_dict(d["params"])

    return params


def _decode_event_id(d: dict[str, Any]) -> str | Unset:
    event_id: str | Unset = d.get("event_id", UNSET)
    if not isinstance(event_id, str | Unset):
        raise TypeError(f"not a string: {type(event_id).__name__}")
    return event_id


def _decode_seq(d: dict[str, Any]) -> int | Unset:
    seq: int | Unset = d.get("seq", UNSET)
    if not isinstance(seq, int | Unset) or isinstance(seq, bool):
        raise TypeError(f"not an integer: {type(seq).__name__}")
    return seq


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.protocol_custom_event_params import ProtocolCustomEventParams  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProtocolEvent")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ProtocolEvent(WireMapping):
    """One event of stream_thread_events: the `data` of an SSE frame whose `event` is the method and whose `id` is the
    `seq`.

        Attributes:
            type_ (Literal['event']):
            method (str): The channel the event belongs to.
            params (ProtocolEventParams): The body of a protocol event.
            event_id (str | Unset): The event's id, for reconnecting.
            seq (int | Unset): The event's position in the session.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "type": "type_",
        "method": "method",
        "params": "params",
        "event_id": "event_id",
        "seq": "seq",
    }

    type_: Literal["event"]
    method: str
    params: ProtocolEventParams
    event_id: str | Unset = UNSET
    seq: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        method = self.method

        params = self.params.to_dict()

        event_id = self.event_id

        seq = self.seq

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "method": method,
                "params": params,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if seq is not UNSET:
            field_dict["seq"] = seq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys and constant fields are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        protocol_event = cls.__new__(cls)
        type_ = cast(Literal["event"], d["type"])
        if type_ != "event":
            raise ValueError(f"type must match const 'event', got '{type_}'")
        protocol_event.type_ = type_
        protocol_event._raw = d
        return protocol_event


_REQUIRED = frozenset(
    {
        "type",
        "method",
        "params",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_method(d: dict[str, Any]) -> str:
    method: str = d["method"]
    return method


def _decode_params(d: dict[str, Any]) -> ProtocolEventParams:
    params = ProtocolEventParams.from_dict(d["params"])

    return params


def _decode_event_id(d: dict[str, Any]) -> str | Unset:
    event_id: str | Unset = d.get("event_id", UNSET)
    return event_id


def _decode_seq(d: dict[str, Any]) -> int | Unset:
    seq: int | Unset = d.get("seq", UNSET)
    return seq


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ProtocolEvent._wire_names}


ProtocolEvent._decoders = {
    "method": _decode_method,
    "params": _decode_params,
    "event_id": _decode_event_id,
    "seq": _decode_seq,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.protocol_event_params import ProtocolEventParams  # noqa: E402

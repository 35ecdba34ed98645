from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProtocolEvent")


@_attrs_define
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
        d = dict(src_dict)
        type_ = cast(Literal["event"], d.pop("type"))
        if type_ != "event":
            raise ValueError(f"type must match const 'event', got '{type_}'")

        method = d.pop("method")

        params = ProtocolEventParams.from_dict(d.pop("params"))

        event_id = d.pop("event_id", UNSET)

        seq = d.pop("seq", UNSET)

        protocol_event = cls(
            type_=type_,
            method=method,
            params=params,
            event_id=event_id,
            seq=seq,
        )

        protocol_event.additional_properties = d
        return protocol_event


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.protocol_event_params import ProtocolEventParams  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protocol_channel_name import ProtocolChannelName
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProtocolEventStreamRequest")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ProtocolEventStreamRequest(WireMapping):
    """Body of stream_thread_events.

    Attributes:
        channels (list[ProtocolChannelName | str]): The channels to receive.
        namespaces (list[list[str]] | Unset): Only events under one of these namespace prefixes; all when absent.
        depth (int | Unset): How deep below the prefixes to go; unlimited when absent.
        since (int | Unset): First replay the events with a greater `seq`.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "channels": "channels",
        "namespaces": "namespaces",
        "depth": "depth",
        "since": "since",
    }

    channels: list[ProtocolChannelName | str]
    namespaces: list[list[str]] | Unset = UNSET
    depth: int | Unset = UNSET
    since: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        channels = []
        for channels_item_data in self.channels:
            channels_item: str
            if isinstance(channels_item_data, ProtocolChannelName):
                channels_item = channels_item_data.value
            else:
                channels_item = channels_item_data
            channels.append(channels_item)

        namespaces: list[list[str]] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = []
            for namespaces_item_data in self.namespaces:
                namespaces_item = namespaces_item_data

                namespaces.append(namespaces_item)

        depth = self.depth

        since = self.since

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channels": channels,
            }
        )
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if depth is not UNSET:
            field_dict["depth"] = depth
        if since is not UNSET:
            field_dict["since"] = since

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        protocol_event_stream_request = cls.__new__(cls)
        protocol_event_stream_request._raw = d
        return protocol_event_stream_request


_REQUIRED = frozenset(
    {
        "channels",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_channels(d: dict[str, Any]) -> list[ProtocolChannelName | str]:
    channels = []
    _channels = d["channels"]
    for channels_item_data in _channels:

        def _parse_channels_item(data: object) -> ProtocolChannelName | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_protocol_channel_type_0 = ProtocolChannelName(data)

                return componentsschemas_protocol_channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProtocolChannelName | str, data)

        channels_item = _parse_channels_item(channels_item_data)

        channels.append(channels_item)

    return channels


def _decode_namespaces(d: dict[str, Any]) -> list[list[str]] | Unset:
    _namespaces = d.get("namespaces", UNSET)
    namespaces: list[list[str]] | Unset = UNSET
    if _namespaces is not UNSET:
        namespaces = []
        for namespaces_item_data in _namespaces:
            namespaces_item: list[str] = namespaces_item_data

            namespaces.append(namespaces_item)

    return namespaces


def _decode_depth(d: dict[str, Any]) -> int | Unset:
    depth: int | Unset = d.get("depth", UNSET)
    return depth


def _decode_since(d: dict[str, Any]) -> int | Unset:
    since: int | Unset = d.get("since", UNSET)
    return since


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value for key, value in d.items() if key not in ProtocolEventStreamRequest._wire_names
    }


ProtocolEventStreamRequest._decoders = {
    "channels": _decode_channels,
    "namespaces": _decode_namespaces,
    "depth": _decode_depth,
    "since": _decode_since,
    "additional_properties": _decode_additional_properties,
}

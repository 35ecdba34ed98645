from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protocol_channel_name import ProtocolChannelName
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProtocolEventStreamRequest")


@_attrs_define
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
        d = dict(src_dict)
        channels = []
        _channels = d.pop("channels")
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

        _namespaces = d.pop("namespaces", UNSET)
        namespaces: list[list[str]] | Unset = UNSET
        if _namespaces is not UNSET:
            namespaces = []
            for namespaces_item_data in _namespaces:
                namespaces_item: list[str] = namespaces_item_data

                namespaces.append(namespaces_item)

        depth = d.pop("depth", UNSET)

        since = d.pop("since", UNSET)

        protocol_event_stream_request = cls(
            channels=channels,
            namespaces=namespaces,
            depth=depth,
            since=since,
        )

        protocol_event_stream_request.additional_properties = d
        return protocol_event_stream_request

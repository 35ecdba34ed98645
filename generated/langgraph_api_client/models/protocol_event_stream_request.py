from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..models.protocol_channel_name import ProtocolChannelName
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire
from ..types import list_of as _list_of


class ProtocolEventStreamRequest(WireDict):
    """Body of stream_thread_events.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        channels (list[ProtocolChannelName | str]): The channels to receive.
        namespaces (list[list[str]] | None): Only events under one of these namespace prefixes; all when absent.
        depth (int | None): How deep below the prefixes to go; unlimited when absent.
        since (int | None): First replay the events with a greater `seq`.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "channels": "channels",
        "namespaces": "namespaces",
        "depth": "depth",
        "since": "since",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "channels",
        }
    )
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "channels",
            "namespaces",
            "depth",
            "since",
        }
    )

    def __init__(
        self,
        *,
        channels: list[ProtocolChannelName | str],
        namespaces: list[list[str]] | Unset = UNSET,
        depth: int | Unset = UNSET,
        since: int | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolEventStreamRequest built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "channels": to_wire(channels),
        }
        if not isinstance(namespaces, Unset):
            fields["namespaces"] = to_wire(namespaces)
        if not isinstance(depth, Unset):
            fields["depth"] = to_wire(depth)
        if not isinstance(since, Unset):
            fields["since"] = to_wire(since)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def channels(self) -> list[ProtocolChannelName | str]:
        """The channels to receive."""
        try:
            read = _decode_channels(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "channels", exc) from exc
        return read

    @property
    def namespaces(self) -> list[list[str]] | None:
        """Only events under one of these namespace prefixes; all when absent."""
        try:
            read = _decode_namespaces(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "namespaces", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def depth(self) -> int | None:
        """How deep below the prefixes to go; unlimited when absent."""
        value = self.get("depth")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_depth(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "depth", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def since(self) -> int | None:
        """First replay the events with a greater `seq`."""
        value = self.get("since")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_since(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "since", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolEventStreamRequest._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
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
            if not isinstance(data, (str,)):
                raise TypeError(f"not a form this field takes: {type(data).__name__}")
            return data

        channels_item = _parse_channels_item(channels_item_data)

        channels.append(channels_item)

    return channels


def _decode_namespaces(d: dict[str, Any]) -> list[list[str]] | Unset:
    _namespaces = d.get("namespaces", UNSET)
    namespaces: list[list[str]] | Unset = UNSET
    if _namespaces is not UNSET:
        namespaces = []
        for namespaces_item_data in _namespaces:
            namespaces_item: list[str] = _list_of(namespaces_item_data, str)

            namespaces.append(namespaces_item)

    return namespaces


def _decode_depth(d: dict[str, Any]) -> int | Unset:
    depth: int | Unset = d.get("depth", UNSET)
    if not isinstance(depth, int | Unset) or isinstance(depth, bool):
        raise TypeError(f"not an integer: {type(depth).__name__}")
    return depth


def _decode_since(d: dict[str, Any]) -> int | Unset:
    since: int | Unset = d.get("since", UNSET)
    if not isinstance(since, int | Unset) or isinstance(since, bool):
        raise TypeError(f"not an integer: {type(since).__name__}")
    return since


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

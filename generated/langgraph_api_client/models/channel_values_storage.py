from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, FieldValueError, WireDict, kept, to_wire


class ChannelValuesStorage(WireDict):
    """Stored channel values, in total and by channel.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        count (int):
        bytes_ (int):
        by_channel (ChannelStorageByName): Stored values by channel name.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "count": "count",
        "bytes": "bytes_",
        "by_channel": "by_channel",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "count",
            "bytes",
            "by_channel",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "count": int,
        "bytes": int,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "count",
            "bytes",
        }
    )

    def __init__(
        self,
        *,
        count: int,
        bytes_: int,
        by_channel: ChannelStorageByName,
        **additional_properties: Any,
    ) -> None:
        """A ChannelValuesStorage built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "count": to_wire(count),
            "bytes": to_wire(bytes_),
            "by_channel": to_wire(by_channel),
        }
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def count(self) -> int:
        """The `count` field."""
        value = self.get("count")
        if type(value) is int:
            return value
        try:
            read = _decode_count(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "count", exc) from exc
        return read

    @property
    def bytes_(self) -> int:
        """The `bytes` field."""
        value = self.get("bytes")
        if type(value) is int:
            return value
        try:
            read = _decode_bytes_(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "bytes", exc) from exc
        return read

    @property
    def by_channel(self) -> ChannelStorageByName:
        """Stored values by channel name."""
        value = self.get("by_channel")
        if type(value) is ChannelStorageByName:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "by_channel", ChannelStorageByName, value)
        return self._keep("by_channel", _decode_by_channel)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ChannelValuesStorage._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_count(d: dict[str, Any]) -> int:
    count: int = d["count"]
    if not isinstance(count, int) or isinstance(count, bool):
        raise TypeError(f"not an integer: {type(count).__name__}")
    return count


def _decode_bytes_(d: dict[str, Any]) -> int:
    bytes_: int = d["bytes"]
    if not isinstance(bytes_, int) or isinstance(bytes_, bool):
        raise TypeError(f"not an integer: {type(bytes_).__name__}")
    return bytes_


def _decode_by_channel(d: dict[str, Any]) -> ChannelStorageByName:
    by_channel = ChannelStorageByName.from_dict(d["by_channel"])

    return by_channel


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.channel_storage_by_name import ChannelStorageByName  # noqa: E402

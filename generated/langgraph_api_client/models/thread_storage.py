from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from ..types import READ_ERRORS, FieldValueError, WireDict, kept, parse_uuid, to_wire


class ThreadStorage(WireDict):
    """Rows and bytes a thread occupies in the checkpointer.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        thread_id (UUID):
        total_bytes (int): The sum of the three parts.
        checkpoints (StorageCount): A number of rows and their size.
        channel_values (ChannelValuesStorage): Stored channel values, in total and by channel.
        pending_writes (StorageCount): A number of rows and their size.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "thread_id": "thread_id",
        "total_bytes": "total_bytes",
        "checkpoints": "checkpoints",
        "channel_values": "channel_values",
        "pending_writes": "pending_writes",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "thread_id",
            "total_bytes",
            "checkpoints",
            "channel_values",
            "pending_writes",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "total_bytes": int,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "thread_id",
            "total_bytes",
        }
    )

    def __init__(
        self,
        *,
        thread_id: UUID | str,
        total_bytes: int,
        checkpoints: StorageCount,
        channel_values: ChannelValuesStorage,
        pending_writes: StorageCount,
        **additional_properties: Any,
    ) -> None:
        """A ThreadStorage built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "thread_id": to_wire(thread_id),
            "total_bytes": to_wire(total_bytes),
            "checkpoints": to_wire(checkpoints),
            "channel_values": to_wire(channel_values),
            "pending_writes": to_wire(pending_writes),
        }
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def thread_id(self) -> UUID:
        """The `thread_id` field."""
        value = self.get("thread_id")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return parse_uuid(value)
            except ValueError:
                pass
        try:
            read = _decode_thread_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "thread_id", exc) from exc
        return read

    @property
    def total_bytes(self) -> int:
        """The sum of the three parts."""
        value = self.get("total_bytes")
        if type(value) is int:
            return value
        try:
            read = _decode_total_bytes(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "total_bytes", exc) from exc
        return read

    @property
    def checkpoints(self) -> StorageCount:
        """A number of rows and their size."""
        value = self.get("checkpoints")
        if type(value) is StorageCount:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "checkpoints", StorageCount, value)
        return self._keep("checkpoints", _decode_checkpoints)

    @property
    def channel_values(self) -> ChannelValuesStorage:
        """Stored channel values, in total and by channel."""
        value = self.get("channel_values")
        if type(value) is ChannelValuesStorage:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "channel_values", ChannelValuesStorage, value)
        return self._keep("channel_values", _decode_channel_values)

    @property
    def pending_writes(self) -> StorageCount:
        """A number of rows and their size."""
        value = self.get("pending_writes")
        if type(value) is StorageCount:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "pending_writes", StorageCount, value)
        return self._keep("pending_writes", _decode_pending_writes)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadStorage._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_thread_id(d: dict[str, Any]) -> UUID:
    thread_id = parse_uuid(d["thread_id"])

    return thread_id


def _decode_total_bytes(d: dict[str, Any]) -> int:
    total_bytes: int = d["total_bytes"]
    if not isinstance(total_bytes, int) or isinstance(total_bytes, bool):
        raise TypeError(f"not an integer: {type(total_bytes).__name__}")
    return total_bytes


def _decode_checkpoints(d: dict[str, Any]) -> StorageCount:
    checkpoints = StorageCount.from_dict(d["checkpoints"])

    return checkpoints


def _decode_channel_values(d: dict[str, Any]) -> ChannelValuesStorage:
    channel_values = ChannelValuesStorage.from_dict(d["channel_values"])

    return channel_values


def _decode_pending_writes(d: dict[str, Any]) -> StorageCount:
    pending_writes = StorageCount.from_dict(d["pending_writes"])

    return pending_writes


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.channel_values_storage import ChannelValuesStorage  # noqa: E402
from ..models.storage_count import StorageCount  # noqa: E402

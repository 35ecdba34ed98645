from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ThreadStorage")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ThreadStorage(WireMapping):
    """Rows and bytes a thread occupies in the checkpointer.

    Attributes:
        thread_id (UUID):
        total_bytes (int): The sum of the three parts.
        checkpoints (StorageCount): A number of rows and their size.
        channel_values (ChannelValuesStorage): Stored channel values, in total and by channel.
        pending_writes (StorageCount): A number of rows and their size.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "thread_id": "thread_id",
        "total_bytes": "total_bytes",
        "checkpoints": "checkpoints",
        "channel_values": "channel_values",
        "pending_writes": "pending_writes",
    }

    thread_id: UUID
    total_bytes: int
    checkpoints: StorageCount
    channel_values: ChannelValuesStorage
    pending_writes: StorageCount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        thread_id = str(self.thread_id)

        total_bytes = self.total_bytes

        checkpoints = self.checkpoints.to_dict()

        channel_values = self.channel_values.to_dict()

        pending_writes = self.pending_writes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thread_id": thread_id,
                "total_bytes": total_bytes,
                "checkpoints": checkpoints,
                "channel_values": channel_values,
                "pending_writes": pending_writes,
            }
        )

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
        thread_storage = cls.__new__(cls)
        thread_storage._raw = d
        return thread_storage


_REQUIRED = frozenset(
    {
        "thread_id",
        "total_bytes",
        "checkpoints",
        "channel_values",
        "pending_writes",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_thread_id(d: dict[str, Any]) -> UUID:
    thread_id = UUID(d["thread_id"])

    return thread_id


def _decode_total_bytes(d: dict[str, Any]) -> int:
    total_bytes: int = d["total_bytes"]
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
    return {key: value for key, value in d.items() if key not in ThreadStorage._wire_names}


ThreadStorage._decoders = {
    "thread_id": _decode_thread_id,
    "total_bytes": _decode_total_bytes,
    "checkpoints": _decode_checkpoints,
    "channel_values": _decode_channel_values,
    "pending_writes": _decode_pending_writes,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.channel_values_storage import ChannelValuesStorage  # noqa: E402
from ..models.storage_count import StorageCount  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ThreadStorage")


@_attrs_define
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
        d = dict(src_dict)
        thread_id = UUID(d.pop("thread_id"))

        total_bytes = d.pop("total_bytes")

        checkpoints = StorageCount.from_dict(d.pop("checkpoints"))

        channel_values = ChannelValuesStorage.from_dict(d.pop("channel_values"))

        pending_writes = StorageCount.from_dict(d.pop("pending_writes"))

        thread_storage = cls(
            thread_id=thread_id,
            total_bytes=total_bytes,
            checkpoints=checkpoints,
            channel_values=channel_values,
            pending_writes=pending_writes,
        )

        thread_storage.additional_properties = d
        return thread_storage


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.channel_values_storage import ChannelValuesStorage  # noqa: E402
from ..models.storage_count import StorageCount  # noqa: E402

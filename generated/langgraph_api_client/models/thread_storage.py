from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.thread_storage_channel_values import ThreadStorageChannelValues
    from ..models.thread_storage_checkpoints import ThreadStorageCheckpoints
    from ..models.thread_storage_pending_writes import ThreadStoragePendingWrites


T = TypeVar("T", bound="ThreadStorage")


@_attrs_define
class ThreadStorage(WireMapping):
    """Bytes a thread occupies in the checkpointer, as stored.

    Attributes:
        thread_id (UUID):
        total_bytes (int): Sum of the three sections below.
        checkpoints (ThreadStorageCheckpoints): Checkpoint rows: serialized checkpoint plus metadata.
        channel_values (ThreadStorageChannelValues): Stored channel values, one row per channel version.
        pending_writes (ThreadStoragePendingWrites): Task writes not yet folded into a checkpoint.
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
    checkpoints: ThreadStorageCheckpoints
    channel_values: ThreadStorageChannelValues
    pending_writes: ThreadStoragePendingWrites
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
        from ..models.thread_storage_channel_values import ThreadStorageChannelValues  # noqa: PLC0415
        from ..models.thread_storage_checkpoints import ThreadStorageCheckpoints  # noqa: PLC0415
        from ..models.thread_storage_pending_writes import ThreadStoragePendingWrites  # noqa: PLC0415

        d = dict(src_dict)
        thread_id = UUID(d.pop("thread_id"))

        total_bytes = d.pop("total_bytes")

        checkpoints = ThreadStorageCheckpoints.from_dict(d.pop("checkpoints"))

        channel_values = ThreadStorageChannelValues.from_dict(d.pop("channel_values"))

        pending_writes = ThreadStoragePendingWrites.from_dict(d.pop("pending_writes"))

        thread_storage = cls(
            thread_id=thread_id,
            total_bytes=total_bytes,
            checkpoints=checkpoints,
            channel_values=channel_values,
            pending_writes=pending_writes,
        )

        thread_storage.additional_properties = d
        return thread_storage

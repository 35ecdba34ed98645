from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.thread_state_search_metadata import ThreadStateSearchMetadata


T = TypeVar("T", bound="ThreadStateSearch")


@_attrs_define
class ThreadStateSearch(WireMapping):
    """
    Attributes:
        limit (int | Unset): The maximum number of states to return. Default: 1.
        before (CheckpointConfig | Unset): Checkpoint config.
        metadata (ThreadStateSearchMetadata | Unset): Filter states by metadata key-value pairs.
        checkpoint (CheckpointConfig | Unset): Checkpoint config.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "limit": "limit",
        "before": "before",
        "metadata": "metadata",
        "checkpoint": "checkpoint",
    }

    limit: int | Unset = 1
    before: CheckpointConfig | Unset = UNSET
    metadata: ThreadStateSearchMetadata | Unset = UNSET
    checkpoint: CheckpointConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        before: dict[str, Any] | Unset = UNSET
        if not isinstance(self.before, Unset):
            before = self.before.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if before is not UNSET:
            field_dict["before"] = before
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.thread_state_search_metadata import ThreadStateSearchMetadata  # noqa: PLC0415

        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        _before = d.pop("before", UNSET)
        before: CheckpointConfig | Unset
        if isinstance(_before, Unset):
            before = UNSET
        else:
            before = CheckpointConfig.from_dict(_before)

        _metadata = d.pop("metadata", UNSET)
        metadata: ThreadStateSearchMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ThreadStateSearchMetadata.from_dict(_metadata)

        _checkpoint = d.pop("checkpoint", UNSET)
        checkpoint: CheckpointConfig | Unset
        if isinstance(_checkpoint, Unset):
            checkpoint = UNSET
        else:
            checkpoint = CheckpointConfig.from_dict(_checkpoint)

        thread_state_search = cls(
            limit=limit,
            before=before,
            metadata=metadata,
            checkpoint=checkpoint,
        )

        thread_state_search.additional_properties = d
        return thread_state_search

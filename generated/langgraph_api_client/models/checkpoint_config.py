from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.checkpoint_config_checkpoint_map import CheckpointConfigCheckpointMap


T = TypeVar("T", bound="CheckpointConfig")


@_attrs_define
class CheckpointConfig(WireMapping):
    """Checkpoint config.

    Attributes:
        thread_id (str | Unset): Unique identifier for the thread associated with this checkpoint.
        checkpoint_ns (str | Unset): Namespace for the checkpoint, used for organization and retrieval.
        checkpoint_id (str | Unset): Optional unique identifier for the checkpoint itself.
        checkpoint_map (CheckpointConfigCheckpointMap | Unset): Optional dictionary containing checkpoint-specific data.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "thread_id": "thread_id",
        "checkpoint_ns": "checkpoint_ns",
        "checkpoint_id": "checkpoint_id",
        "checkpoint_map": "checkpoint_map",
    }

    thread_id: str | Unset = UNSET
    checkpoint_ns: str | Unset = UNSET
    checkpoint_id: str | Unset = UNSET
    checkpoint_map: CheckpointConfigCheckpointMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_id = self.thread_id

        checkpoint_ns = self.checkpoint_ns

        checkpoint_id = self.checkpoint_id

        checkpoint_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint_map, Unset):
            checkpoint_map = self.checkpoint_map.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if checkpoint_ns is not UNSET:
            field_dict["checkpoint_ns"] = checkpoint_ns
        if checkpoint_id is not UNSET:
            field_dict["checkpoint_id"] = checkpoint_id
        if checkpoint_map is not UNSET:
            field_dict["checkpoint_map"] = checkpoint_map

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_config_checkpoint_map import CheckpointConfigCheckpointMap  # noqa: PLC0415

        d = dict(src_dict)
        thread_id = d.pop("thread_id", UNSET)

        checkpoint_ns = d.pop("checkpoint_ns", UNSET)

        checkpoint_id = d.pop("checkpoint_id", UNSET)

        _checkpoint_map = d.pop("checkpoint_map", UNSET)
        checkpoint_map: CheckpointConfigCheckpointMap | Unset
        if isinstance(_checkpoint_map, Unset):
            checkpoint_map = UNSET
        else:
            checkpoint_map = CheckpointConfigCheckpointMap.from_dict(_checkpoint_map)

        checkpoint_config = cls(
            thread_id=thread_id,
            checkpoint_ns=checkpoint_ns,
            checkpoint_id=checkpoint_id,
            checkpoint_map=checkpoint_map,
        )

        checkpoint_config.additional_properties = d
        return checkpoint_config

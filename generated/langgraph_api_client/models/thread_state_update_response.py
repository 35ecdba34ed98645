from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.thread_state_update_response_checkpoint import ThreadStateUpdateResponseCheckpoint


T = TypeVar("T", bound="ThreadStateUpdateResponse")


@_attrs_define
class ThreadStateUpdateResponse(WireMapping):
    """Response for adding state to a thread.

    Attributes:
        checkpoint (ThreadStateUpdateResponseCheckpoint | Unset):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "checkpoint": "checkpoint",
    }

    checkpoint: ThreadStateUpdateResponseCheckpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_state_update_response_checkpoint import (
            ThreadStateUpdateResponseCheckpoint,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _checkpoint = d.pop("checkpoint", UNSET)
        checkpoint: ThreadStateUpdateResponseCheckpoint | Unset
        if isinstance(_checkpoint, Unset):
            checkpoint = UNSET
        else:
            checkpoint = ThreadStateUpdateResponseCheckpoint.from_dict(_checkpoint)

        thread_state_update_response = cls(
            checkpoint=checkpoint,
        )

        thread_state_update_response.additional_properties = d
        return thread_state_update_response

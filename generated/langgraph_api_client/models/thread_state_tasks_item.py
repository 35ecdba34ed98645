from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.interrupt import Interrupt
    from ..models.thread_state import ThreadState


T = TypeVar("T", bound="ThreadStateTasksItem")


@_attrs_define
class ThreadStateTasksItem(WireMapping):
    """
    Attributes:
        id (str):
        name (str):
        error (str | Unset):
        interrupts (list[Interrupt] | Unset):
        checkpoint (CheckpointConfig | Unset): Checkpoint config.
        state (ThreadState | Unset):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "error": "error",
        "interrupts": "interrupts",
        "checkpoint": "checkpoint",
        "state": "state",
    }

    id: str
    name: str
    error: str | Unset = UNSET
    interrupts: list[Interrupt] | Unset = UNSET
    checkpoint: CheckpointConfig | Unset = UNSET
    state: ThreadState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        error = self.error

        interrupts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interrupts, Unset):
            interrupts = []
            for interrupts_item_data in self.interrupts:
                interrupts_item = interrupts_item_data.to_dict()
                interrupts.append(interrupts_item)

        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint.to_dict()

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if interrupts is not UNSET:
            field_dict["interrupts"] = interrupts
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.interrupt import Interrupt  # noqa: PLC0415
        from ..models.thread_state import ThreadState  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        error = d.pop("error", UNSET)

        _interrupts = d.pop("interrupts", UNSET)
        interrupts: list[Interrupt] | Unset = UNSET
        if _interrupts is not UNSET:
            interrupts = []
            for interrupts_item_data in _interrupts:
                interrupts_item = Interrupt.from_dict(interrupts_item_data)

                interrupts.append(interrupts_item)

        _checkpoint = d.pop("checkpoint", UNSET)
        checkpoint: CheckpointConfig | Unset
        if isinstance(_checkpoint, Unset):
            checkpoint = UNSET
        else:
            checkpoint = CheckpointConfig.from_dict(_checkpoint)

        _state = d.pop("state", UNSET)
        state: ThreadState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ThreadState.from_dict(_state)

        thread_state_tasks_item = cls(
            id=id,
            name=name,
            error=error,
            interrupts=interrupts,
            checkpoint=checkpoint,
            state=state,
        )

        thread_state_tasks_item.additional_properties = d
        return thread_state_tasks_item

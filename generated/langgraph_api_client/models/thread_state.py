from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireItems, WireRecord

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.interrupt import Interrupt
    from ..models.thread_state_metadata import ThreadStateMetadata
    from ..models.thread_state_parent_checkpoint import ThreadStateParentCheckpoint
    from ..models.thread_state_tasks_item import ThreadStateTasksItem
    from ..models.thread_state_values_type_0_item import ThreadStateValuesType0Item
    from ..models.thread_state_values_type_1 import ThreadStateValuesType1


T = TypeVar("T", bound="ThreadState")


@_attrs_define
class ThreadState(WireRecord, WireItems):
    """
    Attributes:
        values (list[ThreadStateValuesType0Item] | ThreadStateValuesType1):
        next_ (list[str]):
        checkpoint (CheckpointConfig): Checkpoint config.
        metadata (ThreadStateMetadata):
        created_at (str):
        tasks (list[ThreadStateTasksItem] | Unset):
        parent_checkpoint (ThreadStateParentCheckpoint | Unset):
        interrupts (list[Interrupt] | Unset):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "values": "values",
        "next": "next_",
        "checkpoint": "checkpoint",
        "metadata": "metadata",
        "created_at": "created_at",
        "tasks": "tasks",
        "parent_checkpoint": "parent_checkpoint",
        "interrupts": "interrupts",
    }

    values: list[ThreadStateValuesType0Item] | ThreadStateValuesType1
    next_: list[str]
    checkpoint: CheckpointConfig
    metadata: ThreadStateMetadata
    created_at: str
    tasks: list[ThreadStateTasksItem] | Unset = UNSET
    parent_checkpoint: ThreadStateParentCheckpoint | Unset = UNSET
    interrupts: list[Interrupt] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.values, list):
            values = []
            for values_type_0_item_data in self.values:
                values_type_0_item = values_type_0_item_data.to_dict()
                values.append(values_type_0_item)

        else:
            values = self.values.to_dict()

        next_ = self.next_

        checkpoint = self.checkpoint.to_dict()

        metadata = self.metadata.to_dict()

        created_at = self.created_at

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        parent_checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_checkpoint, Unset):
            parent_checkpoint = self.parent_checkpoint.to_dict()

        interrupts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interrupts, Unset):
            interrupts = []
            for interrupts_item_data in self.interrupts:
                interrupts_item = interrupts_item_data.to_dict()
                interrupts.append(interrupts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
                "next": next_,
                "checkpoint": checkpoint,
                "metadata": metadata,
                "created_at": created_at,
            }
        )
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if parent_checkpoint is not UNSET:
            field_dict["parent_checkpoint"] = parent_checkpoint
        if interrupts is not UNSET:
            field_dict["interrupts"] = interrupts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.interrupt import Interrupt  # noqa: PLC0415
        from ..models.thread_state_metadata import ThreadStateMetadata  # noqa: PLC0415
        from ..models.thread_state_parent_checkpoint import ThreadStateParentCheckpoint  # noqa: PLC0415
        from ..models.thread_state_tasks_item import ThreadStateTasksItem  # noqa: PLC0415
        from ..models.thread_state_values_type_0_item import ThreadStateValuesType0Item  # noqa: PLC0415
        from ..models.thread_state_values_type_1 import ThreadStateValuesType1  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_values(
            data: object,
        ) -> list[ThreadStateValuesType0Item] | ThreadStateValuesType1:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = []
                _values_type_0 = data
                for values_type_0_item_data in _values_type_0:
                    values_type_0_item = ThreadStateValuesType0Item.from_dict(
                        values_type_0_item_data
                    )

                    values_type_0.append(values_type_0_item)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            values_type_1 = ThreadStateValuesType1.from_dict(data)

            return values_type_1

        values = _parse_values(d.pop("values"))

        next_ = cast(list[str], d.pop("next"))

        checkpoint = CheckpointConfig.from_dict(d.pop("checkpoint"))

        metadata = ThreadStateMetadata.from_dict(d.pop("metadata"))

        created_at = d.pop("created_at")

        _tasks = d.pop("tasks", UNSET)
        tasks: list[ThreadStateTasksItem] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = ThreadStateTasksItem.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _parent_checkpoint = d.pop("parent_checkpoint", UNSET)
        parent_checkpoint: ThreadStateParentCheckpoint | Unset
        if isinstance(_parent_checkpoint, Unset):
            parent_checkpoint = UNSET
        else:
            parent_checkpoint = ThreadStateParentCheckpoint.from_dict(_parent_checkpoint)

        _interrupts = d.pop("interrupts", UNSET)
        interrupts: list[Interrupt] | Unset = UNSET
        if _interrupts is not UNSET:
            interrupts = []
            for interrupts_item_data in _interrupts:
                interrupts_item = Interrupt.from_dict(interrupts_item_data)

                interrupts.append(interrupts_item)

        thread_state = cls(
            values=values,
            next_=next_,
            checkpoint=checkpoint,
            metadata=metadata,
            created_at=created_at,
            tasks=tasks,
            parent_checkpoint=parent_checkpoint,
            interrupts=interrupts,
        )

        thread_state.additional_properties = d
        return thread_state

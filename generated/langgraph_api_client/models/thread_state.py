from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireItems, WireRecord

T = TypeVar("T", bound="ThreadState")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ThreadState(WireRecord, WireItems):
    """A thread's state at one checkpoint. For a thread that never ran, values are empty and the checkpoint, metadata and
    timestamps are null.

        Attributes:
            values (JsonObject | list[Any]): The state values.
            next_ (list[str]): The nodes that run next.
            tasks (list[ThreadTask]): The tasks of the next step.
            checkpoint (Checkpoint | None):
            metadata (Metadata | None):
            created_at (datetime.datetime | None): When the checkpoint was written.
            parent_checkpoint (Checkpoint | None | Unset):
            interrupts (list[Interrupt] | Unset): The interrupts pending at this checkpoint.
            checkpoint_id (None | str | Unset): The checkpoint's id (also in `checkpoint`).
            parent_checkpoint_id (None | str | Unset): The parent checkpoint's id.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "values": "values",
        "next": "next_",
        "tasks": "tasks",
        "checkpoint": "checkpoint",
        "metadata": "metadata",
        "created_at": "created_at",
        "parent_checkpoint": "parent_checkpoint",
        "interrupts": "interrupts",
        "checkpoint_id": "checkpoint_id",
        "parent_checkpoint_id": "parent_checkpoint_id",
    }

    values: JsonObject | list[Any]
    next_: list[str]
    tasks: list[ThreadTask]
    checkpoint: Checkpoint | None
    metadata: Metadata | None
    created_at: datetime.datetime | None
    parent_checkpoint: Checkpoint | None | Unset = UNSET
    interrupts: list[Interrupt] | Unset = UNSET
    checkpoint_id: None | str | Unset = UNSET
    parent_checkpoint_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        values: dict[str, Any] | list[Any]
        if isinstance(self.values, JsonObject):
            values = self.values.to_dict()
        else:
            values = self.values

        next_ = self.next_

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        checkpoint: dict[str, Any] | None
        if isinstance(self.checkpoint, Checkpoint):
            checkpoint = self.checkpoint.to_dict()
        else:
            checkpoint = self.checkpoint

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        parent_checkpoint: dict[str, Any] | None | Unset
        if isinstance(self.parent_checkpoint, Unset):
            parent_checkpoint = UNSET
        elif isinstance(self.parent_checkpoint, Checkpoint):
            parent_checkpoint = self.parent_checkpoint.to_dict()
        else:
            parent_checkpoint = self.parent_checkpoint

        interrupts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interrupts, Unset):
            interrupts = []
            for interrupts_item_data in self.interrupts:
                interrupts_item = interrupts_item_data.to_dict()
                interrupts.append(interrupts_item)

        checkpoint_id: None | str | Unset
        if isinstance(self.checkpoint_id, Unset):
            checkpoint_id = UNSET
        else:
            checkpoint_id = self.checkpoint_id

        parent_checkpoint_id: None | str | Unset
        if isinstance(self.parent_checkpoint_id, Unset):
            parent_checkpoint_id = UNSET
        else:
            parent_checkpoint_id = self.parent_checkpoint_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
                "next": next_,
                "tasks": tasks,
                "checkpoint": checkpoint,
                "metadata": metadata,
                "created_at": created_at,
            }
        )
        if parent_checkpoint is not UNSET:
            field_dict["parent_checkpoint"] = parent_checkpoint
        if interrupts is not UNSET:
            field_dict["interrupts"] = interrupts
        if checkpoint_id is not UNSET:
            field_dict["checkpoint_id"] = checkpoint_id
        if parent_checkpoint_id is not UNSET:
            field_dict["parent_checkpoint_id"] = parent_checkpoint_id

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
        thread_state = cls.__new__(cls)
        thread_state._raw = d
        return thread_state


_REQUIRED = frozenset(
    {
        "values",
        "next",
        "tasks",
        "checkpoint",
        "metadata",
        "created_at",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_values(d: dict[str, Any]) -> JsonObject | list[Any]:
    def _parse_values(data: object) -> JsonObject | list[Any]:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            values_type_0 = JsonObject.from_dict(data)

            return values_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        values_type_1: list[Any] = data

        return values_type_1

    values = _parse_values(d["values"])

    return values


def _decode_next_(d: dict[str, Any]) -> list[str]:
    next_: list[str] = d["next"]

    return next_


def _decode_tasks(d: dict[str, Any]) -> list[ThreadTask]:
    tasks = []
    _tasks = d["tasks"]
    for tasks_item_data in _tasks:
        tasks_item = ThreadTask.from_dict(tasks_item_data)

        tasks.append(tasks_item)

    return tasks


def _decode_checkpoint(d: dict[str, Any]) -> Checkpoint | None:
    def _parse_checkpoint(data: object) -> Checkpoint | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            checkpoint_type_0 = Checkpoint.from_dict(data)

            return checkpoint_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Checkpoint | None, data)

    checkpoint = _parse_checkpoint(d["checkpoint"])

    return checkpoint


def _decode_metadata(d: dict[str, Any]) -> Metadata | None:
    def _parse_metadata(data: object) -> Metadata | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            metadata_type_0 = Metadata.from_dict(data)

            return metadata_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Metadata | None, data)

    metadata = _parse_metadata(d["metadata"])

    return metadata


def _decode_created_at(d: dict[str, Any]) -> datetime.datetime | None:
    def _parse_created_at(data: object) -> datetime.datetime | None:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            created_at_type_0 = datetime.datetime.fromisoformat(data)

            return created_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None, data)

    created_at = _parse_created_at(d["created_at"])

    return created_at


def _decode_parent_checkpoint(d: dict[str, Any]) -> Checkpoint | None | Unset:
    def _parse_parent_checkpoint(data: object) -> Checkpoint | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            parent_checkpoint_type_0 = Checkpoint.from_dict(data)

            return parent_checkpoint_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Checkpoint | None | Unset, data)

    parent_checkpoint = _parse_parent_checkpoint(d.get("parent_checkpoint", UNSET))

    return parent_checkpoint


def _decode_interrupts(d: dict[str, Any]) -> list[Interrupt] | Unset:
    _interrupts = d.get("interrupts", UNSET)
    interrupts: list[Interrupt] | Unset = UNSET
    if _interrupts is not UNSET:
        interrupts = []
        for interrupts_item_data in _interrupts:
            interrupts_item = Interrupt.from_dict(interrupts_item_data)

            interrupts.append(interrupts_item)

    return interrupts


def _decode_checkpoint_id(d: dict[str, Any]) -> None | str | Unset:
    checkpoint_id: None | str | Unset = d.get("checkpoint_id", UNSET)

    return checkpoint_id


def _decode_parent_checkpoint_id(d: dict[str, Any]) -> None | str | Unset:
    parent_checkpoint_id: None | str | Unset = d.get("parent_checkpoint_id", UNSET)

    return parent_checkpoint_id


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ThreadState._wire_names}


ThreadState._decoders = {
    "values": _decode_values,
    "next_": _decode_next_,
    "tasks": _decode_tasks,
    "checkpoint": _decode_checkpoint,
    "metadata": _decode_metadata,
    "created_at": _decode_created_at,
    "parent_checkpoint": _decode_parent_checkpoint,
    "interrupts": _decode_interrupts,
    "checkpoint_id": _decode_checkpoint_id,
    "parent_checkpoint_id": _decode_parent_checkpoint_id,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.interrupt import Interrupt  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.thread_task import ThreadTask  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire
from ..types import list_of as _list_of


class ThreadState(WireDict):
    """A thread's state at one checkpoint. For a thread that never ran, values are empty and the checkpoint, metadata and
    timestamps are null.

        A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
        its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
        as documented (or a required field is missing); an optional field that is missing reads as None.

        Attributes:
            values_ (JsonObject | list[Any]): The state values. Wire key `values` (the attribute takes a trailing underscore so as not to hide the dict method).
            next_ (list[str]): The nodes that run next.
            tasks (list[ThreadTask]): The tasks of the next step.
            checkpoint (Checkpoint | None):
            metadata (Metadata | None):
            created_at (datetime.datetime | None): When the checkpoint was written.
            parent_checkpoint (Checkpoint | None):
            interrupts (list[Interrupt] | None): The interrupts pending at this checkpoint.
            checkpoint_id (None | str): The checkpoint's id (also in `checkpoint`).
            parent_checkpoint_id (None | str): The parent checkpoint's id.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "values": "values_",
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

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "values",
            "next",
            "tasks",
            "checkpoint",
            "metadata",
            "created_at",
        }
    )
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "next",
            "tasks",
            "interrupts",
            "values",
        }
    )

    def __init__(
        self,
        *,
        values: JsonObject | list[Any],
        next_: list[str],
        tasks: list[ThreadTask],
        checkpoint: Checkpoint | None,
        metadata: Metadata | None,
        created_at: datetime.datetime | None,
        parent_checkpoint: Checkpoint | None | Unset = UNSET,
        interrupts: list[Interrupt] | Unset = UNSET,
        checkpoint_id: None | str | Unset = UNSET,
        parent_checkpoint_id: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ThreadState built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "values": to_wire(values),
            "next": to_wire(next_),
            "tasks": to_wire(tasks),
            "checkpoint": to_wire(checkpoint),
            "metadata": to_wire(metadata),
            "created_at": to_wire(created_at),
        }
        if not isinstance(parent_checkpoint, Unset):
            fields["parent_checkpoint"] = to_wire(parent_checkpoint)
        if not isinstance(interrupts, Unset):
            fields["interrupts"] = to_wire(interrupts)
        if not isinstance(checkpoint_id, Unset):
            fields["checkpoint_id"] = to_wire(checkpoint_id)
        if not isinstance(parent_checkpoint_id, Unset):
            fields["parent_checkpoint_id"] = to_wire(parent_checkpoint_id)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def values_(self) -> JsonObject | list[Any]:
        """The state values."""
        try:
            read = _decode_values(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "values", exc) from exc
        return read

    @property
    def next_(self) -> list[str]:
        """The nodes that run next."""
        try:
            read = _decode_next_(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "next", exc) from exc
        return read

    @property
    def tasks(self) -> list[ThreadTask]:
        """The tasks of the next step."""
        try:
            read = _decode_tasks(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "tasks", exc) from exc
        return read

    @property
    def checkpoint(self) -> Checkpoint | None:
        """The `checkpoint` field."""
        try:
            read = _decode_checkpoint(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "checkpoint", exc) from exc
        return read

    @property
    def metadata(self) -> Metadata | None:
        """The `metadata` field."""
        try:
            read = _decode_metadata(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "metadata", exc) from exc
        return read

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the checkpoint was written."""
        try:
            read = _decode_created_at(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "created_at", exc) from exc
        return read

    @property
    def parent_checkpoint(self) -> Checkpoint | None:
        """The `parent_checkpoint` field."""
        try:
            read = _decode_parent_checkpoint(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "parent_checkpoint", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def interrupts(self) -> list[Interrupt] | None:
        """The interrupts pending at this checkpoint."""
        try:
            read = _decode_interrupts(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "interrupts", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def checkpoint_id(self) -> None | str:
        """The checkpoint's id (also in `checkpoint`)."""
        try:
            read = _decode_checkpoint_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "checkpoint_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def parent_checkpoint_id(self) -> None | str:
        """The parent checkpoint's id."""
        try:
            read = _decode_parent_checkpoint_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "parent_checkpoint_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadState._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_values(d: dict[str, Any]) -> JsonObject | list[Any]:
    def _parse_values(data: object) -> JsonObject | list[Any]:
        try:
            if not isinstance(data, dict) or not JsonObject.fits(data):
                raise TypeError()
            values_type_0 = JsonObject.from_dict(data)

            return values_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError(f"not a form this field takes: {type(data).__name__}")
        values_type_1: list[Any] = data

        return values_type_1

    values = _parse_values(d["values"])

    return values


def _decode_next_(d: dict[str, Any]) -> list[str]:
    next_: list[str] = _list_of(d["next"], str)

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
            if not isinstance(data, dict) or not Checkpoint.fits(data):
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
            if not isinstance(data, dict) or not Metadata.fits(data):
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
            if not isinstance(data, dict) or not Checkpoint.fits(data):
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
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.interrupt import Interrupt  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.thread_task import ThreadTask  # noqa: E402

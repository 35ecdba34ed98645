from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cancel_runs_status import CancelRunsStatus
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="RunsCancel")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class RunsCancel(WireMapping):
    """Body of cancel_runs: either `status`, or `thread_id` with `run_ids`.

    Attributes:
        status (CancelRunsStatus | Unset): Which runs to cancel by status.
        thread_id (UUID | Unset): The thread whose runs to cancel.
        run_ids (list[UUID] | Unset): The runs to cancel.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "status": "status",
        "thread_id": "thread_id",
        "run_ids": "run_ids",
    }

    status: CancelRunsStatus | Unset = UNSET
    thread_id: UUID | Unset = UNSET
    run_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        thread_id: str | Unset = UNSET
        if not isinstance(self.thread_id, Unset):
            thread_id = str(self.thread_id)

        run_ids: list[str] | Unset = UNSET
        if not isinstance(self.run_ids, Unset):
            run_ids = []
            for run_ids_item_data in self.run_ids:
                run_ids_item = str(run_ids_item_data)
                run_ids.append(run_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if run_ids is not UNSET:
            field_dict["run_ids"] = run_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        runs_cancel = cls.__new__(cls)
        runs_cancel._raw = d
        return runs_cancel


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_status(d: dict[str, Any]) -> CancelRunsStatus | Unset:
    _status = d.get("status", UNSET)
    status: CancelRunsStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = CancelRunsStatus(_status)

    return status


def _decode_thread_id(d: dict[str, Any]) -> UUID | Unset:
    _thread_id = d.get("thread_id", UNSET)
    thread_id: UUID | Unset
    if isinstance(_thread_id, Unset):
        thread_id = UNSET
    else:
        thread_id = UUID(_thread_id)

    return thread_id


def _decode_run_ids(d: dict[str, Any]) -> list[UUID] | Unset:
    _run_ids = d.get("run_ids", UNSET)
    run_ids: list[UUID] | Unset = UNSET
    if _run_ids is not UNSET:
        run_ids = []
        for run_ids_item_data in _run_ids:
            run_ids_item = UUID(run_ids_item_data)

            run_ids.append(run_ids_item)

    return run_ids


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in RunsCancel._wire_names}


RunsCancel._decoders = {
    "status": _decode_status,
    "thread_id": _decode_thread_id,
    "run_ids": _decode_run_ids,
    "additional_properties": _decode_additional_properties,
}

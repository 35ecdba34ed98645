from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from ..models.cancel_runs_status import CancelRunsStatus
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, parse_uuid, to_wire


class RunsCancel(WireDict):
    """Body of cancel_runs: either `status`, or `thread_id` with `run_ids`.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        status (CancelRunsStatus | None): Which runs to cancel by status.
        thread_id (UUID | None): The thread whose runs to cancel.
        run_ids (list[UUID] | None): The runs to cancel.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "status": "status",
        "thread_id": "thread_id",
        "run_ids": "run_ids",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "thread_id",
            "run_ids",
        }
    )

    def __init__(
        self,
        *,
        status: CancelRunsStatus | str | Unset = UNSET,
        thread_id: UUID | str | Unset = UNSET,
        run_ids: list[UUID | str] | Unset = UNSET,
    ) -> None:
        """A RunsCancel built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {}
        if not isinstance(status, Unset):
            fields["status"] = to_wire(status)
        if not isinstance(thread_id, Unset):
            fields["thread_id"] = to_wire(thread_id)
        if not isinstance(run_ids, Unset):
            fields["run_ids"] = to_wire(run_ids)
        dict.__init__(self, fields)

    @property
    def status(self) -> CancelRunsStatus | None:
        """Which runs to cancel by status."""
        try:
            read = _decode_status(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "status", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def thread_id(self) -> UUID | None:
        """The thread whose runs to cancel."""
        value = self.get("thread_id")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return parse_uuid(value)
            except ValueError:
                pass
        try:
            read = _decode_thread_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "thread_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def run_ids(self) -> list[UUID] | None:
        """The runs to cancel."""
        try:
            read = _decode_run_ids(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "run_ids", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(RunsCancel._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
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
        thread_id = parse_uuid(_thread_id)

    return thread_id


def _decode_run_ids(d: dict[str, Any]) -> list[UUID] | Unset:
    _run_ids = d.get("run_ids", UNSET)
    run_ids: list[UUID] | Unset = UNSET
    if _run_ids is not UNSET:
        run_ids = []
        for run_ids_item_data in _run_ids:
            run_ids_item = parse_uuid(run_ids_item_data)

            run_ids.append(run_ids_item)

    return run_ids


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

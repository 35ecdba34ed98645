from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from ..models.multitask_strategy import MultitaskStrategy
from ..models.run_status import RunStatus
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, parse_uuid, to_wire


class RunSelection(WireDict):
    """Some fields of a run: an item of a search or list made with `select`. It has the same fields as Run, none of them
    required.

        A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
        its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
        as documented; an optional field that is missing reads as None.

        Attributes:
            run_id (UUID | None): The run's id.
            thread_id (UUID | None): The thread it runs on (a temporary one for stateless runs).
            assistant_id (UUID | None): The assistant it runs.
            created_at (datetime.datetime | None): When the run was created.
            updated_at (datetime.datetime | None): When the run last changed.
            status (RunStatus | None): The status of a run.
            metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
            kwargs (dict[str, Any] | None): A JSON object of any shape.
            multitask_strategy (MultitaskStrategy | None): What to do when the thread is already running a run.
            langsmith_session_name (None | str): The LangSmith project the run is traced to, when tracing.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "run_id": "run_id",
        "thread_id": "thread_id",
        "assistant_id": "assistant_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "status": "status",
        "metadata": "metadata",
        "kwargs": "kwargs",
        "multitask_strategy": "multitask_strategy",
        "langsmith_session_name": "langsmith_session_name",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "run_id",
            "thread_id",
            "assistant_id",
            "created_at",
            "updated_at",
        }
    )

    def __init__(
        self,
        *,
        run_id: UUID | str | Unset = UNSET,
        thread_id: UUID | str | Unset = UNSET,
        assistant_id: UUID | str | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        status: RunStatus | str | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        kwargs: JsonObject | Unset = UNSET,
        multitask_strategy: MultitaskStrategy | str | Unset = UNSET,
        langsmith_session_name: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A RunSelection built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        if not isinstance(run_id, Unset):
            fields["run_id"] = to_wire(run_id)
        if not isinstance(thread_id, Unset):
            fields["thread_id"] = to_wire(thread_id)
        if not isinstance(assistant_id, Unset):
            fields["assistant_id"] = to_wire(assistant_id)
        if not isinstance(created_at, Unset):
            fields["created_at"] = to_wire(created_at)
        if not isinstance(updated_at, Unset):
            fields["updated_at"] = to_wire(updated_at)
        if not isinstance(status, Unset):
            fields["status"] = to_wire(status)
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(kwargs, Unset):
            fields["kwargs"] = to_wire(kwargs)
        if not isinstance(multitask_strategy, Unset):
            fields["multitask_strategy"] = to_wire(multitask_strategy)
        if not isinstance(langsmith_session_name, Unset):
            fields["langsmith_session_name"] = to_wire(langsmith_session_name)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def run_id(self) -> UUID | None:
        """The run's id."""
        value = self.get("run_id")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return parse_uuid(value)
            except ValueError:
                pass
        try:
            read = _decode_run_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "run_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def thread_id(self) -> UUID | None:
        """The thread it runs on (a temporary one for stateless runs)."""
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
    def assistant_id(self) -> UUID | None:
        """The assistant it runs."""
        value = self.get("assistant_id")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return parse_uuid(value)
            except ValueError:
                pass
        try:
            read = _decode_assistant_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "assistant_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the run was created."""
        value = self.get("created_at")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
        try:
            read = _decode_created_at(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "created_at", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def updated_at(self) -> datetime.datetime | None:
        """When the run last changed."""
        value = self.get("updated_at")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
        try:
            read = _decode_updated_at(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "updated_at", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def status(self) -> RunStatus | None:
        """The status of a run."""
        try:
            read = _decode_status(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "status", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def metadata(self) -> dict[str, Any] | None:
        """Free-form metadata, a JSON object; search filters match its keys exactly."""
        value = self.get("metadata")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("metadata", _decode_metadata)
        return None if isinstance(read, Unset) else read

    @property
    def kwargs(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("kwargs")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("kwargs", _decode_kwargs)
        return None if isinstance(read, Unset) else read

    @property
    def multitask_strategy(self) -> MultitaskStrategy | None:
        """What to do when the thread is already running a run."""
        try:
            read = _decode_multitask_strategy(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "multitask_strategy", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def langsmith_session_name(self) -> None | str:
        """The LangSmith project the run is traced to, when tracing."""
        try:
            read = _decode_langsmith_session_name(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "langsmith_session_name", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(RunSelection._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_run_id(d: dict[str, Any]) -> UUID | Unset:
    _run_id = d.get("run_id", UNSET)
    run_id: UUID | Unset
    if isinstance(_run_id, Unset):
        run_id = UNSET
    else:
        run_id = parse_uuid(_run_id)

    return run_id


def _decode_thread_id(d: dict[str, Any]) -> UUID | Unset:
    _thread_id = d.get("thread_id", UNSET)
    thread_id: UUID | Unset
    if isinstance(_thread_id, Unset):
        thread_id = UNSET
    else:
        thread_id = parse_uuid(_thread_id)

    return thread_id


def _decode_assistant_id(d: dict[str, Any]) -> UUID | Unset:
    _assistant_id = d.get("assistant_id", UNSET)
    assistant_id: UUID | Unset
    if isinstance(_assistant_id, Unset):
        assistant_id = UNSET
    else:
        assistant_id = parse_uuid(_assistant_id)

    return assistant_id


def _decode_created_at(d: dict[str, Any]) -> datetime.datetime | Unset:
    _created_at = d.get("created_at", UNSET)
    created_at: datetime.datetime | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = datetime.datetime.fromisoformat(_created_at)

    return created_at


def _decode_updated_at(d: dict[str, Any]) -> datetime.datetime | Unset:
    _updated_at = d.get("updated_at", UNSET)
    updated_at: datetime.datetime | Unset
    if isinstance(_updated_at, Unset):
        updated_at = UNSET
    else:
        updated_at = datetime.datetime.fromisoformat(_updated_at)

    return updated_at


def _decode_status(d: dict[str, Any]) -> RunStatus | Unset:
    _status = d.get("status", UNSET)
    status: RunStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = RunStatus(_status)

    return status


def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_kwargs(d: dict[str, Any]) -> JsonObject | Unset:
    _kwargs = d.get("kwargs", UNSET)
    kwargs: JsonObject | Unset
    if isinstance(_kwargs, Unset):
        kwargs = UNSET
    else:
        kwargs = JsonObject.from_dict(_kwargs)

    return kwargs


def _decode_multitask_strategy(d: dict[str, Any]) -> MultitaskStrategy | Unset:
    _multitask_strategy = d.get("multitask_strategy", UNSET)
    multitask_strategy: MultitaskStrategy | Unset
    if isinstance(_multitask_strategy, Unset):
        multitask_strategy = UNSET
    else:
        multitask_strategy = MultitaskStrategy(_multitask_strategy)

    return multitask_strategy


def _decode_langsmith_session_name(d: dict[str, Any]) -> None | str | Unset:
    langsmith_session_name: None | str | Unset = d.get("langsmith_session_name", UNSET)

    return langsmith_session_name


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

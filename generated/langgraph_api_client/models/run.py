from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from ..models.multitask_strategy import MultitaskStrategy
from ..models.run_status import RunStatus
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, parse_uuid, to_wire


class Run(WireDict):
    """A run of an assistant.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        run_id (UUID): The run's id.
        thread_id (UUID): The thread it runs on (a temporary one for stateless runs).
        assistant_id (UUID): The assistant it runs.
        created_at (datetime.datetime): When the run was created.
        updated_at (datetime.datetime): When the run last changed.
        status (RunStatus): The status of a run.
        metadata (dict[str, Any]): Free-form metadata, a JSON object; search filters match its keys exactly.
        kwargs (dict[str, Any]): A JSON object of any shape.
        multitask_strategy (MultitaskStrategy): What to do when the thread is already running a run.
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

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "run_id",
            "thread_id",
            "assistant_id",
            "created_at",
            "updated_at",
            "status",
            "metadata",
            "kwargs",
            "multitask_strategy",
        }
    )
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
        run_id: UUID | str,
        thread_id: UUID | str,
        assistant_id: UUID | str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        status: RunStatus | str,
        metadata: Metadata,
        kwargs: JsonObject,
        multitask_strategy: MultitaskStrategy | str,
        langsmith_session_name: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A Run built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "run_id": to_wire(run_id),
            "thread_id": to_wire(thread_id),
            "assistant_id": to_wire(assistant_id),
            "created_at": to_wire(created_at),
            "updated_at": to_wire(updated_at),
            "status": to_wire(status),
            "metadata": to_wire(metadata),
            "kwargs": to_wire(kwargs),
            "multitask_strategy": to_wire(multitask_strategy),
        }
        if not isinstance(langsmith_session_name, Unset):
            fields["langsmith_session_name"] = to_wire(langsmith_session_name)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def run_id(self) -> UUID:
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
        return read

    @property
    def thread_id(self) -> UUID:
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
        return read

    @property
    def assistant_id(self) -> UUID:
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
        return read

    @property
    def created_at(self) -> datetime.datetime:
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
        return read

    @property
    def updated_at(self) -> datetime.datetime:
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
        return read

    @property
    def status(self) -> RunStatus:
        """The status of a run."""
        try:
            read = _decode_status(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "status", exc) from exc
        return read

    @property
    def metadata(self) -> dict[str, Any]:
        """Free-form metadata, a JSON object; search filters match its keys exactly."""
        value = self.get("metadata")
        if isinstance(value, dict):  # the JSON object as sent
            return value
        return self._keep("metadata", _decode_metadata)

    @property
    def kwargs(self) -> dict[str, Any]:
        """A JSON object of any shape."""
        value = self.get("kwargs")
        if isinstance(value, dict):  # the JSON object as sent
            return value
        return self._keep("kwargs", _decode_kwargs)

    @property
    def multitask_strategy(self) -> MultitaskStrategy:
        """What to do when the thread is already running a run."""
        try:
            read = _decode_multitask_strategy(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "multitask_strategy", exc) from exc
        return read

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


_DECLARED = frozenset(Run._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_run_id(d: dict[str, Any]) -> UUID:
    run_id = parse_uuid(d["run_id"])

    return run_id


def _decode_thread_id(d: dict[str, Any]) -> UUID:
    thread_id = parse_uuid(d["thread_id"])

    return thread_id


def _decode_assistant_id(d: dict[str, Any]) -> UUID:
    assistant_id = parse_uuid(d["assistant_id"])

    return assistant_id


def _decode_created_at(d: dict[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["created_at"])

    return created_at


def _decode_updated_at(d: dict[str, Any]) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(d["updated_at"])

    return updated_at


def _decode_status(d: dict[str, Any]) -> RunStatus:
    status = RunStatus(d["status"])

    return status


def _decode_metadata(d: dict[str, Any]) -> Metadata:
    metadata = Metadata.from_dict(d["metadata"])

    return metadata


def _decode_kwargs(d: dict[str, Any]) -> JsonObject:
    kwargs = JsonObject.from_dict(d["kwargs"])

    return kwargs


def _decode_multitask_strategy(d: dict[str, Any]) -> MultitaskStrategy:
    multitask_strategy = MultitaskStrategy(d["multitask_strategy"])

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multitask_strategy import MultitaskStrategy
from ..models.run_status import RunStatus
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="RunSelection")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class RunSelection(WireMapping):
    """Some fields of a run: an item of a search or list made with `select`. It has the same fields as Run, none of them
    required.

        Attributes:
            run_id (UUID | Unset): The run's id.
            thread_id (UUID | Unset): The thread it runs on (a temporary one for stateless runs).
            assistant_id (UUID | Unset): The assistant it runs.
            created_at (datetime.datetime | Unset): When the run was created.
            updated_at (datetime.datetime | Unset): When the run last changed.
            status (RunStatus | Unset): The status of a run.
            metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
            kwargs (JsonObject | Unset): A JSON object of any shape.
            multitask_strategy (MultitaskStrategy | Unset): What to do when the thread is already running a run.
            langsmith_session_name (None | str | Unset): The LangSmith project the run is traced to, when tracing.
    """

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

    run_id: UUID | Unset = UNSET
    thread_id: UUID | Unset = UNSET
    assistant_id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    status: RunStatus | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    kwargs: JsonObject | Unset = UNSET
    multitask_strategy: MultitaskStrategy | Unset = UNSET
    langsmith_session_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        run_id: str | Unset = UNSET
        if not isinstance(self.run_id, Unset):
            run_id = str(self.run_id)

        thread_id: str | Unset = UNSET
        if not isinstance(self.thread_id, Unset):
            thread_id = str(self.thread_id)

        assistant_id: str | Unset = UNSET
        if not isinstance(self.assistant_id, Unset):
            assistant_id = str(self.assistant_id)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        kwargs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kwargs, Unset):
            kwargs = self.kwargs.to_dict()

        multitask_strategy: str | Unset = UNSET
        if not isinstance(self.multitask_strategy, Unset):
            multitask_strategy = self.multitask_strategy.value

        langsmith_session_name: None | str | Unset
        if isinstance(self.langsmith_session_name, Unset):
            langsmith_session_name = UNSET
        else:
            langsmith_session_name = self.langsmith_session_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if kwargs is not UNSET:
            field_dict["kwargs"] = kwargs
        if multitask_strategy is not UNSET:
            field_dict["multitask_strategy"] = multitask_strategy
        if langsmith_session_name is not UNSET:
            field_dict["langsmith_session_name"] = langsmith_session_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        run_selection = cls.__new__(cls)
        run_selection._raw = d
        return run_selection


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_run_id(d: dict[str, Any]) -> UUID | Unset:
    _run_id = d.get("run_id", UNSET)
    run_id: UUID | Unset
    if isinstance(_run_id, Unset):
        run_id = UNSET
    else:
        run_id = UUID(_run_id)

    return run_id


def _decode_thread_id(d: dict[str, Any]) -> UUID | Unset:
    _thread_id = d.get("thread_id", UNSET)
    thread_id: UUID | Unset
    if isinstance(_thread_id, Unset):
        thread_id = UNSET
    else:
        thread_id = UUID(_thread_id)

    return thread_id


def _decode_assistant_id(d: dict[str, Any]) -> UUID | Unset:
    _assistant_id = d.get("assistant_id", UNSET)
    assistant_id: UUID | Unset
    if isinstance(_assistant_id, Unset):
        assistant_id = UNSET
    else:
        assistant_id = UUID(_assistant_id)

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
    return {key: value for key, value in d.items() if key not in RunSelection._wire_names}


RunSelection._decoders = {
    "run_id": _decode_run_id,
    "thread_id": _decode_thread_id,
    "assistant_id": _decode_assistant_id,
    "created_at": _decode_created_at,
    "updated_at": _decode_updated_at,
    "status": _decode_status,
    "metadata": _decode_metadata,
    "kwargs": _decode_kwargs,
    "multitask_strategy": _decode_multitask_strategy,
    "langsmith_session_name": _decode_langsmith_session_name,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

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

T = TypeVar("T", bound="Run")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class Run(WireMapping):
    """A run of an assistant.

    Attributes:
        run_id (UUID): The run's id.
        thread_id (UUID): The thread it runs on (a temporary one for stateless runs).
        assistant_id (UUID): The assistant it runs.
        created_at (datetime.datetime): When the run was created.
        updated_at (datetime.datetime): When the run last changed.
        status (RunStatus): The status of a run.
        metadata (Metadata): Free-form metadata, a JSON object; search filters match its keys exactly.
        kwargs (JsonObject): A JSON object of any shape.
        multitask_strategy (MultitaskStrategy): What to do when the thread is already running a run.
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

    run_id: UUID
    thread_id: UUID
    assistant_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: RunStatus
    metadata: Metadata
    kwargs: JsonObject
    multitask_strategy: MultitaskStrategy
    langsmith_session_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        run_id = str(self.run_id)

        thread_id = str(self.thread_id)

        assistant_id = str(self.assistant_id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        status = self.status.value

        metadata = self.metadata.to_dict()

        kwargs = self.kwargs.to_dict()

        multitask_strategy = self.multitask_strategy.value

        langsmith_session_name: None | str | Unset
        if isinstance(self.langsmith_session_name, Unset):
            langsmith_session_name = UNSET
        else:
            langsmith_session_name = self.langsmith_session_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "thread_id": thread_id,
                "assistant_id": assistant_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "status": status,
                "metadata": metadata,
                "kwargs": kwargs,
                "multitask_strategy": multitask_strategy,
            }
        )
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
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        run = cls.__new__(cls)
        run._raw = d
        return run


_REQUIRED = frozenset(
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


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_run_id(d: dict[str, Any]) -> UUID:
    run_id = UUID(d["run_id"])

    return run_id


def _decode_thread_id(d: dict[str, Any]) -> UUID:
    thread_id = UUID(d["thread_id"])

    return thread_id


def _decode_assistant_id(d: dict[str, Any]) -> UUID:
    assistant_id = UUID(d["assistant_id"])

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
    return {key: value for key, value in d.items() if key not in Run._wire_names}


Run._decoders = {
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

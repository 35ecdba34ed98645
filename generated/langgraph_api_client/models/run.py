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


@_attrs_define
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
        d = dict(src_dict)
        run_id = UUID(d.pop("run_id"))

        thread_id = UUID(d.pop("thread_id"))

        assistant_id = UUID(d.pop("assistant_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        status = RunStatus(d.pop("status"))

        metadata = Metadata.from_dict(d.pop("metadata"))

        kwargs = JsonObject.from_dict(d.pop("kwargs"))

        multitask_strategy = MultitaskStrategy(d.pop("multitask_strategy"))

        langsmith_session_name: None | str | Unset = d.pop("langsmith_session_name", UNSET)

        run = cls(
            run_id=run_id,
            thread_id=thread_id,
            assistant_id=assistant_id,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            metadata=metadata,
            kwargs=kwargs,
            multitask_strategy=multitask_strategy,
            langsmith_session_name=langsmith_session_name,
        )

        run.additional_properties = d
        return run


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

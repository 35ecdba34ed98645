from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset, WireItems, WireRecord

T = TypeVar("T", bound="ThreadSelection")


@_attrs_define
class ThreadSelection(WireRecord, WireItems):
    """Some fields of a thread: an item of a search or list made with `select`. It has the same fields as Thread, none of
    them required.

        Attributes:
            thread_id (UUID | Unset): The thread's id.
            created_at (datetime.datetime | Unset): When the thread was created.
            updated_at (datetime.datetime | Unset): When the thread last changed.
            state_updated_at (datetime.datetime | Unset): When the thread's state last changed.
            metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
            status (ThreadStatus | Unset): The status of a thread.
            config (Config | Unset): Configuration of a run or assistant.
            values (JsonObject | list[Any] | None | Unset): The thread's current state values.
            interrupts (ThreadInterrupts | Unset): The thread's pending interrupts, by task id.
            error (None | RunErrorInfo | Unset): Why the thread's last run failed.
            ttl (ThreadTtlInfo | Unset): The thread's TTL, present when asked for with `include=ttl` and set.
            extracted (JsonObject | Unset): A JSON object of any shape.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "thread_id": "thread_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "state_updated_at": "state_updated_at",
        "metadata": "metadata",
        "status": "status",
        "config": "config",
        "values": "values",
        "interrupts": "interrupts",
        "error": "error",
        "ttl": "ttl",
        "extracted": "extracted",
    }

    thread_id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    state_updated_at: datetime.datetime | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    status: ThreadStatus | Unset = UNSET
    config: Config | Unset = UNSET
    values: JsonObject | list[Any] | None | Unset = UNSET
    interrupts: ThreadInterrupts | Unset = UNSET
    error: None | RunErrorInfo | Unset = UNSET
    ttl: ThreadTtlInfo | Unset = UNSET
    extracted: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_id: str | Unset = UNSET
        if not isinstance(self.thread_id, Unset):
            thread_id = str(self.thread_id)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        state_updated_at: str | Unset = UNSET
        if not isinstance(self.state_updated_at, Unset):
            state_updated_at = self.state_updated_at.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        values: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, JsonObject):
            values = self.values.to_dict()
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        interrupts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interrupts, Unset):
            interrupts = self.interrupts.to_dict()

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, RunErrorInfo):
            error = self.error.to_dict()
        else:
            error = self.error

        ttl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.to_dict()

        extracted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extracted, Unset):
            extracted = self.extracted.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if state_updated_at is not UNSET:
            field_dict["state_updated_at"] = state_updated_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status is not UNSET:
            field_dict["status"] = status
        if config is not UNSET:
            field_dict["config"] = config
        if values is not UNSET:
            field_dict["values"] = values
        if interrupts is not UNSET:
            field_dict["interrupts"] = interrupts
        if error is not UNSET:
            field_dict["error"] = error
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if extracted is not UNSET:
            field_dict["extracted"] = extracted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _thread_id = d.pop("thread_id", UNSET)
        thread_id: UUID | Unset
        if isinstance(_thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = UUID(_thread_id)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _state_updated_at = d.pop("state_updated_at", UNSET)
        state_updated_at: datetime.datetime | Unset
        if isinstance(_state_updated_at, Unset):
            state_updated_at = UNSET
        else:
            state_updated_at = datetime.datetime.fromisoformat(_state_updated_at)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _status = d.pop("status", UNSET)
        status: ThreadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ThreadStatus(_status)

        _config = d.pop("config", UNSET)
        config: Config | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = Config.from_dict(_config)

        def _parse_values(data: object) -> JsonObject | list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_0 = JsonObject.from_dict(data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_1: list[Any] = data

                return values_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | list[Any] | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        _interrupts = d.pop("interrupts", UNSET)
        interrupts: ThreadInterrupts | Unset
        if isinstance(_interrupts, Unset):
            interrupts = UNSET
        else:
            interrupts = ThreadInterrupts.from_dict(_interrupts)

        def _parse_error(data: object) -> None | RunErrorInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = RunErrorInfo.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunErrorInfo | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        _ttl = d.pop("ttl", UNSET)
        ttl: ThreadTtlInfo | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = ThreadTtlInfo.from_dict(_ttl)

        _extracted = d.pop("extracted", UNSET)
        extracted: JsonObject | Unset
        if isinstance(_extracted, Unset):
            extracted = UNSET
        else:
            extracted = JsonObject.from_dict(_extracted)

        thread_selection = cls(
            thread_id=thread_id,
            created_at=created_at,
            updated_at=updated_at,
            state_updated_at=state_updated_at,
            metadata=metadata,
            status=status,
            config=config,
            values=values,
            interrupts=interrupts,
            error=error,
            ttl=ttl,
            extracted=extracted,
        )

        thread_selection.additional_properties = d
        return thread_selection


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.config import Config  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.run_error_info import RunErrorInfo  # noqa: E402
from ..models.thread_interrupts import ThreadInterrupts  # noqa: E402
from ..models.thread_ttl_info import ThreadTtlInfo  # noqa: E402

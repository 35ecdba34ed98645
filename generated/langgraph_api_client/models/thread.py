from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset, WireItems, WireRecord

T = TypeVar("T", bound="Thread")


@_attrs_define
class Thread(WireRecord, WireItems):
    """A thread.

    Attributes:
        thread_id (UUID): The thread's id.
        created_at (datetime.datetime): When the thread was created.
        updated_at (datetime.datetime): When the thread last changed.
        state_updated_at (datetime.datetime): When the thread's state last changed.
        metadata (Metadata): Free-form metadata, a JSON object; search filters match its keys exactly.
        status (ThreadStatus): The status of a thread.
        config (Config): Configuration of a run or assistant.
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

    thread_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    state_updated_at: datetime.datetime
    metadata: Metadata
    status: ThreadStatus
    config: Config
    values: JsonObject | list[Any] | None | Unset = UNSET
    interrupts: ThreadInterrupts | Unset = UNSET
    error: None | RunErrorInfo | Unset = UNSET
    ttl: ThreadTtlInfo | Unset = UNSET
    extracted: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_id = str(self.thread_id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        state_updated_at = self.state_updated_at.isoformat()

        metadata = self.metadata.to_dict()

        status = self.status.value

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
        field_dict.update(
            {
                "thread_id": thread_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "state_updated_at": state_updated_at,
                "metadata": metadata,
                "status": status,
                "config": config,
            }
        )
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
        thread_id = UUID(d.pop("thread_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        state_updated_at = datetime.datetime.fromisoformat(d.pop("state_updated_at"))

        metadata = Metadata.from_dict(d.pop("metadata"))

        status = ThreadStatus(d.pop("status"))

        config = Config.from_dict(d.pop("config"))

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

        thread = cls(
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

        thread.additional_properties = d
        return thread


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.config import Config  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.run_error_info import RunErrorInfo  # noqa: E402
from ..models.thread_interrupts import ThreadInterrupts  # noqa: E402
from ..models.thread_ttl_info import ThreadTtlInfo  # noqa: E402

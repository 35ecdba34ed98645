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


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class Thread(WireRecord, WireItems):
    """A thread.

    Attributes:
        thread_id (UUID): The thread's id.
        created_at (datetime.datetime): When the thread was created.
        updated_at (datetime.datetime): When the thread last changed.
        metadata (Metadata): Free-form metadata, a JSON object; search filters match its keys exactly.
        status (ThreadStatus): The status of a thread.
        config (Config): Configuration of a run or assistant.
        state_updated_at (datetime.datetime | Unset): When the thread's state last changed (older servers, such as
            langgraph-api 0.4.48, omit it).
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
        "metadata": "metadata",
        "status": "status",
        "config": "config",
        "state_updated_at": "state_updated_at",
        "values": "values",
        "interrupts": "interrupts",
        "error": "error",
        "ttl": "ttl",
        "extracted": "extracted",
    }

    thread_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    metadata: Metadata
    status: ThreadStatus
    config: Config
    state_updated_at: datetime.datetime | Unset = UNSET
    values: JsonObject | list[Any] | None | Unset = UNSET
    interrupts: ThreadInterrupts | Unset = UNSET
    error: None | RunErrorInfo | Unset = UNSET
    ttl: ThreadTtlInfo | Unset = UNSET
    extracted: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        thread_id = str(self.thread_id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        metadata = self.metadata.to_dict()

        status = self.status.value

        config = self.config.to_dict()

        state_updated_at: str | Unset = UNSET
        if not isinstance(self.state_updated_at, Unset):
            state_updated_at = self.state_updated_at.isoformat()

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
                "metadata": metadata,
                "status": status,
                "config": config,
            }
        )
        if state_updated_at is not UNSET:
            field_dict["state_updated_at"] = state_updated_at
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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        thread = cls.__new__(cls)
        thread._raw = d
        return thread


_REQUIRED = frozenset(
    {
        "thread_id",
        "created_at",
        "updated_at",
        "metadata",
        "status",
        "config",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_thread_id(d: dict[str, Any]) -> UUID:
    thread_id = UUID(d["thread_id"])

    return thread_id


def _decode_created_at(d: dict[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["created_at"])

    return created_at


def _decode_updated_at(d: dict[str, Any]) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(d["updated_at"])

    return updated_at


def _decode_metadata(d: dict[str, Any]) -> Metadata:
    metadata = Metadata.from_dict(d["metadata"])

    return metadata


def _decode_status(d: dict[str, Any]) -> ThreadStatus:
    status = ThreadStatus(d["status"])

    return status


def _decode_config(d: dict[str, Any]) -> Config:
    config = Config.from_dict(d["config"])

    return config


def _decode_state_updated_at(d: dict[str, Any]) -> datetime.datetime | Unset:
    _state_updated_at = d.get("state_updated_at", UNSET)
    state_updated_at: datetime.datetime | Unset
    if isinstance(_state_updated_at, Unset):
        state_updated_at = UNSET
    else:
        state_updated_at = datetime.datetime.fromisoformat(_state_updated_at)

    return state_updated_at


def _decode_values(d: dict[str, Any]) -> JsonObject | list[Any] | None | Unset:
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

    values = _parse_values(d.get("values", UNSET))

    return values


def _decode_interrupts(d: dict[str, Any]) -> ThreadInterrupts | Unset:
    _interrupts = d.get("interrupts", UNSET)
    interrupts: ThreadInterrupts | Unset
    if isinstance(_interrupts, Unset):
        interrupts = UNSET
    else:
        interrupts = ThreadInterrupts.from_dict(_interrupts)

    return interrupts


def _decode_error(d: dict[str, Any]) -> None | RunErrorInfo | Unset:
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

    error = _parse_error(d.get("error", UNSET))

    return error


def _decode_ttl(d: dict[str, Any]) -> ThreadTtlInfo | Unset:
    _ttl = d.get("ttl", UNSET)
    ttl: ThreadTtlInfo | Unset
    if isinstance(_ttl, Unset):
        ttl = UNSET
    else:
        ttl = ThreadTtlInfo.from_dict(_ttl)

    return ttl


def _decode_extracted(d: dict[str, Any]) -> JsonObject | Unset:
    _extracted = d.get("extracted", UNSET)
    extracted: JsonObject | Unset
    if isinstance(_extracted, Unset):
        extracted = UNSET
    else:
        extracted = JsonObject.from_dict(_extracted)

    return extracted


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Thread._wire_names}


Thread._decoders = {
    "thread_id": _decode_thread_id,
    "created_at": _decode_created_at,
    "updated_at": _decode_updated_at,
    "metadata": _decode_metadata,
    "status": _decode_status,
    "config": _decode_config,
    "state_updated_at": _decode_state_updated_at,
    "values": _decode_values,
    "interrupts": _decode_interrupts,
    "error": _decode_error,
    "ttl": _decode_ttl,
    "extracted": _decode_extracted,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.config import Config  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.run_error_info import RunErrorInfo  # noqa: E402
from ..models.thread_interrupts import ThreadInterrupts  # noqa: E402
from ..models.thread_ttl_info import ThreadTtlInfo  # noqa: E402

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


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ThreadSelection(WireRecord, WireItems):
    """Some fields of a thread: an item of a search or list made with `select`. It has the same fields as Thread, none of
    them required.

        Attributes:
            thread_id (UUID | Unset): The thread's id.
            created_at (datetime.datetime | Unset): When the thread was created.
            updated_at (datetime.datetime | Unset): When the thread last changed.
            state_updated_at (datetime.datetime | Unset): When the thread's state last changed (older servers, such as
                langgraph-api 0.4.48, omit it).
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        thread_selection = cls.__new__(cls)
        thread_selection._raw = d
        return thread_selection


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_thread_id(d: dict[str, Any]) -> UUID | Unset:
    _thread_id = d.get("thread_id", UNSET)
    thread_id: UUID | Unset
    if isinstance(_thread_id, Unset):
        thread_id = UNSET
    else:
        thread_id = UUID(_thread_id)

    return thread_id


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


def _decode_state_updated_at(d: dict[str, Any]) -> datetime.datetime | Unset:
    _state_updated_at = d.get("state_updated_at", UNSET)
    state_updated_at: datetime.datetime | Unset
    if isinstance(_state_updated_at, Unset):
        state_updated_at = UNSET
    else:
        state_updated_at = datetime.datetime.fromisoformat(_state_updated_at)

    return state_updated_at


def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_status(d: dict[str, Any]) -> ThreadStatus | Unset:
    _status = d.get("status", UNSET)
    status: ThreadStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = ThreadStatus(_status)

    return status


def _decode_config(d: dict[str, Any]) -> Config | Unset:
    _config = d.get("config", UNSET)
    config: Config | Unset
    if isinstance(_config, Unset):
        config = UNSET
    else:
        config = Config.from_dict(_config)

    return config


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
    return {key: value for key, value in d.items() if key not in ThreadSelection._wire_names}


ThreadSelection._decoders = {
    "thread_id": _decode_thread_id,
    "created_at": _decode_created_at,
    "updated_at": _decode_updated_at,
    "state_updated_at": _decode_state_updated_at,
    "metadata": _decode_metadata,
    "status": _decode_status,
    "config": _decode_config,
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

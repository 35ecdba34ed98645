from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.on_run_completed import OnRunCompleted
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CronSelection")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class CronSelection(WireMapping):
    """Some fields of a cron: an item of a search or list made with `select`. It has the same fields as Cron, none of them
    required.

        Attributes:
            cron_id (UUID | Unset): The cron's id.
            assistant_id (None | Unset | UUID): The assistant it runs.
            thread_id (None | Unset | UUID): The thread it runs on, if any.
            end_time (datetime.datetime | None | Unset): When the cron stops.
            schedule (str | Unset): The cron expression.
            timezone (None | str | Unset): The IANA time zone of the schedule; null means UTC.
            created_at (datetime.datetime | Unset): When the cron was created.
            updated_at (datetime.datetime | Unset): When the cron last changed.
            user_id (None | str | Unset): The user who owns the cron.
            payload (JsonObject | Unset): A JSON object of any shape.
            next_run_date (datetime.datetime | None | Unset): When the cron runs next.
            metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
            on_run_completed (None | OnRunCompleted | Unset):
            enabled (bool | Unset): Whether the cron starts runs.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "cron_id": "cron_id",
        "assistant_id": "assistant_id",
        "thread_id": "thread_id",
        "end_time": "end_time",
        "schedule": "schedule",
        "timezone": "timezone",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "user_id": "user_id",
        "payload": "payload",
        "next_run_date": "next_run_date",
        "metadata": "metadata",
        "on_run_completed": "on_run_completed",
        "enabled": "enabled",
    }

    cron_id: UUID | Unset = UNSET
    assistant_id: None | Unset | UUID = UNSET
    thread_id: None | Unset | UUID = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    schedule: str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_id: None | str | Unset = UNSET
    payload: JsonObject | Unset = UNSET
    next_run_date: datetime.datetime | None | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    on_run_completed: None | OnRunCompleted | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        cron_id: str | Unset = UNSET
        if not isinstance(self.cron_id, Unset):
            cron_id = str(self.cron_id)

        assistant_id: None | str | Unset
        if isinstance(self.assistant_id, Unset):
            assistant_id = UNSET
        elif isinstance(self.assistant_id, UUID):
            assistant_id = str(self.assistant_id)
        else:
            assistant_id = self.assistant_id

        thread_id: None | str | Unset
        if isinstance(self.thread_id, Unset):
            thread_id = UNSET
        elif isinstance(self.thread_id, UUID):
            thread_id = str(self.thread_id)
        else:
            thread_id = self.thread_id

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        schedule = self.schedule

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        next_run_date: None | str | Unset
        if isinstance(self.next_run_date, Unset):
            next_run_date = UNSET
        elif isinstance(self.next_run_date, datetime.datetime):
            next_run_date = self.next_run_date.isoformat()
        else:
            next_run_date = self.next_run_date

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        on_run_completed: None | str | Unset
        if isinstance(self.on_run_completed, Unset):
            on_run_completed = UNSET
        elif isinstance(self.on_run_completed, OnRunCompleted):
            on_run_completed = self.on_run_completed.value
        else:
            on_run_completed = self.on_run_completed

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cron_id is not UNSET:
            field_dict["cron_id"] = cron_id
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if payload is not UNSET:
            field_dict["payload"] = payload
        if next_run_date is not UNSET:
            field_dict["next_run_date"] = next_run_date
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if on_run_completed is not UNSET:
            field_dict["on_run_completed"] = on_run_completed
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        cron_selection = cls.__new__(cls)
        cron_selection._raw = d
        return cron_selection


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_cron_id(d: dict[str, Any]) -> UUID | Unset:
    _cron_id = d.get("cron_id", UNSET)
    cron_id: UUID | Unset
    if isinstance(_cron_id, Unset):
        cron_id = UNSET
    else:
        cron_id = UUID(_cron_id)

    return cron_id


def _decode_assistant_id(d: dict[str, Any]) -> None | Unset | UUID:
    def _parse_assistant_id(data: object) -> None | Unset | UUID:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            assistant_id_type_0 = UUID(data)

            return assistant_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | Unset | UUID, data)

    assistant_id = _parse_assistant_id(d.get("assistant_id", UNSET))

    return assistant_id


def _decode_thread_id(d: dict[str, Any]) -> None | Unset | UUID:
    def _parse_thread_id(data: object) -> None | Unset | UUID:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            thread_id_type_0 = UUID(data)

            return thread_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | Unset | UUID, data)

    thread_id = _parse_thread_id(d.get("thread_id", UNSET))

    return thread_id


def _decode_end_time(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            end_time_type_0 = datetime.datetime.fromisoformat(data)

            return end_time_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    end_time = _parse_end_time(d.get("end_time", UNSET))

    return end_time


def _decode_schedule(d: dict[str, Any]) -> str | Unset:
    schedule: str | Unset = d.get("schedule", UNSET)
    return schedule


def _decode_timezone(d: dict[str, Any]) -> None | str | Unset:
    timezone: None | str | Unset = d.get("timezone", UNSET)

    return timezone


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


def _decode_user_id(d: dict[str, Any]) -> None | str | Unset:
    user_id: None | str | Unset = d.get("user_id", UNSET)

    return user_id


def _decode_payload(d: dict[str, Any]) -> JsonObject | Unset:
    _payload = d.get("payload", UNSET)
    payload: JsonObject | Unset
    if isinstance(_payload, Unset):
        payload = UNSET
    else:
        payload = JsonObject.from_dict(_payload)

    return payload


def _decode_next_run_date(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    def _parse_next_run_date(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            next_run_date_type_0 = datetime.datetime.fromisoformat(data)

            return next_run_date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    next_run_date = _parse_next_run_date(d.get("next_run_date", UNSET))

    return next_run_date


def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_on_run_completed(d: dict[str, Any]) -> None | OnRunCompleted | Unset:
    def _parse_on_run_completed(data: object) -> None | OnRunCompleted | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            on_run_completed_type_0 = OnRunCompleted(data)

            return on_run_completed_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | OnRunCompleted | Unset, data)

    on_run_completed = _parse_on_run_completed(d.get("on_run_completed", UNSET))

    return on_run_completed


def _decode_enabled(d: dict[str, Any]) -> bool | Unset:
    enabled: bool | Unset = d.get("enabled", UNSET)
    return enabled


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CronSelection._wire_names}


CronSelection._decoders = {
    "cron_id": _decode_cron_id,
    "assistant_id": _decode_assistant_id,
    "thread_id": _decode_thread_id,
    "end_time": _decode_end_time,
    "schedule": _decode_schedule,
    "timezone": _decode_timezone,
    "created_at": _decode_created_at,
    "updated_at": _decode_updated_at,
    "user_id": _decode_user_id,
    "payload": _decode_payload,
    "next_run_date": _decode_next_run_date,
    "metadata": _decode_metadata,
    "on_run_completed": _decode_on_run_completed,
    "enabled": _decode_enabled,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

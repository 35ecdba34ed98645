from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.on_run_completed import OnRunCompleted
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="Cron")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class Cron(WireMapping):
    """A schedule that starts runs.

    Attributes:
        cron_id (UUID): The cron's id.
        assistant_id (None | UUID): The assistant it runs.
        thread_id (None | UUID): The thread it runs on, if any.
        end_time (datetime.datetime | None): When the cron stops.
        schedule (str): The cron expression.
        created_at (datetime.datetime): When the cron was created.
        updated_at (datetime.datetime): When the cron last changed.
        payload (JsonObject): A JSON object of any shape.
        enabled (bool): Whether the cron starts runs.
        timezone (None | str | Unset): The IANA time zone of the schedule; null means UTC.
        user_id (None | str | Unset): The user who owns the cron.
        next_run_date (datetime.datetime | None | Unset): When the cron runs next.
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
        on_run_completed (None | OnRunCompleted | Unset):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "cron_id": "cron_id",
        "assistant_id": "assistant_id",
        "thread_id": "thread_id",
        "end_time": "end_time",
        "schedule": "schedule",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "payload": "payload",
        "enabled": "enabled",
        "timezone": "timezone",
        "user_id": "user_id",
        "next_run_date": "next_run_date",
        "metadata": "metadata",
        "on_run_completed": "on_run_completed",
    }

    cron_id: UUID
    assistant_id: None | UUID
    thread_id: None | UUID
    end_time: datetime.datetime | None
    schedule: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    payload: JsonObject
    enabled: bool
    timezone: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    next_run_date: datetime.datetime | None | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    on_run_completed: None | OnRunCompleted | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        cron_id = str(self.cron_id)

        assistant_id: None | str
        if isinstance(self.assistant_id, UUID):
            assistant_id = str(self.assistant_id)
        else:
            assistant_id = self.assistant_id

        thread_id: None | str
        if isinstance(self.thread_id, UUID):
            thread_id = str(self.thread_id)
        else:
            thread_id = self.thread_id

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        schedule = self.schedule

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        payload = self.payload.to_dict()

        enabled = self.enabled

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cron_id": cron_id,
                "assistant_id": assistant_id,
                "thread_id": thread_id,
                "end_time": end_time,
                "schedule": schedule,
                "created_at": created_at,
                "updated_at": updated_at,
                "payload": payload,
                "enabled": enabled,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if next_run_date is not UNSET:
            field_dict["next_run_date"] = next_run_date
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if on_run_completed is not UNSET:
            field_dict["on_run_completed"] = on_run_completed

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
        cron = cls.__new__(cls)
        cron._raw = d
        return cron


_REQUIRED = frozenset(
    {
        "cron_id",
        "assistant_id",
        "thread_id",
        "end_time",
        "schedule",
        "created_at",
        "updated_at",
        "payload",
        "enabled",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_cron_id(d: dict[str, Any]) -> UUID:
    cron_id = UUID(d["cron_id"])

    return cron_id


def _decode_assistant_id(d: dict[str, Any]) -> None | UUID:
    def _parse_assistant_id(data: object) -> None | UUID:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            assistant_id_type_0 = UUID(data)

            return assistant_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | UUID, data)

    assistant_id = _parse_assistant_id(d["assistant_id"])

    return assistant_id


def _decode_thread_id(d: dict[str, Any]) -> None | UUID:
    def _parse_thread_id(data: object) -> None | UUID:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            thread_id_type_0 = UUID(data)

            return thread_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | UUID, data)

    thread_id = _parse_thread_id(d["thread_id"])

    return thread_id


def _decode_end_time(d: dict[str, Any]) -> datetime.datetime | None:
    def _parse_end_time(data: object) -> datetime.datetime | None:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            end_time_type_0 = datetime.datetime.fromisoformat(data)

            return end_time_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None, data)

    end_time = _parse_end_time(d["end_time"])

    return end_time


def _decode_schedule(d: dict[str, Any]) -> str:
    schedule: str = d["schedule"]
    return schedule


def _decode_created_at(d: dict[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["created_at"])

    return created_at


def _decode_updated_at(d: dict[str, Any]) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(d["updated_at"])

    return updated_at


def _decode_payload(d: dict[str, Any]) -> JsonObject:
    payload = JsonObject.from_dict(d["payload"])

    return payload


def _decode_enabled(d: dict[str, Any]) -> bool:
    enabled: bool = d["enabled"]
    return enabled


def _decode_timezone(d: dict[str, Any]) -> None | str | Unset:
    timezone: None | str | Unset = d.get("timezone", UNSET)

    return timezone


def _decode_user_id(d: dict[str, Any]) -> None | str | Unset:
    user_id: None | str | Unset = d.get("user_id", UNSET)

    return user_id


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


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Cron._wire_names}


Cron._decoders = {
    "cron_id": _decode_cron_id,
    "assistant_id": _decode_assistant_id,
    "thread_id": _decode_thread_id,
    "end_time": _decode_end_time,
    "schedule": _decode_schedule,
    "created_at": _decode_created_at,
    "updated_at": _decode_updated_at,
    "payload": _decode_payload,
    "enabled": _decode_enabled,
    "timezone": _decode_timezone,
    "user_id": _decode_user_id,
    "next_run_date": _decode_next_run_date,
    "metadata": _decode_metadata,
    "on_run_completed": _decode_on_run_completed,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

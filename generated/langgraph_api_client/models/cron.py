from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.cron_metadata import CronMetadata
    from ..models.cron_payload import CronPayload


T = TypeVar("T", bound="Cron")


@_attrs_define
class Cron(WireMapping):
    """Represents a scheduled task.

    Attributes:
        cron_id (UUID): The ID of the cron.
        thread_id (UUID): The ID of the thread.
        end_time (datetime.datetime): The end date to stop running the cron.
        schedule (str): The schedule to run, cron format.
        created_at (datetime.datetime): The time the cron was created.
        updated_at (datetime.datetime): The last time the cron was updated.
        payload (CronPayload): The run payload to use for creating new run.
        enabled (bool): Whether the cron job should be enabled. Disabled crons are not executed. Default: True.
        assistant_id (None | Unset | UUID): The ID of the assistant.
        user_id (None | str | Unset): The ID of the user.
        next_run_date (datetime.datetime | None | Unset): The next run date of the cron.
        metadata (CronMetadata | Unset): The cron metadata.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "cron_id": "cron_id",
        "thread_id": "thread_id",
        "end_time": "end_time",
        "schedule": "schedule",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "payload": "payload",
        "enabled": "enabled",
        "assistant_id": "assistant_id",
        "user_id": "user_id",
        "next_run_date": "next_run_date",
        "metadata": "metadata",
    }

    cron_id: UUID
    thread_id: UUID
    end_time: datetime.datetime
    schedule: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    payload: CronPayload
    enabled: bool = True
    assistant_id: None | Unset | UUID = UNSET
    user_id: None | str | Unset = UNSET
    next_run_date: datetime.datetime | None | Unset = UNSET
    metadata: CronMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron_id = str(self.cron_id)

        thread_id = str(self.thread_id)

        end_time = self.end_time.isoformat()

        schedule = self.schedule

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        payload = self.payload.to_dict()

        enabled = self.enabled

        assistant_id: None | str | Unset
        if isinstance(self.assistant_id, Unset):
            assistant_id = UNSET
        elif isinstance(self.assistant_id, UUID):
            assistant_id = str(self.assistant_id)
        else:
            assistant_id = self.assistant_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cron_id": cron_id,
                "thread_id": thread_id,
                "end_time": end_time,
                "schedule": schedule,
                "created_at": created_at,
                "updated_at": updated_at,
                "payload": payload,
                "enabled": enabled,
            }
        )
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if next_run_date is not UNSET:
            field_dict["next_run_date"] = next_run_date
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cron_metadata import CronMetadata  # noqa: PLC0415
        from ..models.cron_payload import CronPayload  # noqa: PLC0415

        d = dict(src_dict)
        cron_id = UUID(d.pop("cron_id"))

        thread_id = UUID(d.pop("thread_id"))

        end_time = datetime.datetime.fromisoformat(d.pop("end_time"))

        schedule = d.pop("schedule")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        payload = CronPayload.from_dict(d.pop("payload"))

        enabled = d.pop("enabled")

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

        assistant_id = _parse_assistant_id(d.pop("assistant_id", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

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

        next_run_date = _parse_next_run_date(d.pop("next_run_date", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: CronMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CronMetadata.from_dict(_metadata)

        cron = cls(
            cron_id=cron_id,
            thread_id=thread_id,
            end_time=end_time,
            schedule=schedule,
            created_at=created_at,
            updated_at=updated_at,
            payload=payload,
            enabled=enabled,
            assistant_id=assistant_id,
            user_id=user_id,
            next_run_date=next_run_date,
            metadata=metadata,
        )

        cron.additional_properties = d
        return cron

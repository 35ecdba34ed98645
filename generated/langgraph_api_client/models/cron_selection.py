from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, cast
from uuid import UUID

from ..models.on_run_completed import OnRunCompleted
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, parse_uuid, to_wire


class CronSelection(WireDict):
    """Some fields of a cron: an item of a search or list made with `select`. It has the same fields as Cron, none of them
    required.

        A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
        its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
        as documented; an optional field that is missing reads as None.

        Attributes:
            cron_id (UUID | None): The cron's id.
            assistant_id (None | UUID): The assistant it runs.
            thread_id (None | UUID): The thread it runs on, if any.
            end_time (datetime.datetime | None): When the cron stops.
            schedule (str | None): The cron expression.
            timezone (None | str): The IANA time zone of the schedule; null means UTC.
            created_at (datetime.datetime | None): When the cron was created.
            updated_at (datetime.datetime | None): When the cron last changed.
            user_id (None | str): The user who owns the cron.
            payload (dict[str, Any] | None): A JSON object of any shape.
            next_run_date (datetime.datetime | None): When the cron runs next.
            metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
            on_run_completed (None | OnRunCompleted):
            enabled (bool | None): Whether the cron starts runs.
    """

    __slots__ = ()

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

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "cron_id",
            "schedule",
            "created_at",
            "updated_at",
            "enabled",
        }
    )

    def __init__(
        self,
        *,
        cron_id: UUID | str | Unset = UNSET,
        assistant_id: None | Unset | UUID = UNSET,
        thread_id: None | Unset | UUID = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        schedule: str | Unset = UNSET,
        timezone: None | str | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        payload: JsonObject | Unset = UNSET,
        next_run_date: datetime.datetime | None | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        on_run_completed: None | OnRunCompleted | str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A CronSelection built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        if not isinstance(cron_id, Unset):
            fields["cron_id"] = to_wire(cron_id)
        if not isinstance(assistant_id, Unset):
            fields["assistant_id"] = to_wire(assistant_id)
        if not isinstance(thread_id, Unset):
            fields["thread_id"] = to_wire(thread_id)
        if not isinstance(end_time, Unset):
            fields["end_time"] = to_wire(end_time)
        if not isinstance(schedule, Unset):
            fields["schedule"] = to_wire(schedule)
        if not isinstance(timezone, Unset):
            fields["timezone"] = to_wire(timezone)
        if not isinstance(created_at, Unset):
            fields["created_at"] = to_wire(created_at)
        if not isinstance(updated_at, Unset):
            fields["updated_at"] = to_wire(updated_at)
        if not isinstance(user_id, Unset):
            fields["user_id"] = to_wire(user_id)
        if not isinstance(payload, Unset):
            fields["payload"] = to_wire(payload)
        if not isinstance(next_run_date, Unset):
            fields["next_run_date"] = to_wire(next_run_date)
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(on_run_completed, Unset):
            fields["on_run_completed"] = to_wire(on_run_completed)
        if not isinstance(enabled, Unset):
            fields["enabled"] = to_wire(enabled)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def cron_id(self) -> UUID | None:
        """The cron's id."""
        value = self.get("cron_id")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return parse_uuid(value)
            except ValueError:
                pass
        try:
            read = _decode_cron_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "cron_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def assistant_id(self) -> None | UUID:
        """The assistant it runs."""
        try:
            read = _decode_assistant_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "assistant_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def thread_id(self) -> None | UUID:
        """The thread it runs on, if any."""
        try:
            read = _decode_thread_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "thread_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def end_time(self) -> datetime.datetime | None:
        """When the cron stops."""
        try:
            read = _decode_end_time(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "end_time", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def schedule(self) -> str | None:
        """The cron expression."""
        value = self.get("schedule")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_schedule(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "schedule", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def timezone(self) -> None | str:
        """The IANA time zone of the schedule; null means UTC."""
        try:
            read = _decode_timezone(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "timezone", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the cron was created."""
        value = self.get("created_at")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
        try:
            read = _decode_created_at(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "created_at", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def updated_at(self) -> datetime.datetime | None:
        """When the cron last changed."""
        value = self.get("updated_at")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
        try:
            read = _decode_updated_at(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "updated_at", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def user_id(self) -> None | str:
        """The user who owns the cron."""
        try:
            read = _decode_user_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "user_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def payload(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("payload")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("payload", _decode_payload)
        return None if isinstance(read, Unset) else read

    @property
    def next_run_date(self) -> datetime.datetime | None:
        """When the cron runs next."""
        try:
            read = _decode_next_run_date(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "next_run_date", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def metadata(self) -> dict[str, Any] | None:
        """Free-form metadata, a JSON object; search filters match its keys exactly."""
        value = self.get("metadata")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("metadata", _decode_metadata)
        return None if isinstance(read, Unset) else read

    @property
    def on_run_completed(self) -> None | OnRunCompleted:
        """The `on_run_completed` field."""
        try:
            read = _decode_on_run_completed(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "on_run_completed", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def enabled(self) -> bool | None:
        """Whether the cron starts runs."""
        value = self.get("enabled")
        if type(value) is bool or value is None:
            return value
        try:
            read = _decode_enabled(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "enabled", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(CronSelection._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_cron_id(d: dict[str, Any]) -> UUID | Unset:
    _cron_id = d.get("cron_id", UNSET)
    cron_id: UUID | Unset
    if isinstance(_cron_id, Unset):
        cron_id = UNSET
    else:
        cron_id = parse_uuid(_cron_id)

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
            assistant_id_type_0 = parse_uuid(data)

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
            thread_id_type_0 = parse_uuid(data)

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
    if not isinstance(schedule, str | Unset):
        raise TypeError(f"not a string: {type(schedule).__name__}")
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
    if not isinstance(enabled, bool | Unset):
        raise TypeError(f"not a boolean: {type(enabled).__name__}")
    return enabled


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

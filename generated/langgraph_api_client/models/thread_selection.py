from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, cast
from uuid import UUID

from ..models.thread_status import ThreadStatus
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, parse_uuid, to_wire


class ThreadSelection(WireDict):
    """Some fields of a thread: an item of a search or list made with `select`. It has the same fields as Thread, none of
    them required.

        A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
        its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
        as documented; an optional field that is missing reads as None.

        Attributes:
            thread_id (UUID | None): The thread's id.
            created_at (datetime.datetime | None): When the thread was created.
            updated_at (datetime.datetime | None): When the thread last changed.
            state_updated_at (datetime.datetime | None): When the thread's state last changed (older servers, such as langgraph-api 0.4.48, omit it).
            metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
            status (ThreadStatus | None): The status of a thread.
            config (Config | None): Configuration of a run or assistant.
            values_ (JsonObject | list[Any] | None): The thread's current state values. Wire key `values` (the attribute takes a trailing underscore so as not to hide the dict method).
            interrupts (ThreadInterrupts | None): The thread's pending interrupts, by task id.
            error (None | RunErrorInfo): Why the thread's last run failed.
            ttl (ThreadTtlInfo | None): The thread's TTL, present when asked for with `include=ttl` and set.
            extracted (dict[str, Any] | None): A JSON object of any shape.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "thread_id": "thread_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "state_updated_at": "state_updated_at",
        "metadata": "metadata",
        "status": "status",
        "config": "config",
        "values": "values_",
        "interrupts": "interrupts",
        "error": "error",
        "ttl": "ttl",
        "extracted": "extracted",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "thread_id",
            "created_at",
            "updated_at",
            "state_updated_at",
        }
    )

    def __init__(
        self,
        *,
        thread_id: UUID | str | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        state_updated_at: datetime.datetime | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        status: ThreadStatus | str | Unset = UNSET,
        config: Config | Unset = UNSET,
        values: JsonObject | list[Any] | None | Unset = UNSET,
        interrupts: ThreadInterrupts | Unset = UNSET,
        error: None | RunErrorInfo | Unset = UNSET,
        ttl: ThreadTtlInfo | Unset = UNSET,
        extracted: JsonObject | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ThreadSelection built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        if not isinstance(thread_id, Unset):
            fields["thread_id"] = to_wire(thread_id)
        if not isinstance(created_at, Unset):
            fields["created_at"] = to_wire(created_at)
        if not isinstance(updated_at, Unset):
            fields["updated_at"] = to_wire(updated_at)
        if not isinstance(state_updated_at, Unset):
            fields["state_updated_at"] = to_wire(state_updated_at)
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(status, Unset):
            fields["status"] = to_wire(status)
        if not isinstance(config, Unset):
            fields["config"] = to_wire(config)
        if not isinstance(values, Unset):
            fields["values"] = to_wire(values)
        if not isinstance(interrupts, Unset):
            fields["interrupts"] = to_wire(interrupts)
        if not isinstance(error, Unset):
            fields["error"] = to_wire(error)
        if not isinstance(ttl, Unset):
            fields["ttl"] = to_wire(ttl)
        if not isinstance(extracted, Unset):
            fields["extracted"] = to_wire(extracted)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def thread_id(self) -> UUID | None:
        """The thread's id."""
        value = self.get("thread_id")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return parse_uuid(value)
            except ValueError:
                pass
        try:
            read = _decode_thread_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "thread_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the thread was created."""
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
        """When the thread last changed."""
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
    def state_updated_at(self) -> datetime.datetime | None:
        """When the thread's state last changed (older servers, such as langgraph-api 0.4.48, omit it)."""
        value = self.get("state_updated_at")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
        try:
            read = _decode_state_updated_at(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "state_updated_at", exc) from exc
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
    def status(self) -> ThreadStatus | None:
        """The status of a thread."""
        try:
            read = _decode_status(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "status", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def config(self) -> Config | None:
        """Configuration of a run or assistant."""
        value = self.get("config")
        if type(value) is Config:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "config", Config, value)
        read = self._keep("config", _decode_config)
        return None if isinstance(read, Unset) else read

    @property
    def values_(self) -> JsonObject | list[Any] | None:
        """The thread's current state values."""
        try:
            read = _decode_values(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "values", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def interrupts(self) -> ThreadInterrupts | None:
        """The thread's pending interrupts, by task id."""
        value = self.get("interrupts")
        if type(value) is ThreadInterrupts:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "interrupts", ThreadInterrupts, value)
        read = self._keep("interrupts", _decode_interrupts)
        return None if isinstance(read, Unset) else read

    @property
    def error(self) -> None | RunErrorInfo:
        """Why the thread's last run failed."""
        try:
            read = _decode_error(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "error", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def ttl(self) -> ThreadTtlInfo | None:
        """The thread's TTL, present when asked for with `include=ttl` and set."""
        value = self.get("ttl")
        if type(value) is ThreadTtlInfo:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "ttl", ThreadTtlInfo, value)
        read = self._keep("ttl", _decode_ttl)
        return None if isinstance(read, Unset) else read

    @property
    def extracted(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("extracted")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("extracted", _decode_extracted)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadSelection._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_thread_id(d: dict[str, Any]) -> UUID | Unset:
    _thread_id = d.get("thread_id", UNSET)
    thread_id: UUID | Unset
    if isinstance(_thread_id, Unset):
        thread_id = UNSET
    else:
        thread_id = parse_uuid(_thread_id)

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
            if not isinstance(data, dict) or not JsonObject.fits(data):
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
            if not isinstance(data, dict) or not RunErrorInfo.fits(data):
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
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.config import Config  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.run_error_info import RunErrorInfo  # noqa: E402
from ..models.thread_interrupts import ThreadInterrupts  # noqa: E402
from ..models.thread_ttl_info import ThreadTtlInfo  # noqa: E402

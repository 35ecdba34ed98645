from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.all_nodes import AllNodes
from ..models.durability import Durability
from ..models.on_run_completed import OnRunCompleted
from ..models.stream_mode import StreamMode
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CronPatch")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class CronPatch(WireMapping):
    """Body of update_cron; absent fields are kept.

    Attributes:
        schedule (str | Unset): The new cron expression.
        timezone (str | Unset): An IANA time zone for the schedule.
        end_time (datetime.datetime | None | Unset): When to stop; null clears it.
        input_ (JsonObject | list[JsonObject] | Unset): The graph's input for each run.
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
        config (Config | Unset): Configuration of a run or assistant.
        context (JsonObject | Unset): A JSON object of any shape.
        webhook (str | Unset): A URL to call when each run ends.
        interrupt_before (AllNodes | list[str] | Unset): Node names, or `*` for every node.
        interrupt_after (AllNodes | list[str] | Unset): Node names, or `*` for every node.
        on_run_completed (OnRunCompleted | Unset): Whether a cron's run deletes or keeps its new thread when done.
        enabled (bool | Unset): Whether the cron starts runs.
        stream_mode (list[StreamMode] | StreamMode | Unset): One stream mode or several.
        stream_subgraphs (bool | Unset): Also stream the output of subgraphs.
        stream_resumable (bool | Unset): Keep each run's stream so it can be joined.
        durability (Durability | Unset): When checkpoints are saved: `sync` before each next step, `async` while the
            next step runs, `exit` only when the run ends.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "schedule": "schedule",
        "timezone": "timezone",
        "end_time": "end_time",
        "input": "input_",
        "metadata": "metadata",
        "config": "config",
        "context": "context",
        "webhook": "webhook",
        "interrupt_before": "interrupt_before",
        "interrupt_after": "interrupt_after",
        "on_run_completed": "on_run_completed",
        "enabled": "enabled",
        "stream_mode": "stream_mode",
        "stream_subgraphs": "stream_subgraphs",
        "stream_resumable": "stream_resumable",
        "durability": "durability",
    }

    schedule: str | Unset = UNSET
    timezone: str | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    input_: JsonObject | list[JsonObject] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    config: Config | Unset = UNSET
    context: JsonObject | Unset = UNSET
    webhook: str | Unset = UNSET
    interrupt_before: AllNodes | list[str] | Unset = UNSET
    interrupt_after: AllNodes | list[str] | Unset = UNSET
    on_run_completed: OnRunCompleted | Unset = UNSET
    enabled: bool | Unset = UNSET
    stream_mode: list[StreamMode] | StreamMode | Unset = UNSET
    stream_subgraphs: bool | Unset = UNSET
    stream_resumable: bool | Unset = UNSET
    durability: Durability | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        schedule = self.schedule

        timezone = self.timezone

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        input_: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, JsonObject):
            input_ = self.input_.to_dict()
        else:
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item = input_type_1_item_data.to_dict()
                input_.append(input_type_1_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        webhook = self.webhook

        interrupt_before: list[str] | str | Unset
        if isinstance(self.interrupt_before, Unset):
            interrupt_before = UNSET
        elif isinstance(self.interrupt_before, AllNodes):
            interrupt_before = self.interrupt_before.value
        else:
            interrupt_before = self.interrupt_before

        interrupt_after: list[str] | str | Unset
        if isinstance(self.interrupt_after, Unset):
            interrupt_after = UNSET
        elif isinstance(self.interrupt_after, AllNodes):
            interrupt_after = self.interrupt_after.value
        else:
            interrupt_after = self.interrupt_after

        on_run_completed: str | Unset = UNSET
        if not isinstance(self.on_run_completed, Unset):
            on_run_completed = self.on_run_completed.value

        enabled = self.enabled

        stream_mode: list[str] | str | Unset
        if isinstance(self.stream_mode, Unset):
            stream_mode = UNSET
        elif isinstance(self.stream_mode, StreamMode):
            stream_mode = self.stream_mode.value
        else:
            stream_mode = []
            for componentsschemas_stream_modes_type_1_item_data in self.stream_mode:
                componentsschemas_stream_modes_type_1_item = (
                    componentsschemas_stream_modes_type_1_item_data.value
                )
                stream_mode.append(componentsschemas_stream_modes_type_1_item)

        stream_subgraphs = self.stream_subgraphs

        stream_resumable = self.stream_resumable

        durability: str | Unset = UNSET
        if not isinstance(self.durability, Unset):
            durability = self.durability.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if input_ is not UNSET:
            field_dict["input"] = input_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if config is not UNSET:
            field_dict["config"] = config
        if context is not UNSET:
            field_dict["context"] = context
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if interrupt_before is not UNSET:
            field_dict["interrupt_before"] = interrupt_before
        if interrupt_after is not UNSET:
            field_dict["interrupt_after"] = interrupt_after
        if on_run_completed is not UNSET:
            field_dict["on_run_completed"] = on_run_completed
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if stream_mode is not UNSET:
            field_dict["stream_mode"] = stream_mode
        if stream_subgraphs is not UNSET:
            field_dict["stream_subgraphs"] = stream_subgraphs
        if stream_resumable is not UNSET:
            field_dict["stream_resumable"] = stream_resumable
        if durability is not UNSET:
            field_dict["durability"] = durability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        cron_patch = cls.__new__(cls)
        cron_patch._raw = d
        return cron_patch


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_schedule(d: dict[str, Any]) -> str | Unset:
    schedule: str | Unset = d.get("schedule", UNSET)
    return schedule


def _decode_timezone(d: dict[str, Any]) -> str | Unset:
    timezone: str | Unset = d.get("timezone", UNSET)
    return timezone


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


def _decode_input_(d: dict[str, Any]) -> JsonObject | list[JsonObject] | Unset:
    def _parse_input_(data: object) -> JsonObject | list[JsonObject] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            input_type_0 = JsonObject.from_dict(data)

            return input_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        input_type_1 = []
        _input_type_1 = data
        for input_type_1_item_data in _input_type_1:
            input_type_1_item = JsonObject.from_dict(input_type_1_item_data)

            input_type_1.append(input_type_1_item)

        return input_type_1

    input_ = _parse_input_(d.get("input", UNSET))

    return input_


def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_config(d: dict[str, Any]) -> Config | Unset:
    _config = d.get("config", UNSET)
    config: Config | Unset
    if isinstance(_config, Unset):
        config = UNSET
    else:
        config = Config.from_dict(_config)

    return config


def _decode_context(d: dict[str, Any]) -> JsonObject | Unset:
    _context = d.get("context", UNSET)
    context: JsonObject | Unset
    if isinstance(_context, Unset):
        context = UNSET
    else:
        context = JsonObject.from_dict(_context)

    return context


def _decode_webhook(d: dict[str, Any]) -> str | Unset:
    webhook: str | Unset = d.get("webhook", UNSET)
    return webhook


def _decode_interrupt_before(d: dict[str, Any]) -> AllNodes | list[str] | Unset:
    def _parse_interrupt_before(data: object) -> AllNodes | list[str] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_interrupt_nodes_type_0 = AllNodes(data)

            return componentsschemas_interrupt_nodes_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_interrupt_nodes_type_1: list[str] = data

        return componentsschemas_interrupt_nodes_type_1

    interrupt_before = _parse_interrupt_before(d.get("interrupt_before", UNSET))

    return interrupt_before


def _decode_interrupt_after(d: dict[str, Any]) -> AllNodes | list[str] | Unset:
    def _parse_interrupt_after(data: object) -> AllNodes | list[str] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_interrupt_nodes_type_0 = AllNodes(data)

            return componentsschemas_interrupt_nodes_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_interrupt_nodes_type_1: list[str] = data

        return componentsschemas_interrupt_nodes_type_1

    interrupt_after = _parse_interrupt_after(d.get("interrupt_after", UNSET))

    return interrupt_after


def _decode_on_run_completed(d: dict[str, Any]) -> OnRunCompleted | Unset:
    _on_run_completed = d.get("on_run_completed", UNSET)
    on_run_completed: OnRunCompleted | Unset
    if isinstance(_on_run_completed, Unset):
        on_run_completed = UNSET
    else:
        on_run_completed = OnRunCompleted(_on_run_completed)

    return on_run_completed


def _decode_enabled(d: dict[str, Any]) -> bool | Unset:
    enabled: bool | Unset = d.get("enabled", UNSET)
    return enabled


def _decode_stream_mode(d: dict[str, Any]) -> list[StreamMode] | StreamMode | Unset:
    def _parse_stream_mode(data: object) -> list[StreamMode] | StreamMode | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_stream_modes_type_0 = StreamMode(data)

            return componentsschemas_stream_modes_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_stream_modes_type_1 = []
        _componentsschemas_stream_modes_type_1 = data
        for (
            componentsschemas_stream_modes_type_1_item_data
        ) in _componentsschemas_stream_modes_type_1:
            componentsschemas_stream_modes_type_1_item = StreamMode(
                componentsschemas_stream_modes_type_1_item_data
            )

            componentsschemas_stream_modes_type_1.append(componentsschemas_stream_modes_type_1_item)

        return componentsschemas_stream_modes_type_1

    stream_mode = _parse_stream_mode(d.get("stream_mode", UNSET))

    return stream_mode


def _decode_stream_subgraphs(d: dict[str, Any]) -> bool | Unset:
    stream_subgraphs: bool | Unset = d.get("stream_subgraphs", UNSET)
    return stream_subgraphs


def _decode_stream_resumable(d: dict[str, Any]) -> bool | Unset:
    stream_resumable: bool | Unset = d.get("stream_resumable", UNSET)
    return stream_resumable


def _decode_durability(d: dict[str, Any]) -> Durability | Unset:
    _durability = d.get("durability", UNSET)
    durability: Durability | Unset
    if isinstance(_durability, Unset):
        durability = UNSET
    else:
        durability = Durability(_durability)

    return durability


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CronPatch._wire_names}


CronPatch._decoders = {
    "schedule": _decode_schedule,
    "timezone": _decode_timezone,
    "end_time": _decode_end_time,
    "input_": _decode_input_,
    "metadata": _decode_metadata,
    "config": _decode_config,
    "context": _decode_context,
    "webhook": _decode_webhook,
    "interrupt_before": _decode_interrupt_before,
    "interrupt_after": _decode_interrupt_after,
    "on_run_completed": _decode_on_run_completed,
    "enabled": _decode_enabled,
    "stream_mode": _decode_stream_mode,
    "stream_subgraphs": _decode_stream_subgraphs,
    "stream_resumable": _decode_stream_resumable,
    "durability": _decode_durability,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.config import Config  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cron_patch_durability import CronPatchDurability
from ..models.cron_patch_interrupt_after_type_0 import CronPatchInterruptAfterType0
from ..models.cron_patch_interrupt_before_type_0 import CronPatchInterruptBeforeType0
from ..models.cron_patch_on_run_completed import CronPatchOnRunCompleted
from ..models.cron_patch_stream_mode_type_0_item import CronPatchStreamModeType0Item
from ..models.cron_patch_stream_mode_type_1 import CronPatchStreamModeType1
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.cron_patch_config import CronPatchConfig
    from ..models.cron_patch_context import CronPatchContext
    from ..models.cron_patch_input_type_0_item import CronPatchInputType0Item
    from ..models.cron_patch_input_type_1 import CronPatchInputType1
    from ..models.cron_patch_metadata import CronPatchMetadata


T = TypeVar("T", bound="CronPatch")


@_attrs_define
class CronPatch(WireMapping):
    """Payload for updating a cron job. All fields are optional.

    Attributes:
        schedule (str | Unset): The cron schedule to execute this job on.
        timezone (str | Unset): IANA timezone for the cron schedule (e.g. 'America/New_York'). Defaults to null, which
            is treated as UTC.
        end_time (datetime.datetime | None | Unset): The end date to stop running the cron. Send null to clear a
            previously set end time; omit this field to leave the existing value unchanged.
        input_ (CronPatchInputType1 | list[CronPatchInputType0Item] | Unset): The input to the graph.
        metadata (CronPatchMetadata | Unset): Metadata to merge with existing cron job metadata.
        config (CronPatchConfig | Unset): The configuration for the assistant.
        context (CronPatchContext | Unset): Static context added to the assistant.
        webhook (str | Unset): Webhook to call after LangGraph API call is done.
        interrupt_before (CronPatchInterruptBeforeType0 | list[str] | Unset): Nodes to interrupt immediately before they
            get executed.
        interrupt_after (CronPatchInterruptAfterType0 | list[str] | Unset): Nodes to interrupt immediately after they
            get executed.
        on_run_completed (CronPatchOnRunCompleted | Unset): What to do with the thread after the run completes. 'delete'
            removes the thread after execution. 'keep' creates a new thread for each execution but does not clean them up.
        enabled (bool | Unset): Enable or disable the cron job.
        stream_mode (CronPatchStreamModeType1 | list[CronPatchStreamModeType0Item] | Unset): The stream mode(s) to use.
        stream_subgraphs (bool | Unset): Whether to stream output from subgraphs. Default: False.
        stream_resumable (bool | Unset): Whether to persist the stream chunks in order to resume the stream later.
            Default: False.
        durability (CronPatchDurability | Unset): Durability level for the run. Must be one of `sync`, `async`, or
            `exit`. See [durability modes](https://docs.langchain.com/oss/python/langgraph/durable-execution#durability-
            modes) for more details. Default: CronPatchDurability.ASYNC.
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
    input_: CronPatchInputType1 | list[CronPatchInputType0Item] | Unset = UNSET
    metadata: CronPatchMetadata | Unset = UNSET
    config: CronPatchConfig | Unset = UNSET
    context: CronPatchContext | Unset = UNSET
    webhook: str | Unset = UNSET
    interrupt_before: CronPatchInterruptBeforeType0 | list[str] | Unset = UNSET
    interrupt_after: CronPatchInterruptAfterType0 | list[str] | Unset = UNSET
    on_run_completed: CronPatchOnRunCompleted | Unset = UNSET
    enabled: bool | Unset = UNSET
    stream_mode: CronPatchStreamModeType1 | list[CronPatchStreamModeType0Item] | Unset = UNSET
    stream_subgraphs: bool | Unset = False
    stream_resumable: bool | Unset = False
    durability: CronPatchDurability | Unset = CronPatchDurability.ASYNC
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        elif isinstance(self.input_, list):
            input_ = []
            for input_type_0_item_data in self.input_:
                input_type_0_item = input_type_0_item_data.to_dict()
                input_.append(input_type_0_item)

        else:
            input_ = self.input_.to_dict()

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
        elif isinstance(self.interrupt_before, CronPatchInterruptBeforeType0):
            interrupt_before = self.interrupt_before.value
        else:
            interrupt_before = self.interrupt_before

        interrupt_after: list[str] | str | Unset
        if isinstance(self.interrupt_after, Unset):
            interrupt_after = UNSET
        elif isinstance(self.interrupt_after, CronPatchInterruptAfterType0):
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
        elif isinstance(self.stream_mode, list):
            stream_mode = []
            for stream_mode_type_0_item_data in self.stream_mode:
                stream_mode_type_0_item = stream_mode_type_0_item_data.value
                stream_mode.append(stream_mode_type_0_item)

        else:
            stream_mode = self.stream_mode.value

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
        from ..models.cron_patch_config import CronPatchConfig  # noqa: PLC0415
        from ..models.cron_patch_context import CronPatchContext  # noqa: PLC0415
        from ..models.cron_patch_input_type_0_item import CronPatchInputType0Item  # noqa: PLC0415
        from ..models.cron_patch_input_type_1 import CronPatchInputType1  # noqa: PLC0415
        from ..models.cron_patch_metadata import CronPatchMetadata  # noqa: PLC0415

        d = dict(src_dict)
        schedule = d.pop("schedule", UNSET)

        timezone = d.pop("timezone", UNSET)

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

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_input_(
            data: object,
        ) -> CronPatchInputType1 | list[CronPatchInputType0Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_0 = []
                _input_type_0 = data
                for input_type_0_item_data in _input_type_0:
                    input_type_0_item = CronPatchInputType0Item.from_dict(input_type_0_item_data)

                    input_type_0.append(input_type_0_item)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            input_type_1 = CronPatchInputType1.from_dict(data)

            return input_type_1

        input_ = _parse_input_(d.pop("input", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: CronPatchMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CronPatchMetadata.from_dict(_metadata)

        _config = d.pop("config", UNSET)
        config: CronPatchConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = CronPatchConfig.from_dict(_config)

        _context = d.pop("context", UNSET)
        context: CronPatchContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = CronPatchContext.from_dict(_context)

        webhook = d.pop("webhook", UNSET)

        def _parse_interrupt_before(
            data: object,
        ) -> CronPatchInterruptBeforeType0 | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interrupt_before_type_0 = CronPatchInterruptBeforeType0(data)

                return interrupt_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            interrupt_before_type_1 = cast(list[str], data)

            return interrupt_before_type_1

        interrupt_before = _parse_interrupt_before(d.pop("interrupt_before", UNSET))

        def _parse_interrupt_after(
            data: object,
        ) -> CronPatchInterruptAfterType0 | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interrupt_after_type_0 = CronPatchInterruptAfterType0(data)

                return interrupt_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            interrupt_after_type_1 = cast(list[str], data)

            return interrupt_after_type_1

        interrupt_after = _parse_interrupt_after(d.pop("interrupt_after", UNSET))

        _on_run_completed = d.pop("on_run_completed", UNSET)
        on_run_completed: CronPatchOnRunCompleted | Unset
        if isinstance(_on_run_completed, Unset):
            on_run_completed = UNSET
        else:
            on_run_completed = CronPatchOnRunCompleted(_on_run_completed)

        enabled = d.pop("enabled", UNSET)

        def _parse_stream_mode(
            data: object,
        ) -> CronPatchStreamModeType1 | list[CronPatchStreamModeType0Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stream_mode_type_0 = []
                _stream_mode_type_0 = data
                for stream_mode_type_0_item_data in _stream_mode_type_0:
                    stream_mode_type_0_item = CronPatchStreamModeType0Item(
                        stream_mode_type_0_item_data
                    )

                    stream_mode_type_0.append(stream_mode_type_0_item)

                return stream_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            stream_mode_type_1 = CronPatchStreamModeType1(data)

            return stream_mode_type_1

        stream_mode = _parse_stream_mode(d.pop("stream_mode", UNSET))

        stream_subgraphs = d.pop("stream_subgraphs", UNSET)

        stream_resumable = d.pop("stream_resumable", UNSET)

        _durability = d.pop("durability", UNSET)
        durability: CronPatchDurability | Unset
        if isinstance(_durability, Unset):
            durability = UNSET
        else:
            durability = CronPatchDurability(_durability)

        cron_patch = cls(
            schedule=schedule,
            timezone=timezone,
            end_time=end_time,
            input_=input_,
            metadata=metadata,
            config=config,
            context=context,
            webhook=webhook,
            interrupt_before=interrupt_before,
            interrupt_after=interrupt_after,
            on_run_completed=on_run_completed,
            enabled=enabled,
            stream_mode=stream_mode,
            stream_subgraphs=stream_subgraphs,
            stream_resumable=stream_resumable,
            durability=durability,
        )

        cron_patch.additional_properties = d
        return cron_patch

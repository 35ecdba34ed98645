from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_cron_create_durability import ThreadCronCreateDurability
from ..models.thread_cron_create_interrupt_after_type_0 import ThreadCronCreateInterruptAfterType0
from ..models.thread_cron_create_interrupt_before_type_0 import ThreadCronCreateInterruptBeforeType0
from ..models.thread_cron_create_multitask_strategy import ThreadCronCreateMultitaskStrategy
from ..models.thread_cron_create_stream_mode_type_0_item import ThreadCronCreateStreamModeType0Item
from ..models.thread_cron_create_stream_mode_type_1 import ThreadCronCreateStreamModeType1
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.thread_cron_create_config import ThreadCronCreateConfig
    from ..models.thread_cron_create_context import ThreadCronCreateContext
    from ..models.thread_cron_create_input_type_0_item import ThreadCronCreateInputType0Item
    from ..models.thread_cron_create_input_type_1 import ThreadCronCreateInputType1
    from ..models.thread_cron_create_metadata import ThreadCronCreateMetadata


T = TypeVar("T", bound="ThreadCronCreate")


@_attrs_define
class ThreadCronCreate(WireMapping):
    """Payload for creating a thread-specific cron job (runs on the same thread).

    Attributes:
        schedule (str): The cron schedule to execute this job on.
        assistant_id (str | UUID): The assistant ID or graph name to run. If using graph name, will default to the
            assistant automatically created from that graph by the server.
        timezone (str | Unset): IANA timezone for the cron schedule (e.g. 'America/New_York'). Defaults to null, which
            is treated as UTC.
        end_time (datetime.datetime | Unset): The end date to stop running the cron.
        input_ (list[ThreadCronCreateInputType0Item] | ThreadCronCreateInputType1 | Unset): The input to the graph.
        metadata (ThreadCronCreateMetadata | Unset): Metadata to assign to the cron job runs.
        config (ThreadCronCreateConfig | Unset): The configuration for the assistant.
        context (ThreadCronCreateContext | Unset): Static context added to the assistant.
        webhook (str | Unset): Webhook to call after LangGraph API call is done.
        interrupt_before (list[str] | ThreadCronCreateInterruptBeforeType0 | Unset): Nodes to interrupt immediately
            before they get executed.
        interrupt_after (list[str] | ThreadCronCreateInterruptAfterType0 | Unset): Nodes to interrupt immediately after
            they get executed.
        multitask_strategy (ThreadCronCreateMultitaskStrategy | Unset): Multitask strategy to use. Must be one of
            'reject', 'interrupt', 'rollback', or 'enqueue'. Default: ThreadCronCreateMultitaskStrategy.ENQUEUE.
        enabled (bool | Unset): Whether the cron job should be enabled. Disabled crons are not executed. Default: True.
        stream_mode (list[ThreadCronCreateStreamModeType0Item] | ThreadCronCreateStreamModeType1 | Unset): The stream
            mode(s) to use.
        stream_subgraphs (bool | Unset): Whether to stream output from subgraphs. Default: False.
        stream_resumable (bool | Unset): Whether to persist the stream chunks in order to resume the stream later.
            Default: False.
        durability (ThreadCronCreateDurability | Unset): Durability level for the run. Must be one of `sync`, `async`,
            or `exit`. See [durability modes](https://docs.langchain.com/oss/python/langgraph/durable-execution#durability-
            modes) for more details. Default: ThreadCronCreateDurability.ASYNC.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "schedule": "schedule",
        "assistant_id": "assistant_id",
        "timezone": "timezone",
        "end_time": "end_time",
        "input": "input_",
        "metadata": "metadata",
        "config": "config",
        "context": "context",
        "webhook": "webhook",
        "interrupt_before": "interrupt_before",
        "interrupt_after": "interrupt_after",
        "multitask_strategy": "multitask_strategy",
        "enabled": "enabled",
        "stream_mode": "stream_mode",
        "stream_subgraphs": "stream_subgraphs",
        "stream_resumable": "stream_resumable",
        "durability": "durability",
    }

    schedule: str
    assistant_id: str | UUID
    timezone: str | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    input_: list[ThreadCronCreateInputType0Item] | ThreadCronCreateInputType1 | Unset = UNSET
    metadata: ThreadCronCreateMetadata | Unset = UNSET
    config: ThreadCronCreateConfig | Unset = UNSET
    context: ThreadCronCreateContext | Unset = UNSET
    webhook: str | Unset = UNSET
    interrupt_before: list[str] | ThreadCronCreateInterruptBeforeType0 | Unset = UNSET
    interrupt_after: list[str] | ThreadCronCreateInterruptAfterType0 | Unset = UNSET
    multitask_strategy: ThreadCronCreateMultitaskStrategy | Unset = (
        ThreadCronCreateMultitaskStrategy.ENQUEUE
    )
    enabled: bool | Unset = True
    stream_mode: (
        list[ThreadCronCreateStreamModeType0Item] | ThreadCronCreateStreamModeType1 | Unset
    ) = UNSET
    stream_subgraphs: bool | Unset = False
    stream_resumable: bool | Unset = False
    durability: ThreadCronCreateDurability | Unset = ThreadCronCreateDurability.ASYNC
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule = self.schedule

        assistant_id: str
        if isinstance(self.assistant_id, UUID):
            assistant_id = str(self.assistant_id)
        else:
            assistant_id = self.assistant_id

        timezone = self.timezone

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

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
        elif isinstance(self.interrupt_before, ThreadCronCreateInterruptBeforeType0):
            interrupt_before = self.interrupt_before.value
        else:
            interrupt_before = self.interrupt_before

        interrupt_after: list[str] | str | Unset
        if isinstance(self.interrupt_after, Unset):
            interrupt_after = UNSET
        elif isinstance(self.interrupt_after, ThreadCronCreateInterruptAfterType0):
            interrupt_after = self.interrupt_after.value
        else:
            interrupt_after = self.interrupt_after

        multitask_strategy: str | Unset = UNSET
        if not isinstance(self.multitask_strategy, Unset):
            multitask_strategy = self.multitask_strategy.value

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
        field_dict.update(
            {
                "schedule": schedule,
                "assistant_id": assistant_id,
            }
        )
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
        if multitask_strategy is not UNSET:
            field_dict["multitask_strategy"] = multitask_strategy
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
        from ..models.thread_cron_create_config import ThreadCronCreateConfig  # noqa: PLC0415
        from ..models.thread_cron_create_context import ThreadCronCreateContext  # noqa: PLC0415
        from ..models.thread_cron_create_input_type_0_item import ThreadCronCreateInputType0Item  # noqa: PLC0415
        from ..models.thread_cron_create_input_type_1 import ThreadCronCreateInputType1  # noqa: PLC0415
        from ..models.thread_cron_create_metadata import ThreadCronCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        schedule = d.pop("schedule")

        def _parse_assistant_id(data: object) -> str | UUID:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assistant_id_assistant_id = UUID(data)

                return assistant_id_assistant_id
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | UUID, data)

        assistant_id = _parse_assistant_id(d.pop("assistant_id"))

        timezone = d.pop("timezone", UNSET)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        def _parse_input_(
            data: object,
        ) -> list[ThreadCronCreateInputType0Item] | ThreadCronCreateInputType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_0 = []
                _input_type_0 = data
                for input_type_0_item_data in _input_type_0:
                    input_type_0_item = ThreadCronCreateInputType0Item.from_dict(
                        input_type_0_item_data
                    )

                    input_type_0.append(input_type_0_item)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            input_type_1 = ThreadCronCreateInputType1.from_dict(data)

            return input_type_1

        input_ = _parse_input_(d.pop("input", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ThreadCronCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ThreadCronCreateMetadata.from_dict(_metadata)

        _config = d.pop("config", UNSET)
        config: ThreadCronCreateConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ThreadCronCreateConfig.from_dict(_config)

        _context = d.pop("context", UNSET)
        context: ThreadCronCreateContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = ThreadCronCreateContext.from_dict(_context)

        webhook = d.pop("webhook", UNSET)

        def _parse_interrupt_before(
            data: object,
        ) -> list[str] | ThreadCronCreateInterruptBeforeType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interrupt_before_type_0 = ThreadCronCreateInterruptBeforeType0(data)

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
        ) -> list[str] | ThreadCronCreateInterruptAfterType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interrupt_after_type_0 = ThreadCronCreateInterruptAfterType0(data)

                return interrupt_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            interrupt_after_type_1 = cast(list[str], data)

            return interrupt_after_type_1

        interrupt_after = _parse_interrupt_after(d.pop("interrupt_after", UNSET))

        _multitask_strategy = d.pop("multitask_strategy", UNSET)
        multitask_strategy: ThreadCronCreateMultitaskStrategy | Unset
        if isinstance(_multitask_strategy, Unset):
            multitask_strategy = UNSET
        else:
            multitask_strategy = ThreadCronCreateMultitaskStrategy(_multitask_strategy)

        enabled = d.pop("enabled", UNSET)

        def _parse_stream_mode(
            data: object,
        ) -> list[ThreadCronCreateStreamModeType0Item] | ThreadCronCreateStreamModeType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stream_mode_type_0 = []
                _stream_mode_type_0 = data
                for stream_mode_type_0_item_data in _stream_mode_type_0:
                    stream_mode_type_0_item = ThreadCronCreateStreamModeType0Item(
                        stream_mode_type_0_item_data
                    )

                    stream_mode_type_0.append(stream_mode_type_0_item)

                return stream_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            stream_mode_type_1 = ThreadCronCreateStreamModeType1(data)

            return stream_mode_type_1

        stream_mode = _parse_stream_mode(d.pop("stream_mode", UNSET))

        stream_subgraphs = d.pop("stream_subgraphs", UNSET)

        stream_resumable = d.pop("stream_resumable", UNSET)

        _durability = d.pop("durability", UNSET)
        durability: ThreadCronCreateDurability | Unset
        if isinstance(_durability, Unset):
            durability = UNSET
        else:
            durability = ThreadCronCreateDurability(_durability)

        thread_cron_create = cls(
            schedule=schedule,
            assistant_id=assistant_id,
            timezone=timezone,
            end_time=end_time,
            input_=input_,
            metadata=metadata,
            config=config,
            context=context,
            webhook=webhook,
            interrupt_before=interrupt_before,
            interrupt_after=interrupt_after,
            multitask_strategy=multitask_strategy,
            enabled=enabled,
            stream_mode=stream_mode,
            stream_subgraphs=stream_subgraphs,
            stream_resumable=stream_resumable,
            durability=durability,
        )

        thread_cron_create.additional_properties = d
        return thread_cron_create

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_create_stateful_durability import RunCreateStatefulDurability
from ..models.run_create_stateful_if_not_exists import RunCreateStatefulIfNotExists
from ..models.run_create_stateful_interrupt_after_type_0 import RunCreateStatefulInterruptAfterType0
from ..models.run_create_stateful_interrupt_before_type_0 import (
    RunCreateStatefulInterruptBeforeType0,
)
from ..models.run_create_stateful_multitask_strategy import RunCreateStatefulMultitaskStrategy
from ..models.run_create_stateful_stream_mode_type_0_item import (
    RunCreateStatefulStreamModeType0Item,
)
from ..models.run_create_stateful_stream_mode_type_1 import RunCreateStatefulStreamModeType1
from ..models.run_create_streaming_stateful_on_disconnect import (
    RunCreateStreamingStatefulOnDisconnect,
)
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.command import Command
    from ..models.run_create_stateful_config import RunCreateStatefulConfig
    from ..models.run_create_stateful_context import RunCreateStatefulContext
    from ..models.run_create_stateful_input_type_0 import RunCreateStatefulInputType0
    from ..models.run_create_stateful_metadata import RunCreateStatefulMetadata


T = TypeVar("T", bound="RunCreateStreamingStateful")


@_attrs_define
class RunCreateStreamingStateful(WireMapping):
    """
    Attributes:
        assistant_id (str | UUID): The assistant ID or graph name to run. If using graph name, will default to first
            assistant created from that graph.
        checkpoint (CheckpointConfig | Unset): Checkpoint config.
        input_ (bool | float | list[Any] | None | RunCreateStatefulInputType0 | str | Unset): The input to the graph.
        command (Command | None | Unset): The input to the graph.
        metadata (RunCreateStatefulMetadata | Unset): Metadata to assign to the run.
        config (RunCreateStatefulConfig | Unset): The configuration for the assistant.
        context (RunCreateStatefulContext | Unset): Static context added to the assistant.
        webhook (str | Unset): Webhook to call after LangGraph API call is done.
        interrupt_before (list[str] | RunCreateStatefulInterruptBeforeType0 | Unset): Nodes to interrupt immediately
            before they get executed.
        interrupt_after (list[str] | RunCreateStatefulInterruptAfterType0 | Unset): Nodes to interrupt immediately after
            they get executed.
        stream_mode (list[RunCreateStatefulStreamModeType0Item] | RunCreateStatefulStreamModeType1 | Unset): The stream
            mode(s) to use.
        stream_subgraphs (bool | Unset): Whether to stream output from subgraphs. Default: False.
        stream_resumable (bool | Unset): Whether to persist the stream chunks in order to resume the stream later.
            Default: False.
        feedback_keys (list[str] | Unset): Generate pre-signed URLs for assigning feedback keys to the run.

            For each key specified, a unique URL will be generated that can be called to assign the feedback key to the run.
            See [LangSmith Feedback](https://docs.langchain.com/langsmith/observability-concepts#feedback) for more details.
        multitask_strategy (RunCreateStatefulMultitaskStrategy | Unset): Multitask strategy to use. Must be one of
            'reject', 'interrupt', 'rollback', or 'enqueue'. Default: RunCreateStatefulMultitaskStrategy.ENQUEUE.
        if_not_exists (RunCreateStatefulIfNotExists | Unset): How to handle missing thread. Must be either 'reject'
            (raise error if missing), or 'create' (create new thread). Default: RunCreateStatefulIfNotExists.REJECT.
        after_seconds (float | Unset): The number of seconds to wait before starting the run. Use to schedule future
            runs.
        checkpoint_during (bool | Unset): Whether to checkpoint during the run.

            Deprecated. Use `durability` instead to control checkpoint persistence behavior during the run. Default: False.
        durability (RunCreateStatefulDurability | Unset): Durability level for the run. Must be one of `sync`, `async`,
            or `exit`. See [durability modes](https://docs.langchain.com/oss/python/langgraph/durable-execution#durability-
            modes) for more details. Default: RunCreateStatefulDurability.ASYNC.
        on_disconnect (RunCreateStreamingStatefulOnDisconnect | Unset): The disconnect mode to use. Must be one of
            'cancel' or 'continue'. Default: RunCreateStreamingStatefulOnDisconnect.CONTINUE.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "assistant_id": "assistant_id",
        "checkpoint": "checkpoint",
        "input": "input_",
        "command": "command",
        "metadata": "metadata",
        "config": "config",
        "context": "context",
        "webhook": "webhook",
        "interrupt_before": "interrupt_before",
        "interrupt_after": "interrupt_after",
        "stream_mode": "stream_mode",
        "stream_subgraphs": "stream_subgraphs",
        "stream_resumable": "stream_resumable",
        "feedback_keys": "feedback_keys",
        "multitask_strategy": "multitask_strategy",
        "if_not_exists": "if_not_exists",
        "after_seconds": "after_seconds",
        "checkpoint_during": "checkpoint_during",
        "durability": "durability",
        "on_disconnect": "on_disconnect",
    }

    assistant_id: str | UUID
    checkpoint: CheckpointConfig | Unset = UNSET
    input_: bool | float | list[Any] | None | RunCreateStatefulInputType0 | str | Unset = UNSET
    command: Command | None | Unset = UNSET
    metadata: RunCreateStatefulMetadata | Unset = UNSET
    config: RunCreateStatefulConfig | Unset = UNSET
    context: RunCreateStatefulContext | Unset = UNSET
    webhook: str | Unset = UNSET
    interrupt_before: list[str] | RunCreateStatefulInterruptBeforeType0 | Unset = UNSET
    interrupt_after: list[str] | RunCreateStatefulInterruptAfterType0 | Unset = UNSET
    stream_mode: (
        list[RunCreateStatefulStreamModeType0Item] | RunCreateStatefulStreamModeType1 | Unset
    ) = UNSET
    stream_subgraphs: bool | Unset = False
    stream_resumable: bool | Unset = False
    feedback_keys: list[str] | Unset = UNSET
    multitask_strategy: RunCreateStatefulMultitaskStrategy | Unset = (
        RunCreateStatefulMultitaskStrategy.ENQUEUE
    )
    if_not_exists: RunCreateStatefulIfNotExists | Unset = RunCreateStatefulIfNotExists.REJECT
    after_seconds: float | Unset = UNSET
    checkpoint_during: bool | Unset = False
    durability: RunCreateStatefulDurability | Unset = RunCreateStatefulDurability.ASYNC
    on_disconnect: RunCreateStreamingStatefulOnDisconnect | Unset = (
        RunCreateStreamingStatefulOnDisconnect.CONTINUE
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.command import Command  # noqa: PLC0415
        from ..models.run_create_stateful_input_type_0 import RunCreateStatefulInputType0  # noqa: PLC0415

        assistant_id: str
        if isinstance(self.assistant_id, UUID):
            assistant_id = str(self.assistant_id)
        else:
            assistant_id = self.assistant_id

        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint.to_dict()

        input_: bool | dict[str, Any] | float | list[Any] | None | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, RunCreateStatefulInputType0):
            input_ = self.input_.to_dict()
        elif isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        command: dict[str, Any] | None | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        elif isinstance(self.command, Command):
            command = self.command.to_dict()
        else:
            command = self.command

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
        elif isinstance(self.interrupt_before, RunCreateStatefulInterruptBeforeType0):
            interrupt_before = self.interrupt_before.value
        else:
            interrupt_before = self.interrupt_before

        interrupt_after: list[str] | str | Unset
        if isinstance(self.interrupt_after, Unset):
            interrupt_after = UNSET
        elif isinstance(self.interrupt_after, RunCreateStatefulInterruptAfterType0):
            interrupt_after = self.interrupt_after.value
        else:
            interrupt_after = self.interrupt_after

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

        feedback_keys: list[str] | Unset = UNSET
        if not isinstance(self.feedback_keys, Unset):
            feedback_keys = self.feedback_keys

        multitask_strategy: str | Unset = UNSET
        if not isinstance(self.multitask_strategy, Unset):
            multitask_strategy = self.multitask_strategy.value

        if_not_exists: str | Unset = UNSET
        if not isinstance(self.if_not_exists, Unset):
            if_not_exists = self.if_not_exists.value

        after_seconds = self.after_seconds

        checkpoint_during = self.checkpoint_during

        durability: str | Unset = UNSET
        if not isinstance(self.durability, Unset):
            durability = self.durability.value

        on_disconnect: str | Unset = UNSET
        if not isinstance(self.on_disconnect, Unset):
            on_disconnect = self.on_disconnect.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistant_id": assistant_id,
            }
        )
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if input_ is not UNSET:
            field_dict["input"] = input_
        if command is not UNSET:
            field_dict["command"] = command
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
        if stream_mode is not UNSET:
            field_dict["stream_mode"] = stream_mode
        if stream_subgraphs is not UNSET:
            field_dict["stream_subgraphs"] = stream_subgraphs
        if stream_resumable is not UNSET:
            field_dict["stream_resumable"] = stream_resumable
        if feedback_keys is not UNSET:
            field_dict["feedback_keys"] = feedback_keys
        if multitask_strategy is not UNSET:
            field_dict["multitask_strategy"] = multitask_strategy
        if if_not_exists is not UNSET:
            field_dict["if_not_exists"] = if_not_exists
        if after_seconds is not UNSET:
            field_dict["after_seconds"] = after_seconds
        if checkpoint_during is not UNSET:
            field_dict["checkpoint_during"] = checkpoint_during
        if durability is not UNSET:
            field_dict["durability"] = durability
        if on_disconnect is not UNSET:
            field_dict["on_disconnect"] = on_disconnect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.command import Command  # noqa: PLC0415
        from ..models.run_create_stateful_config import RunCreateStatefulConfig  # noqa: PLC0415
        from ..models.run_create_stateful_context import RunCreateStatefulContext  # noqa: PLC0415
        from ..models.run_create_stateful_input_type_0 import RunCreateStatefulInputType0  # noqa: PLC0415
        from ..models.run_create_stateful_metadata import RunCreateStatefulMetadata  # noqa: PLC0415

        d = dict(src_dict)

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

        _checkpoint = d.pop("checkpoint", UNSET)
        checkpoint: CheckpointConfig | Unset
        if isinstance(_checkpoint, Unset):
            checkpoint = UNSET
        else:
            checkpoint = CheckpointConfig.from_dict(_checkpoint)

        def _parse_input_(
            data: object,
        ) -> bool | float | list[Any] | None | RunCreateStatefulInputType0 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_0 = RunCreateStatefulInputType0.from_dict(data)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1: list[Any] = data

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                bool | float | list[Any] | None | RunCreateStatefulInputType0 | str | Unset, data
            )

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_command(data: object) -> Command | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                command_type_0 = Command.from_dict(data)

                return command_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Command | None | Unset, data)

        command = _parse_command(d.pop("command", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: RunCreateStatefulMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RunCreateStatefulMetadata.from_dict(_metadata)

        _config = d.pop("config", UNSET)
        config: RunCreateStatefulConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = RunCreateStatefulConfig.from_dict(_config)

        _context = d.pop("context", UNSET)
        context: RunCreateStatefulContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = RunCreateStatefulContext.from_dict(_context)

        webhook = d.pop("webhook", UNSET)

        def _parse_interrupt_before(
            data: object,
        ) -> list[str] | RunCreateStatefulInterruptBeforeType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interrupt_before_type_0 = RunCreateStatefulInterruptBeforeType0(data)

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
        ) -> list[str] | RunCreateStatefulInterruptAfterType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interrupt_after_type_0 = RunCreateStatefulInterruptAfterType0(data)

                return interrupt_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            interrupt_after_type_1 = cast(list[str], data)

            return interrupt_after_type_1

        interrupt_after = _parse_interrupt_after(d.pop("interrupt_after", UNSET))

        def _parse_stream_mode(
            data: object,
        ) -> list[RunCreateStatefulStreamModeType0Item] | RunCreateStatefulStreamModeType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stream_mode_type_0 = []
                _stream_mode_type_0 = data
                for stream_mode_type_0_item_data in _stream_mode_type_0:
                    stream_mode_type_0_item = RunCreateStatefulStreamModeType0Item(
                        stream_mode_type_0_item_data
                    )

                    stream_mode_type_0.append(stream_mode_type_0_item)

                return stream_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            stream_mode_type_1 = RunCreateStatefulStreamModeType1(data)

            return stream_mode_type_1

        stream_mode = _parse_stream_mode(d.pop("stream_mode", UNSET))

        stream_subgraphs = d.pop("stream_subgraphs", UNSET)

        stream_resumable = d.pop("stream_resumable", UNSET)

        feedback_keys = cast(list[str], d.pop("feedback_keys", UNSET))

        _multitask_strategy = d.pop("multitask_strategy", UNSET)
        multitask_strategy: RunCreateStatefulMultitaskStrategy | Unset
        if isinstance(_multitask_strategy, Unset):
            multitask_strategy = UNSET
        else:
            multitask_strategy = RunCreateStatefulMultitaskStrategy(_multitask_strategy)

        _if_not_exists = d.pop("if_not_exists", UNSET)
        if_not_exists: RunCreateStatefulIfNotExists | Unset
        if isinstance(_if_not_exists, Unset):
            if_not_exists = UNSET
        else:
            if_not_exists = RunCreateStatefulIfNotExists(_if_not_exists)

        after_seconds = d.pop("after_seconds", UNSET)

        checkpoint_during = d.pop("checkpoint_during", UNSET)

        _durability = d.pop("durability", UNSET)
        durability: RunCreateStatefulDurability | Unset
        if isinstance(_durability, Unset):
            durability = UNSET
        else:
            durability = RunCreateStatefulDurability(_durability)

        _on_disconnect = d.pop("on_disconnect", UNSET)
        on_disconnect: RunCreateStreamingStatefulOnDisconnect | Unset
        if isinstance(_on_disconnect, Unset):
            on_disconnect = UNSET
        else:
            on_disconnect = RunCreateStreamingStatefulOnDisconnect(_on_disconnect)

        run_create_streaming_stateful = cls(
            assistant_id=assistant_id,
            checkpoint=checkpoint,
            input_=input_,
            command=command,
            metadata=metadata,
            config=config,
            context=context,
            webhook=webhook,
            interrupt_before=interrupt_before,
            interrupt_after=interrupt_after,
            stream_mode=stream_mode,
            stream_subgraphs=stream_subgraphs,
            stream_resumable=stream_resumable,
            feedback_keys=feedback_keys,
            multitask_strategy=multitask_strategy,
            if_not_exists=if_not_exists,
            after_seconds=after_seconds,
            checkpoint_during=checkpoint_during,
            durability=durability,
            on_disconnect=on_disconnect,
        )

        run_create_streaming_stateful.additional_properties = d
        return run_create_streaming_stateful

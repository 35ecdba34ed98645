from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_create_stateless_durability import RunCreateStatelessDurability
from ..models.run_create_stateless_on_completion import RunCreateStatelessOnCompletion
from ..models.run_create_stateless_stream_mode_type_0_item import (
    RunCreateStatelessStreamModeType0Item,
)
from ..models.run_create_stateless_stream_mode_type_1 import RunCreateStatelessStreamModeType1
from ..models.run_create_streaming_stateless_on_disconnect import (
    RunCreateStreamingStatelessOnDisconnect,
)
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.command import Command
    from ..models.run_create_stateless_config import RunCreateStatelessConfig
    from ..models.run_create_stateless_context import RunCreateStatelessContext
    from ..models.run_create_stateless_input_type_0 import RunCreateStatelessInputType0
    from ..models.run_create_stateless_metadata import RunCreateStatelessMetadata


T = TypeVar("T", bound="RunCreateStreamingStateless")


@_attrs_define
class RunCreateStreamingStateless(WireMapping):
    """
    Attributes:
        assistant_id (str | UUID): The assistant ID or graph name to run. If using graph name, will default to first
            assistant created from that graph.
        input_ (bool | float | list[Any] | None | RunCreateStatelessInputType0 | str | Unset): The input to the graph.
        command (Command | None | Unset): The input to the graph.
        metadata (RunCreateStatelessMetadata | Unset): Metadata to assign to the run.
        config (RunCreateStatelessConfig | Unset): The configuration for the assistant.
        context (RunCreateStatelessContext | Unset): Static context added to the assistant.
        webhook (str | Unset): Webhook to call after LangGraph API call is done.
        stream_mode (list[RunCreateStatelessStreamModeType0Item] | RunCreateStatelessStreamModeType1 | Unset): The
            stream mode(s) to use.
        feedback_keys (list[str] | Unset): Generate pre-signed URLs for assigning feedback keys to the run.

            For each key specified, a unique URL will be generated that can be called to assign the feedback key to the run.
            See [LangSmith Feedback](https://docs.langchain.com/langsmith/observability-concepts#feedback) for more details.
        stream_subgraphs (bool | Unset): Whether to stream output from subgraphs. Default: False.
        stream_resumable (bool | Unset): Whether to persist the stream chunks in order to resume the stream later.
            Default: False.
        on_completion (RunCreateStatelessOnCompletion | Unset): Whether to delete or keep the thread created for a
            stateless run. Must be one of 'delete' or 'keep'. Default: RunCreateStatelessOnCompletion.DELETE.
        after_seconds (float | Unset): The number of seconds to wait before starting the run. Use to schedule future
            runs.
        checkpoint_during (bool | Unset): Whether to checkpoint during the run.

            Deprecated. Use `durability` instead to control checkpoint persistence behavior during the run. Default: False.
        durability (RunCreateStatelessDurability | Unset): Durability level for the run. Must be one of `sync`, `async`,
            or `exit`. See [durability modes](https://docs.langchain.com/oss/python/langgraph/durable-execution#durability-
            modes) for more details. Default: RunCreateStatelessDurability.ASYNC.
        on_disconnect (RunCreateStreamingStatelessOnDisconnect | Unset): The disconnect mode to use. Must be one of
            'cancel' or 'continue'. Default: RunCreateStreamingStatelessOnDisconnect.CONTINUE.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "assistant_id": "assistant_id",
        "input": "input_",
        "command": "command",
        "metadata": "metadata",
        "config": "config",
        "context": "context",
        "webhook": "webhook",
        "stream_mode": "stream_mode",
        "feedback_keys": "feedback_keys",
        "stream_subgraphs": "stream_subgraphs",
        "stream_resumable": "stream_resumable",
        "on_completion": "on_completion",
        "after_seconds": "after_seconds",
        "checkpoint_during": "checkpoint_during",
        "durability": "durability",
        "on_disconnect": "on_disconnect",
    }

    assistant_id: str | UUID
    input_: bool | float | list[Any] | None | RunCreateStatelessInputType0 | str | Unset = UNSET
    command: Command | None | Unset = UNSET
    metadata: RunCreateStatelessMetadata | Unset = UNSET
    config: RunCreateStatelessConfig | Unset = UNSET
    context: RunCreateStatelessContext | Unset = UNSET
    webhook: str | Unset = UNSET
    stream_mode: (
        list[RunCreateStatelessStreamModeType0Item] | RunCreateStatelessStreamModeType1 | Unset
    ) = UNSET
    feedback_keys: list[str] | Unset = UNSET
    stream_subgraphs: bool | Unset = False
    stream_resumable: bool | Unset = False
    on_completion: RunCreateStatelessOnCompletion | Unset = RunCreateStatelessOnCompletion.DELETE
    after_seconds: float | Unset = UNSET
    checkpoint_during: bool | Unset = False
    durability: RunCreateStatelessDurability | Unset = RunCreateStatelessDurability.ASYNC
    on_disconnect: RunCreateStreamingStatelessOnDisconnect | Unset = (
        RunCreateStreamingStatelessOnDisconnect.CONTINUE
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.command import Command  # noqa: PLC0415
        from ..models.run_create_stateless_input_type_0 import RunCreateStatelessInputType0  # noqa: PLC0415

        assistant_id: str
        if isinstance(self.assistant_id, UUID):
            assistant_id = str(self.assistant_id)
        else:
            assistant_id = self.assistant_id

        input_: bool | dict[str, Any] | float | list[Any] | None | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, RunCreateStatelessInputType0):
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

        feedback_keys: list[str] | Unset = UNSET
        if not isinstance(self.feedback_keys, Unset):
            feedback_keys = self.feedback_keys

        stream_subgraphs = self.stream_subgraphs

        stream_resumable = self.stream_resumable

        on_completion: str | Unset = UNSET
        if not isinstance(self.on_completion, Unset):
            on_completion = self.on_completion.value

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
        if stream_mode is not UNSET:
            field_dict["stream_mode"] = stream_mode
        if feedback_keys is not UNSET:
            field_dict["feedback_keys"] = feedback_keys
        if stream_subgraphs is not UNSET:
            field_dict["stream_subgraphs"] = stream_subgraphs
        if stream_resumable is not UNSET:
            field_dict["stream_resumable"] = stream_resumable
        if on_completion is not UNSET:
            field_dict["on_completion"] = on_completion
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
        from ..models.command import Command  # noqa: PLC0415
        from ..models.run_create_stateless_config import RunCreateStatelessConfig  # noqa: PLC0415
        from ..models.run_create_stateless_context import RunCreateStatelessContext  # noqa: PLC0415
        from ..models.run_create_stateless_input_type_0 import RunCreateStatelessInputType0  # noqa: PLC0415
        from ..models.run_create_stateless_metadata import RunCreateStatelessMetadata  # noqa: PLC0415

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

        def _parse_input_(
            data: object,
        ) -> bool | float | list[Any] | None | RunCreateStatelessInputType0 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_0 = RunCreateStatelessInputType0.from_dict(data)

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
                bool | float | list[Any] | None | RunCreateStatelessInputType0 | str | Unset, data
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
        metadata: RunCreateStatelessMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RunCreateStatelessMetadata.from_dict(_metadata)

        _config = d.pop("config", UNSET)
        config: RunCreateStatelessConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = RunCreateStatelessConfig.from_dict(_config)

        _context = d.pop("context", UNSET)
        context: RunCreateStatelessContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = RunCreateStatelessContext.from_dict(_context)

        webhook = d.pop("webhook", UNSET)

        def _parse_stream_mode(
            data: object,
        ) -> (
            list[RunCreateStatelessStreamModeType0Item] | RunCreateStatelessStreamModeType1 | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stream_mode_type_0 = []
                _stream_mode_type_0 = data
                for stream_mode_type_0_item_data in _stream_mode_type_0:
                    stream_mode_type_0_item = RunCreateStatelessStreamModeType0Item(
                        stream_mode_type_0_item_data
                    )

                    stream_mode_type_0.append(stream_mode_type_0_item)

                return stream_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            stream_mode_type_1 = RunCreateStatelessStreamModeType1(data)

            return stream_mode_type_1

        stream_mode = _parse_stream_mode(d.pop("stream_mode", UNSET))

        feedback_keys = cast(list[str], d.pop("feedback_keys", UNSET))

        stream_subgraphs = d.pop("stream_subgraphs", UNSET)

        stream_resumable = d.pop("stream_resumable", UNSET)

        _on_completion = d.pop("on_completion", UNSET)
        on_completion: RunCreateStatelessOnCompletion | Unset
        if isinstance(_on_completion, Unset):
            on_completion = UNSET
        else:
            on_completion = RunCreateStatelessOnCompletion(_on_completion)

        after_seconds = d.pop("after_seconds", UNSET)

        checkpoint_during = d.pop("checkpoint_during", UNSET)

        _durability = d.pop("durability", UNSET)
        durability: RunCreateStatelessDurability | Unset
        if isinstance(_durability, Unset):
            durability = UNSET
        else:
            durability = RunCreateStatelessDurability(_durability)

        _on_disconnect = d.pop("on_disconnect", UNSET)
        on_disconnect: RunCreateStreamingStatelessOnDisconnect | Unset
        if isinstance(_on_disconnect, Unset):
            on_disconnect = UNSET
        else:
            on_disconnect = RunCreateStreamingStatelessOnDisconnect(_on_disconnect)

        run_create_streaming_stateless = cls(
            assistant_id=assistant_id,
            input_=input_,
            command=command,
            metadata=metadata,
            config=config,
            context=context,
            webhook=webhook,
            stream_mode=stream_mode,
            feedback_keys=feedback_keys,
            stream_subgraphs=stream_subgraphs,
            stream_resumable=stream_resumable,
            on_completion=on_completion,
            after_seconds=after_seconds,
            checkpoint_during=checkpoint_during,
            durability=durability,
            on_disconnect=on_disconnect,
        )

        run_create_streaming_stateless.additional_properties = d
        return run_create_streaming_stateless

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.all_nodes import AllNodes
from ..models.durability import Durability
from ..models.if_not_exists import IfNotExists
from ..models.multitask_strategy import MultitaskStrategy
from ..models.on_disconnect import OnDisconnect
from ..models.stream_mode import StreamMode
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="RunCreateStreamingStateful")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class RunCreateStreamingStateful(WireMapping):
    """Body of stream_run and wait_run.

    Attributes:
        assistant_id (str): An assistant id, or a graph name (its default assistant).
        input_ (Any | Unset): The graph's input (any JSON); null or absent to resume or use `command`.
        command (Command | None | Unset):
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
        config (Config | Unset): Configuration of a run or assistant.
        context (JsonObject | Unset): A JSON object of any shape.
        webhook (str | Unset): A URL to call when the run ends.
        interrupt_before (AllNodes | list[str] | Unset): Node names, or `*` for every node.
        interrupt_after (AllNodes | list[str] | Unset): Node names, or `*` for every node.
        stream_mode (list[StreamMode] | StreamMode | Unset): One stream mode or several.
        stream_subgraphs (bool | Unset): Also stream the output of subgraphs. Default: False.
        stream_resumable (bool | Unset): Keep the stream so it can be rejoined later. Default: False.
        feedback_keys (list[str] | Unset): Feedback keys to create pre-signed LangSmith feedback URLs for.
        after_seconds (float | Unset): Start the run this many seconds from now.
        checkpoint_during (bool | Unset): Deprecated; use `durability`.
        durability (Durability | Unset): When checkpoints are saved: `sync` before each next step, `async` while the
            next step runs, `exit` only when the run ends.
        checkpoint (Checkpoint | Unset): Points at one checkpoint of a thread.
        checkpoint_id (str | Unset): The checkpoint to start from (instead of `checkpoint`).
        multitask_strategy (MultitaskStrategy | Unset): What to do when the thread is already running a run.
        if_not_exists (IfNotExists | Unset): What to do when the thread does not exist.
        on_disconnect (OnDisconnect | Unset): What to do with the run when the streaming client disconnects.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "assistant_id": "assistant_id",
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
        "after_seconds": "after_seconds",
        "checkpoint_during": "checkpoint_during",
        "durability": "durability",
        "checkpoint": "checkpoint",
        "checkpoint_id": "checkpoint_id",
        "multitask_strategy": "multitask_strategy",
        "if_not_exists": "if_not_exists",
        "on_disconnect": "on_disconnect",
    }

    assistant_id: str
    input_: Any | Unset = UNSET
    command: Command | None | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    config: Config | Unset = UNSET
    context: JsonObject | Unset = UNSET
    webhook: str | Unset = UNSET
    interrupt_before: AllNodes | list[str] | Unset = UNSET
    interrupt_after: AllNodes | list[str] | Unset = UNSET
    stream_mode: list[StreamMode] | StreamMode | Unset = UNSET
    stream_subgraphs: bool | Unset = False
    stream_resumable: bool | Unset = False
    feedback_keys: list[str] | Unset = UNSET
    after_seconds: float | Unset = UNSET
    checkpoint_during: bool | Unset = UNSET
    durability: Durability | Unset = UNSET
    checkpoint: Checkpoint | Unset = UNSET
    checkpoint_id: str | Unset = UNSET
    multitask_strategy: MultitaskStrategy | Unset = UNSET
    if_not_exists: IfNotExists | Unset = UNSET
    on_disconnect: OnDisconnect | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        assistant_id = self.assistant_id

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

        feedback_keys: list[str] | Unset = UNSET
        if not isinstance(self.feedback_keys, Unset):
            feedback_keys = self.feedback_keys

        after_seconds = self.after_seconds

        checkpoint_during = self.checkpoint_during

        durability: str | Unset = UNSET
        if not isinstance(self.durability, Unset):
            durability = self.durability.value

        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint.to_dict()

        checkpoint_id = self.checkpoint_id

        multitask_strategy: str | Unset = UNSET
        if not isinstance(self.multitask_strategy, Unset):
            multitask_strategy = self.multitask_strategy.value

        if_not_exists: str | Unset = UNSET
        if not isinstance(self.if_not_exists, Unset):
            if_not_exists = self.if_not_exists.value

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
        if after_seconds is not UNSET:
            field_dict["after_seconds"] = after_seconds
        if checkpoint_during is not UNSET:
            field_dict["checkpoint_during"] = checkpoint_during
        if durability is not UNSET:
            field_dict["durability"] = durability
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if checkpoint_id is not UNSET:
            field_dict["checkpoint_id"] = checkpoint_id
        if multitask_strategy is not UNSET:
            field_dict["multitask_strategy"] = multitask_strategy
        if if_not_exists is not UNSET:
            field_dict["if_not_exists"] = if_not_exists
        if on_disconnect is not UNSET:
            field_dict["on_disconnect"] = on_disconnect

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
        run_create_streaming_stateful = cls.__new__(cls)
        run_create_streaming_stateful._raw = d
        return run_create_streaming_stateful


_REQUIRED = frozenset(
    {
        "assistant_id",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_assistant_id(d: dict[str, Any]) -> str:
    assistant_id: str = d["assistant_id"]
    return assistant_id


def _decode_input_(d: dict[str, Any]) -> Any | Unset:
    input_: Any | Unset = d.get("input", UNSET)
    return input_


def _decode_command(d: dict[str, Any]) -> Command | None | Unset:
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

    command = _parse_command(d.get("command", UNSET))

    return command


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


def _decode_feedback_keys(d: dict[str, Any]) -> list[str] | Unset:
    feedback_keys: list[str] = d.get("feedback_keys", UNSET)

    return feedback_keys


def _decode_after_seconds(d: dict[str, Any]) -> float | Unset:
    after_seconds: float | Unset = d.get("after_seconds", UNSET)
    return after_seconds


def _decode_checkpoint_during(d: dict[str, Any]) -> bool | Unset:
    checkpoint_during: bool | Unset = d.get("checkpoint_during", UNSET)
    return checkpoint_during


def _decode_durability(d: dict[str, Any]) -> Durability | Unset:
    _durability = d.get("durability", UNSET)
    durability: Durability | Unset
    if isinstance(_durability, Unset):
        durability = UNSET
    else:
        durability = Durability(_durability)

    return durability


def _decode_checkpoint(d: dict[str, Any]) -> Checkpoint | Unset:
    _checkpoint = d.get("checkpoint", UNSET)
    checkpoint: Checkpoint | Unset
    if isinstance(_checkpoint, Unset):
        checkpoint = UNSET
    else:
        checkpoint = Checkpoint.from_dict(_checkpoint)

    return checkpoint


def _decode_checkpoint_id(d: dict[str, Any]) -> str | Unset:
    checkpoint_id: str | Unset = d.get("checkpoint_id", UNSET)
    return checkpoint_id


def _decode_multitask_strategy(d: dict[str, Any]) -> MultitaskStrategy | Unset:
    _multitask_strategy = d.get("multitask_strategy", UNSET)
    multitask_strategy: MultitaskStrategy | Unset
    if isinstance(_multitask_strategy, Unset):
        multitask_strategy = UNSET
    else:
        multitask_strategy = MultitaskStrategy(_multitask_strategy)

    return multitask_strategy


def _decode_if_not_exists(d: dict[str, Any]) -> IfNotExists | Unset:
    _if_not_exists = d.get("if_not_exists", UNSET)
    if_not_exists: IfNotExists | Unset
    if isinstance(_if_not_exists, Unset):
        if_not_exists = UNSET
    else:
        if_not_exists = IfNotExists(_if_not_exists)

    return if_not_exists


def _decode_on_disconnect(d: dict[str, Any]) -> OnDisconnect | Unset:
    _on_disconnect = d.get("on_disconnect", UNSET)
    on_disconnect: OnDisconnect | Unset
    if isinstance(_on_disconnect, Unset):
        on_disconnect = UNSET
    else:
        on_disconnect = OnDisconnect(_on_disconnect)

    return on_disconnect


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value for key, value in d.items() if key not in RunCreateStreamingStateful._wire_names
    }


RunCreateStreamingStateful._decoders = {
    "assistant_id": _decode_assistant_id,
    "input_": _decode_input_,
    "command": _decode_command,
    "metadata": _decode_metadata,
    "config": _decode_config,
    "context": _decode_context,
    "webhook": _decode_webhook,
    "interrupt_before": _decode_interrupt_before,
    "interrupt_after": _decode_interrupt_after,
    "stream_mode": _decode_stream_mode,
    "stream_subgraphs": _decode_stream_subgraphs,
    "stream_resumable": _decode_stream_resumable,
    "feedback_keys": _decode_feedback_keys,
    "after_seconds": _decode_after_seconds,
    "checkpoint_during": _decode_checkpoint_during,
    "durability": _decode_durability,
    "checkpoint": _decode_checkpoint,
    "checkpoint_id": _decode_checkpoint_id,
    "multitask_strategy": _decode_multitask_strategy,
    "if_not_exists": _decode_if_not_exists,
    "on_disconnect": _decode_on_disconnect,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.command import Command  # noqa: E402
from ..models.config import Config  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

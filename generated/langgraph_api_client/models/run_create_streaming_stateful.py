from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from ..models.all_nodes import AllNodes
from ..models.durability import Durability
from ..models.if_not_exists import IfNotExists
from ..models.multitask_strategy import MultitaskStrategy
from ..models.on_disconnect import OnDisconnect
from ..models.stream_mode import StreamMode
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, to_wire
from ..types import list_of as _list_of


class RunCreateStreamingStateful(WireDict):
    """Body of stream_run and wait_run.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        assistant_id (str): An assistant id, or a graph name (its default assistant).
        input_ (Any | None): The graph's input (any JSON); null or absent to resume or use `command`.
        command (Command | None):
        metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
        config (Config | None): Configuration of a run or assistant.
        context (dict[str, Any] | None): A JSON object of any shape.
        webhook (str | None): A URL to call when the run ends.
        interrupt_before (AllNodes | list[str] | None): Node names, or `*` for every node.
        interrupt_after (AllNodes | list[str] | None): Node names, or `*` for every node.
        stream_mode (list[StreamMode] | StreamMode | None): One stream mode or several.
        stream_subgraphs (bool | None): Also stream the output of subgraphs.
        stream_resumable (bool | None): Keep the stream so it can be rejoined later.
        feedback_keys (list[str] | None): Feedback keys to create pre-signed LangSmith feedback URLs for.
        after_seconds (float | None): Start the run this many seconds from now.
        checkpoint_during (bool | None): Deprecated; use `durability`.
        durability (Durability | None): When checkpoints are saved: `sync` before each next step, `async` while the next step runs, `exit`
            only when the run ends.
        checkpoint (Checkpoint | None): Points at one checkpoint of a thread.
        checkpoint_id (str | None): The checkpoint to start from (instead of `checkpoint`).
        multitask_strategy (MultitaskStrategy | None): What to do when the thread is already running a run.
        if_not_exists (IfNotExists | None): What to do when the thread does not exist.
        langsmith_tracer (LangSmithTracer | None): Where a run's LangSmith trace goes, beside the deployment's own tracing.
        on_disconnect (OnDisconnect | None): What to do with the run when the streaming client disconnects.
    """

    __slots__ = ()

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
        "langsmith_tracer": "langsmith_tracer",
        "on_disconnect": "on_disconnect",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "assistant_id",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "assistant_id": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "interrupt_before",
            "interrupt_after",
            "stream_mode",
        }
    )

    def __init__(
        self,
        *,
        assistant_id: str,
        input_: Any | Unset = UNSET,
        command: Command | None | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        config: Config | Unset = UNSET,
        context: JsonObject | Unset = UNSET,
        webhook: str | Unset = UNSET,
        interrupt_before: AllNodes | str | list[str] | Unset = UNSET,
        interrupt_after: AllNodes | str | list[str] | Unset = UNSET,
        stream_mode: list[StreamMode | str] | StreamMode | str | Unset = UNSET,
        stream_subgraphs: bool | Unset = False,
        stream_resumable: bool | Unset = False,
        feedback_keys: list[str] | Unset = UNSET,
        after_seconds: float | Unset = UNSET,
        checkpoint_during: bool | Unset = UNSET,
        durability: Durability | str | Unset = UNSET,
        checkpoint: Checkpoint | Unset = UNSET,
        checkpoint_id: str | Unset = UNSET,
        multitask_strategy: MultitaskStrategy | str | Unset = UNSET,
        if_not_exists: IfNotExists | str | Unset = UNSET,
        langsmith_tracer: LangSmithTracer | Unset = UNSET,
        on_disconnect: OnDisconnect | str | Unset = UNSET,
    ) -> None:
        """A RunCreateStreamingStateful built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {
            "assistant_id": to_wire(assistant_id),
        }
        if not isinstance(input_, Unset):
            fields["input"] = to_wire(input_)
        if not isinstance(command, Unset):
            fields["command"] = to_wire(command)
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(config, Unset):
            fields["config"] = to_wire(config)
        if not isinstance(context, Unset):
            fields["context"] = to_wire(context)
        if not isinstance(webhook, Unset):
            fields["webhook"] = to_wire(webhook)
        if not isinstance(interrupt_before, Unset):
            fields["interrupt_before"] = to_wire(interrupt_before)
        if not isinstance(interrupt_after, Unset):
            fields["interrupt_after"] = to_wire(interrupt_after)
        if not isinstance(stream_mode, Unset):
            fields["stream_mode"] = to_wire(stream_mode)
        if not isinstance(stream_subgraphs, Unset):
            fields["stream_subgraphs"] = to_wire(stream_subgraphs)
        if not isinstance(stream_resumable, Unset):
            fields["stream_resumable"] = to_wire(stream_resumable)
        if not isinstance(feedback_keys, Unset):
            fields["feedback_keys"] = to_wire(feedback_keys)
        if not isinstance(after_seconds, Unset):
            fields["after_seconds"] = to_wire(after_seconds)
        if not isinstance(checkpoint_during, Unset):
            fields["checkpoint_during"] = to_wire(checkpoint_during)
        if not isinstance(durability, Unset):
            fields["durability"] = to_wire(durability)
        if not isinstance(checkpoint, Unset):
            fields["checkpoint"] = to_wire(checkpoint)
        if not isinstance(checkpoint_id, Unset):
            fields["checkpoint_id"] = to_wire(checkpoint_id)
        if not isinstance(multitask_strategy, Unset):
            fields["multitask_strategy"] = to_wire(multitask_strategy)
        if not isinstance(if_not_exists, Unset):
            fields["if_not_exists"] = to_wire(if_not_exists)
        if not isinstance(langsmith_tracer, Unset):
            fields["langsmith_tracer"] = to_wire(langsmith_tracer)
        if not isinstance(on_disconnect, Unset):
            fields["on_disconnect"] = to_wire(on_disconnect)
        dict.__init__(self, fields)

    @property
    def assistant_id(self) -> str:
        """An assistant id, or a graph name (its default assistant)."""
        value = self.get("assistant_id")
        if type(value) is str:
            return value
        try:
            read = _decode_assistant_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "assistant_id", exc) from exc
        return read

    @property
    def input_(self) -> Any | None:
        """The graph's input (any JSON); null or absent to resume or use `command`."""
        try:
            read = _decode_input_(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "input", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def command(self) -> Command | None:
        """The `command` field."""
        try:
            read = _decode_command(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "command", exc) from exc
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
    def context(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("context")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("context", _decode_context)
        return None if isinstance(read, Unset) else read

    @property
    def webhook(self) -> str | None:
        """A URL to call when the run ends."""
        value = self.get("webhook")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_webhook(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "webhook", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def interrupt_before(self) -> AllNodes | list[str] | None:
        """Node names, or `*` for every node."""
        try:
            read = _decode_interrupt_before(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "interrupt_before", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def interrupt_after(self) -> AllNodes | list[str] | None:
        """Node names, or `*` for every node."""
        try:
            read = _decode_interrupt_after(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "interrupt_after", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def stream_mode(self) -> list[StreamMode] | StreamMode | None:
        """One stream mode or several."""
        try:
            read = _decode_stream_mode(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "stream_mode", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def stream_subgraphs(self) -> bool | None:
        """Also stream the output of subgraphs."""
        value = self.get("stream_subgraphs")
        if type(value) is bool or value is None:
            return value
        try:
            read = _decode_stream_subgraphs(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "stream_subgraphs", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def stream_resumable(self) -> bool | None:
        """Keep the stream so it can be rejoined later."""
        value = self.get("stream_resumable")
        if type(value) is bool or value is None:
            return value
        try:
            read = _decode_stream_resumable(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "stream_resumable", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def feedback_keys(self) -> list[str] | None:
        """Feedback keys to create pre-signed LangSmith feedback URLs for."""
        try:
            read = _decode_feedback_keys(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "feedback_keys", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def after_seconds(self) -> float | None:
        """Start the run this many seconds from now."""
        try:
            read = _decode_after_seconds(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "after_seconds", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def checkpoint_during(self) -> bool | None:
        """Deprecated; use `durability`."""
        value = self.get("checkpoint_during")
        if type(value) is bool or value is None:
            return value
        try:
            read = _decode_checkpoint_during(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "checkpoint_during", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def durability(self) -> Durability | None:
        """When checkpoints are saved: `sync` before each next step, `async` while the next step runs, `exit`
        only when the run ends."""
        try:
            read = _decode_durability(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "durability", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def checkpoint(self) -> Checkpoint | None:
        """Points at one checkpoint of a thread."""
        value = self.get("checkpoint")
        if type(value) is Checkpoint:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "checkpoint", Checkpoint, value)
        read = self._keep("checkpoint", _decode_checkpoint)
        return None if isinstance(read, Unset) else read

    @property
    def checkpoint_id(self) -> str | None:
        """The checkpoint to start from (instead of `checkpoint`)."""
        value = self.get("checkpoint_id")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_checkpoint_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "checkpoint_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def multitask_strategy(self) -> MultitaskStrategy | None:
        """What to do when the thread is already running a run."""
        try:
            read = _decode_multitask_strategy(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "multitask_strategy", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def if_not_exists(self) -> IfNotExists | None:
        """What to do when the thread does not exist."""
        try:
            read = _decode_if_not_exists(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "if_not_exists", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def langsmith_tracer(self) -> LangSmithTracer | None:
        """Where a run's LangSmith trace goes, beside the deployment's own tracing."""
        value = self.get("langsmith_tracer")
        if type(value) is LangSmithTracer:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "langsmith_tracer", LangSmithTracer, value)
        read = self._keep("langsmith_tracer", _decode_langsmith_tracer)
        return None if isinstance(read, Unset) else read

    @property
    def on_disconnect(self) -> OnDisconnect | None:
        """What to do with the run when the streaming client disconnects."""
        try:
            read = _decode_on_disconnect(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "on_disconnect", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(RunCreateStreamingStateful._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_assistant_id(d: dict[str, Any]) -> str:
    assistant_id: str = d["assistant_id"]
    if not isinstance(assistant_id, str):
        raise TypeError(f"not a string: {type(assistant_id).__name__}")
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
            if not isinstance(data, dict) or not Command.fits(data):
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
    if not isinstance(webhook, str | Unset):
        raise TypeError(f"not a string: {type(webhook).__name__}")
    return webhook


def _decode_interrupt_before(d: dict[str, Any]) -> AllNodes | list[str] | Unset:
    def _parse_interrupt_before(data: object) -> AllNodes | list[str] | Unset:
        if isinstance(data, Unset):
            return data
        if data is None:  # null for an optional field: read as absent
            return UNSET
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_interrupt_nodes_type_0 = AllNodes(data)

            return componentsschemas_interrupt_nodes_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError(f"not a form this field takes: {type(data).__name__}")
        componentsschemas_interrupt_nodes_type_1: list[str] = _list_of(data, str)

        return componentsschemas_interrupt_nodes_type_1

    interrupt_before = _parse_interrupt_before(d.get("interrupt_before", UNSET))

    return interrupt_before


def _decode_interrupt_after(d: dict[str, Any]) -> AllNodes | list[str] | Unset:
    def _parse_interrupt_after(data: object) -> AllNodes | list[str] | Unset:
        if isinstance(data, Unset):
            return data
        if data is None:  # null for an optional field: read as absent
            return UNSET
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_interrupt_nodes_type_0 = AllNodes(data)

            return componentsschemas_interrupt_nodes_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError(f"not a form this field takes: {type(data).__name__}")
        componentsschemas_interrupt_nodes_type_1: list[str] = _list_of(data, str)

        return componentsschemas_interrupt_nodes_type_1

    interrupt_after = _parse_interrupt_after(d.get("interrupt_after", UNSET))

    return interrupt_after


def _decode_stream_mode(d: dict[str, Any]) -> list[StreamMode] | StreamMode | Unset:
    def _parse_stream_mode(data: object) -> list[StreamMode] | StreamMode | Unset:
        if isinstance(data, Unset):
            return data
        if data is None:  # null for an optional field: read as absent
            return UNSET
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_stream_modes_type_0 = StreamMode(data)

            return componentsschemas_stream_modes_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError(f"not a form this field takes: {type(data).__name__}")
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
    if not isinstance(stream_subgraphs, bool | Unset):
        raise TypeError(f"not a boolean: {type(stream_subgraphs).__name__}")
    return stream_subgraphs


def _decode_stream_resumable(d: dict[str, Any]) -> bool | Unset:
    stream_resumable: bool | Unset = d.get("stream_resumable", UNSET)
    if not isinstance(stream_resumable, bool | Unset):
        raise TypeError(f"not a boolean: {type(stream_resumable).__name__}")
    return stream_resumable


def _decode_feedback_keys(d: dict[str, Any]) -> list[str] | Unset:
    feedback_keys: list[str] = _list_of(d.get("feedback_keys", UNSET), str)

    return feedback_keys


def _decode_after_seconds(d: dict[str, Any]) -> float | Unset:
    after_seconds: float | Unset = d.get("after_seconds", UNSET)
    if not isinstance(after_seconds, int | float | Unset):
        raise TypeError(f"not a number: {type(after_seconds).__name__}")
    return after_seconds


def _decode_checkpoint_during(d: dict[str, Any]) -> bool | Unset:
    checkpoint_during: bool | Unset = d.get("checkpoint_during", UNSET)
    if not isinstance(checkpoint_during, bool | Unset):
        raise TypeError(f"not a boolean: {type(checkpoint_during).__name__}")
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
    if not isinstance(checkpoint_id, str | Unset):
        raise TypeError(f"not a string: {type(checkpoint_id).__name__}")
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


def _decode_langsmith_tracer(d: dict[str, Any]) -> LangSmithTracer | Unset:
    _langsmith_tracer = d.get("langsmith_tracer", UNSET)
    langsmith_tracer: LangSmithTracer | Unset
    if isinstance(_langsmith_tracer, Unset):
        langsmith_tracer = UNSET
    else:
        langsmith_tracer = LangSmithTracer.from_dict(_langsmith_tracer)

    return langsmith_tracer


def _decode_on_disconnect(d: dict[str, Any]) -> OnDisconnect | Unset:
    _on_disconnect = d.get("on_disconnect", UNSET)
    on_disconnect: OnDisconnect | Unset
    if isinstance(_on_disconnect, Unset):
        on_disconnect = UNSET
    else:
        on_disconnect = OnDisconnect(_on_disconnect)

    return on_disconnect


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.command import Command  # noqa: E402
from ..models.config import Config  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.lang_smith_tracer import LangSmithTracer  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar

from ..models.all_nodes import AllNodes
from ..models.durability import Durability
from ..models.multitask_strategy import MultitaskStrategy
from ..models.stream_mode import StreamMode
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, to_wire
from ..types import list_of as _list_of


class ThreadCronCreate(WireDict):
    """Body of create_thread_cron.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        schedule (str): The cron expression (minute hour day month weekday).
        assistant_id (str): An assistant id, or a graph name (its default assistant).
        timezone (str | None): An IANA time zone for the schedule; UTC when absent.
        end_time (datetime.datetime | None): When to stop.
        input_ (JsonObject | list[JsonObject] | None): The graph's input for each run.
        metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
        config (Config | None): Configuration of a run or assistant.
        context (dict[str, Any] | None): A JSON object of any shape.
        webhook (str | None): A URL to call when each run ends.
        interrupt_before (AllNodes | list[str] | None): Node names, or `*` for every node.
        interrupt_after (AllNodes | list[str] | None): Node names, or `*` for every node.
        enabled (bool | None): Whether the cron starts runs.
        stream_mode (list[StreamMode] | StreamMode | None): One stream mode or several.
        stream_subgraphs (bool | None): Also stream the output of subgraphs.
        stream_resumable (bool | None): Keep each run's stream so it can be joined.
        durability (Durability | None): When checkpoints are saved: `sync` before each next step, `async` while the next step runs, `exit`
            only when the run ends.
        multitask_strategy (MultitaskStrategy | None): What to do when the thread is already running a run.
        checkpoint_during (bool | None): Deprecated; use `durability`.
    """

    __slots__ = ()

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
        "enabled": "enabled",
        "stream_mode": "stream_mode",
        "stream_subgraphs": "stream_subgraphs",
        "stream_resumable": "stream_resumable",
        "durability": "durability",
        "multitask_strategy": "multitask_strategy",
        "checkpoint_during": "checkpoint_during",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "schedule",
            "assistant_id",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "schedule": str,
        "assistant_id": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "schedule",
            "timezone",
            "end_time",
            "assistant_id",
            "webhook",
            "enabled",
            "stream_subgraphs",
            "stream_resumable",
            "checkpoint_during",
            "input",
            "interrupt_before",
            "interrupt_after",
            "stream_mode",
        }
    )
    _min_lengths: ClassVar[Mapping[str, int]] = {
        "webhook": 1,
    }

    def __init__(
        self,
        *,
        schedule: str,
        assistant_id: str,
        timezone: str | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        input_: JsonObject | list[JsonObject] | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        config: Config | Unset = UNSET,
        context: JsonObject | Unset = UNSET,
        webhook: str | Unset = UNSET,
        interrupt_before: AllNodes | str | list[str] | Unset = UNSET,
        interrupt_after: AllNodes | str | list[str] | Unset = UNSET,
        enabled: bool | Unset = True,
        stream_mode: list[StreamMode | str] | StreamMode | str | Unset = UNSET,
        stream_subgraphs: bool | Unset = False,
        stream_resumable: bool | Unset = False,
        durability: Durability | str | Unset = UNSET,
        multitask_strategy: MultitaskStrategy | str | Unset = UNSET,
        checkpoint_during: bool | Unset = UNSET,
    ) -> None:
        """A ThreadCronCreate built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {
            "schedule": to_wire(schedule),
            "assistant_id": to_wire(assistant_id),
        }
        if not isinstance(timezone, Unset):
            fields["timezone"] = to_wire(timezone)
        if not isinstance(end_time, Unset):
            fields["end_time"] = to_wire(end_time)
        if not isinstance(input_, Unset):
            fields["input"] = to_wire(input_)
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
        if not isinstance(enabled, Unset):
            fields["enabled"] = to_wire(enabled)
        if not isinstance(stream_mode, Unset):
            fields["stream_mode"] = to_wire(stream_mode)
        if not isinstance(stream_subgraphs, Unset):
            fields["stream_subgraphs"] = to_wire(stream_subgraphs)
        if not isinstance(stream_resumable, Unset):
            fields["stream_resumable"] = to_wire(stream_resumable)
        if not isinstance(durability, Unset):
            fields["durability"] = to_wire(durability)
        if not isinstance(multitask_strategy, Unset):
            fields["multitask_strategy"] = to_wire(multitask_strategy)
        if not isinstance(checkpoint_during, Unset):
            fields["checkpoint_during"] = to_wire(checkpoint_during)
        dict.__init__(self, fields)

    @property
    def schedule(self) -> str:
        """The cron expression (minute hour day month weekday)."""
        value = self.get("schedule")
        if type(value) is str:
            return value
        try:
            read = _decode_schedule(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "schedule", exc) from exc
        return read

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
    def timezone(self) -> str | None:
        """An IANA time zone for the schedule; UTC when absent."""
        value = self.get("timezone")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_timezone(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "timezone", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def end_time(self) -> datetime.datetime | None:
        """When to stop."""
        value = self.get("end_time")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
        try:
            read = _decode_end_time(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "end_time", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def input_(self) -> JsonObject | list[JsonObject] | None:
        """The graph's input for each run."""
        try:
            read = _decode_input_(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "input", exc) from exc
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
        """A URL to call when each run ends."""
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
        """Keep each run's stream so it can be joined."""
        value = self.get("stream_resumable")
        if type(value) is bool or value is None:
            return value
        try:
            read = _decode_stream_resumable(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "stream_resumable", exc) from exc
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
    def multitask_strategy(self) -> MultitaskStrategy | None:
        """What to do when the thread is already running a run."""
        try:
            read = _decode_multitask_strategy(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "multitask_strategy", exc) from exc
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
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadCronCreate._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_schedule(d: dict[str, Any]) -> str:
    schedule: str = d["schedule"]
    if not isinstance(schedule, str):
        raise TypeError(f"not a string: {type(schedule).__name__}")
    return schedule


def _decode_assistant_id(d: dict[str, Any]) -> str:
    assistant_id: str = d["assistant_id"]
    if not isinstance(assistant_id, str):
        raise TypeError(f"not a string: {type(assistant_id).__name__}")
    return assistant_id


def _decode_timezone(d: dict[str, Any]) -> str | Unset:
    timezone: str | Unset = d.get("timezone", UNSET)
    if not isinstance(timezone, str | Unset):
        raise TypeError(f"not a string: {type(timezone).__name__}")
    return timezone


def _decode_end_time(d: dict[str, Any]) -> datetime.datetime | Unset:
    _end_time = d.get("end_time", UNSET)
    end_time: datetime.datetime | Unset
    if isinstance(_end_time, Unset):
        end_time = UNSET
    else:
        end_time = datetime.datetime.fromisoformat(_end_time)

    return end_time


def _decode_input_(d: dict[str, Any]) -> JsonObject | list[JsonObject] | Unset:
    def _parse_input_(data: object) -> JsonObject | list[JsonObject] | Unset:
        if isinstance(data, Unset):
            return data
        if data is None:  # null for an optional field: read as absent
            return UNSET
        try:
            if not isinstance(data, dict) or not JsonObject.fits(data):
                raise TypeError()
            input_type_0 = JsonObject.from_dict(data)

            return input_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError(f"not a form this field takes: {type(data).__name__}")
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


def _decode_enabled(d: dict[str, Any]) -> bool | Unset:
    enabled: bool | Unset = d.get("enabled", UNSET)
    if not isinstance(enabled, bool | Unset):
        raise TypeError(f"not a boolean: {type(enabled).__name__}")
    return enabled


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


def _decode_durability(d: dict[str, Any]) -> Durability | Unset:
    _durability = d.get("durability", UNSET)
    durability: Durability | Unset
    if isinstance(_durability, Unset):
        durability = UNSET
    else:
        durability = Durability(_durability)

    return durability


def _decode_multitask_strategy(d: dict[str, Any]) -> MultitaskStrategy | Unset:
    _multitask_strategy = d.get("multitask_strategy", UNSET)
    multitask_strategy: MultitaskStrategy | Unset
    if isinstance(_multitask_strategy, Unset):
        multitask_strategy = UNSET
    else:
        multitask_strategy = MultitaskStrategy(_multitask_strategy)

    return multitask_strategy


def _decode_checkpoint_during(d: dict[str, Any]) -> bool | Unset:
    checkpoint_during: bool | Unset = d.get("checkpoint_during", UNSET)
    if not isinstance(checkpoint_during, bool | Unset):
        raise TypeError(f"not a boolean: {type(checkpoint_during).__name__}")
    return checkpoint_during


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.config import Config  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, to_wire


class ProtocolRunStartParams(WireDict):
    """The params of `run.start`, a run of an assistant on the thread (made if missing).

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        assistant_id (str): The assistant (or graph) to run.
        input_ (Any | None): The graph's input (any JSON).
        config (Config | None): Configuration of a run or assistant.
        metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
        langsmith_tracer (ProtocolLangSmithTracer | None): Where a `run.start` run's LangSmith trace goes: langgraph-api's run.start refuses a field other than
            these two, and a value that is not a string.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "assistant_id": "assistant_id",
        "input": "input_",
        "config": "config",
        "metadata": "metadata",
        "langsmith_tracer": "langsmith_tracer",
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
            "assistant_id",
        }
    )
    _min_lengths: ClassVar[Mapping[str, int]] = {
        "assistant_id": 1,
    }

    def __init__(
        self,
        *,
        assistant_id: str,
        input_: Any | Unset = UNSET,
        config: Config | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        langsmith_tracer: ProtocolLangSmithTracer | Unset = UNSET,
    ) -> None:
        """A ProtocolRunStartParams built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {
            "assistant_id": to_wire(assistant_id),
        }
        if not isinstance(input_, Unset):
            fields["input"] = to_wire(input_)
        if not isinstance(config, Unset):
            fields["config"] = to_wire(config)
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(langsmith_tracer, Unset):
            fields["langsmith_tracer"] = to_wire(langsmith_tracer)
        dict.__init__(self, fields)

    @property
    def assistant_id(self) -> str:
        """The assistant (or graph) to run."""
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
        """The graph's input (any JSON)."""
        try:
            read = _decode_input_(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "input", exc) from exc
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
    def metadata(self) -> dict[str, Any] | None:
        """Free-form metadata, a JSON object; search filters match its keys exactly."""
        value = self.get("metadata")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("metadata", _decode_metadata)
        return None if isinstance(read, Unset) else read

    @property
    def langsmith_tracer(self) -> ProtocolLangSmithTracer | None:
        """Where a `run.start` run's LangSmith trace goes: langgraph-api's run.start refuses a field other than
        these two, and a value that is not a string."""
        value = self.get("langsmith_tracer")
        if type(value) is ProtocolLangSmithTracer:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "langsmith_tracer", ProtocolLangSmithTracer, value)
        read = self._keep("langsmith_tracer", _decode_langsmith_tracer)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolRunStartParams._wire_names)
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


def _decode_config(d: dict[str, Any]) -> Config | Unset:
    _config = d.get("config", UNSET)
    config: Config | Unset
    if isinstance(_config, Unset):
        config = UNSET
    else:
        config = Config.from_dict(_config)

    return config


def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_langsmith_tracer(d: dict[str, Any]) -> ProtocolLangSmithTracer | Unset:
    _langsmith_tracer = d.get("langsmith_tracer", UNSET)
    langsmith_tracer: ProtocolLangSmithTracer | Unset
    if isinstance(_langsmith_tracer, Unset):
        langsmith_tracer = UNSET
    else:
        langsmith_tracer = ProtocolLangSmithTracer.from_dict(_langsmith_tracer)

    return langsmith_tracer


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.config import Config  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.protocol_lang_smith_tracer import ProtocolLangSmithTracer  # noqa: E402

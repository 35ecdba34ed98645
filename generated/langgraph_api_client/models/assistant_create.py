from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from ..models.if_exists import IfExists
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, parse_uuid, to_wire


class AssistantCreate(WireDict):
    """Body of create_assistant.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        graph_id (str): A graph registered on the server.
        assistant_id (UUID | None): The id to give the assistant; random when absent.
        config (Config | None): Configuration of a run or assistant.
        context (dict[str, Any] | None): A JSON object of any shape.
        metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
        if_exists (IfExists | None): What to do when the resource already exists.
        name (str | None): The assistant's name; `Untitled` when absent.
        description (None | str): The assistant's description.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "graph_id": "graph_id",
        "assistant_id": "assistant_id",
        "config": "config",
        "context": "context",
        "metadata": "metadata",
        "if_exists": "if_exists",
        "name": "name",
        "description": "description",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "graph_id",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "graph_id": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "assistant_id",
            "graph_id",
            "name",
        }
    )

    def __init__(
        self,
        *,
        graph_id: str,
        assistant_id: UUID | str | Unset = UNSET,
        config: Config | Unset = UNSET,
        context: JsonObject | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        if_exists: IfExists | str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> None:
        """A AssistantCreate built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {
            "graph_id": to_wire(graph_id),
        }
        if not isinstance(assistant_id, Unset):
            fields["assistant_id"] = to_wire(assistant_id)
        if not isinstance(config, Unset):
            fields["config"] = to_wire(config)
        if not isinstance(context, Unset):
            fields["context"] = to_wire(context)
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(if_exists, Unset):
            fields["if_exists"] = to_wire(if_exists)
        if not isinstance(name, Unset):
            fields["name"] = to_wire(name)
        if not isinstance(description, Unset):
            fields["description"] = to_wire(description)
        dict.__init__(self, fields)

    @property
    def graph_id(self) -> str:
        """A graph registered on the server."""
        value = self.get("graph_id")
        if type(value) is str:
            return value
        try:
            read = _decode_graph_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "graph_id", exc) from exc
        return read

    @property
    def assistant_id(self) -> UUID | None:
        """The id to give the assistant; random when absent."""
        value = self.get("assistant_id")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return parse_uuid(value)
            except ValueError:
                pass
        try:
            read = _decode_assistant_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "assistant_id", exc) from exc
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
    def metadata(self) -> dict[str, Any] | None:
        """Free-form metadata, a JSON object; search filters match its keys exactly."""
        value = self.get("metadata")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("metadata", _decode_metadata)
        return None if isinstance(read, Unset) else read

    @property
    def if_exists(self) -> IfExists | None:
        """What to do when the resource already exists."""
        try:
            read = _decode_if_exists(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "if_exists", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def name(self) -> str | None:
        """The assistant's name; `Untitled` when absent."""
        value = self.get("name")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_name(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "name", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def description(self) -> None | str:
        """The assistant's description."""
        try:
            read = _decode_description(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "description", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(AssistantCreate._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_graph_id(d: dict[str, Any]) -> str:
    graph_id: str = d["graph_id"]
    if not isinstance(graph_id, str):
        raise TypeError(f"not a string: {type(graph_id).__name__}")
    return graph_id


def _decode_assistant_id(d: dict[str, Any]) -> UUID | Unset:
    _assistant_id = d.get("assistant_id", UNSET)
    assistant_id: UUID | Unset
    if isinstance(_assistant_id, Unset):
        assistant_id = UNSET
    else:
        assistant_id = parse_uuid(_assistant_id)

    return assistant_id


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


def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_if_exists(d: dict[str, Any]) -> IfExists | Unset:
    _if_exists = d.get("if_exists", UNSET)
    if_exists: IfExists | Unset
    if isinstance(_if_exists, Unset):
        if_exists = UNSET
    else:
        if_exists = IfExists(_if_exists)

    return if_exists


def _decode_name(d: dict[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    if not isinstance(name, str | Unset):
        raise TypeError(f"not a string: {type(name).__name__}")
    return name


def _decode_description(d: dict[str, Any]) -> None | str | Unset:
    description: None | str | Unset = d.get("description", UNSET)

    return description


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.config import Config  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

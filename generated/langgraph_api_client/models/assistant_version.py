from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from ..types import READ_ERRORS, FieldValueError, WireDict, kept, parse_uuid, to_wire


class AssistantVersion(WireDict):
    """One version of an assistant.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        assistant_id (UUID): The assistant's id.
        graph_id (str): The graph this version runs.
        config (Config): Configuration of a run or assistant.
        context (dict[str, Any]): A JSON object of any shape.
        created_at (datetime.datetime): When this version was created.
        metadata (dict[str, Any]): Free-form metadata, a JSON object; search filters match its keys exactly.
        version (int): The version number.
        name (str): The assistant's name in this version.
        description (None | str): The assistant's description in this version.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "assistant_id": "assistant_id",
        "graph_id": "graph_id",
        "config": "config",
        "context": "context",
        "created_at": "created_at",
        "metadata": "metadata",
        "version": "version",
        "name": "name",
        "description": "description",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "assistant_id",
            "graph_id",
            "config",
            "context",
            "created_at",
            "metadata",
            "version",
            "name",
            "description",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "graph_id": str,
        "version": int,
        "name": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "assistant_id",
            "graph_id",
            "created_at",
            "version",
            "name",
        }
    )

    def __init__(
        self,
        *,
        assistant_id: UUID | str,
        graph_id: str,
        config: Config,
        context: JsonObject,
        created_at: datetime.datetime,
        metadata: Metadata,
        version: int,
        name: str,
        description: None | str,
        **additional_properties: Any,
    ) -> None:
        """A AssistantVersion built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "assistant_id": to_wire(assistant_id),
            "graph_id": to_wire(graph_id),
            "config": to_wire(config),
            "context": to_wire(context),
            "created_at": to_wire(created_at),
            "metadata": to_wire(metadata),
            "version": to_wire(version),
            "name": to_wire(name),
            "description": to_wire(description),
        }
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def assistant_id(self) -> UUID:
        """The assistant's id."""
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
        return read

    @property
    def graph_id(self) -> str:
        """The graph this version runs."""
        value = self.get("graph_id")
        if type(value) is str:
            return value
        try:
            read = _decode_graph_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "graph_id", exc) from exc
        return read

    @property
    def config(self) -> Config:
        """Configuration of a run or assistant."""
        value = self.get("config")
        if type(value) is Config:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "config", Config, value)
        return self._keep("config", _decode_config)

    @property
    def context(self) -> dict[str, Any]:
        """A JSON object of any shape."""
        value = self.get("context")
        if isinstance(value, dict):  # the JSON object as sent
            return value
        return self._keep("context", _decode_context)

    @property
    def created_at(self) -> datetime.datetime:
        """When this version was created."""
        value = self.get("created_at")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
        try:
            read = _decode_created_at(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "created_at", exc) from exc
        return read

    @property
    def metadata(self) -> dict[str, Any]:
        """Free-form metadata, a JSON object; search filters match its keys exactly."""
        value = self.get("metadata")
        if isinstance(value, dict):  # the JSON object as sent
            return value
        return self._keep("metadata", _decode_metadata)

    @property
    def version(self) -> int:
        """The version number."""
        value = self.get("version")
        if type(value) is int:
            return value
        try:
            read = _decode_version(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "version", exc) from exc
        return read

    @property
    def name(self) -> str:
        """The assistant's name in this version."""
        value = self.get("name")
        if type(value) is str:
            return value
        try:
            read = _decode_name(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "name", exc) from exc
        return read

    @property
    def description(self) -> None | str:
        """The assistant's description in this version."""
        try:
            read = _decode_description(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "description", exc) from exc
        return read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(AssistantVersion._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_assistant_id(d: dict[str, Any]) -> UUID:
    assistant_id = parse_uuid(d["assistant_id"])

    return assistant_id


def _decode_graph_id(d: dict[str, Any]) -> str:
    graph_id: str = d["graph_id"]
    if not isinstance(graph_id, str):
        raise TypeError(f"not a string: {type(graph_id).__name__}")
    return graph_id


def _decode_config(d: dict[str, Any]) -> Config:
    config = Config.from_dict(d["config"])

    return config


def _decode_context(d: dict[str, Any]) -> JsonObject:
    context = JsonObject.from_dict(d["context"])

    return context


def _decode_created_at(d: dict[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["created_at"])

    return created_at


def _decode_metadata(d: dict[str, Any]) -> Metadata:
    metadata = Metadata.from_dict(d["metadata"])

    return metadata


def _decode_version(d: dict[str, Any]) -> int:
    version: int = d["version"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise TypeError(f"not an integer: {type(version).__name__}")
    return version


def _decode_name(d: dict[str, Any]) -> str:
    name: str = d["name"]
    if not isinstance(name, str):
        raise TypeError(f"not a string: {type(name).__name__}")
    return name


def _decode_description(d: dict[str, Any]) -> None | str:
    description: None | str = d["description"]

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

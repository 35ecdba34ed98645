from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, parse_uuid, to_wire


class AssistantSelection(WireDict):
    """Some fields of an assistant: an item of a search or list made with `select`. It has the same fields as Assistant,
    none of them required.

        A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
        its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
        as documented; an optional field that is missing reads as None.

        Attributes:
            assistant_id (UUID | None): The assistant's id.
            graph_id (str | None): The graph the assistant runs.
            config (Config | None): Configuration of a run or assistant.
            context (dict[str, Any] | None): A JSON object of any shape.
            created_at (datetime.datetime | None): When the assistant was created.
            updated_at (datetime.datetime | None): When the assistant last changed.
            metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
            version (int | None): The assistant's version number.
            name (str | None): The assistant's name.
            description (None | str): The assistant's description.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "assistant_id": "assistant_id",
        "graph_id": "graph_id",
        "config": "config",
        "context": "context",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "metadata": "metadata",
        "version": "version",
        "name": "name",
        "description": "description",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "assistant_id",
            "graph_id",
            "created_at",
            "updated_at",
            "version",
            "name",
        }
    )

    def __init__(
        self,
        *,
        assistant_id: UUID | str | Unset = UNSET,
        graph_id: str | Unset = UNSET,
        config: Config | Unset = UNSET,
        context: JsonObject | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        version: int | Unset = UNSET,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A AssistantSelection built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        if not isinstance(assistant_id, Unset):
            fields["assistant_id"] = to_wire(assistant_id)
        if not isinstance(graph_id, Unset):
            fields["graph_id"] = to_wire(graph_id)
        if not isinstance(config, Unset):
            fields["config"] = to_wire(config)
        if not isinstance(context, Unset):
            fields["context"] = to_wire(context)
        if not isinstance(created_at, Unset):
            fields["created_at"] = to_wire(created_at)
        if not isinstance(updated_at, Unset):
            fields["updated_at"] = to_wire(updated_at)
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(version, Unset):
            fields["version"] = to_wire(version)
        if not isinstance(name, Unset):
            fields["name"] = to_wire(name)
        if not isinstance(description, Unset):
            fields["description"] = to_wire(description)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def assistant_id(self) -> UUID | None:
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
        return None if isinstance(read, Unset) else read

    @property
    def graph_id(self) -> str | None:
        """The graph the assistant runs."""
        value = self.get("graph_id")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_graph_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "graph_id", exc) from exc
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
    def created_at(self) -> datetime.datetime | None:
        """When the assistant was created."""
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
        return None if isinstance(read, Unset) else read

    @property
    def updated_at(self) -> datetime.datetime | None:
        """When the assistant last changed."""
        value = self.get("updated_at")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
        try:
            read = _decode_updated_at(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "updated_at", exc) from exc
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
    def version(self) -> int | None:
        """The assistant's version number."""
        value = self.get("version")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_version(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "version", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def name(self) -> str | None:
        """The assistant's name."""
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


_DECLARED = frozenset(AssistantSelection._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_assistant_id(d: dict[str, Any]) -> UUID | Unset:
    _assistant_id = d.get("assistant_id", UNSET)
    assistant_id: UUID | Unset
    if isinstance(_assistant_id, Unset):
        assistant_id = UNSET
    else:
        assistant_id = parse_uuid(_assistant_id)

    return assistant_id


def _decode_graph_id(d: dict[str, Any]) -> str | Unset:
    graph_id: str | Unset = d.get("graph_id", UNSET)
    if not isinstance(graph_id, str | Unset):
        raise TypeError(f"not a string: {type(graph_id).__name__}")
    return graph_id


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


def _decode_created_at(d: dict[str, Any]) -> datetime.datetime | Unset:
    _created_at = d.get("created_at", UNSET)
    created_at: datetime.datetime | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = datetime.datetime.fromisoformat(_created_at)

    return created_at


def _decode_updated_at(d: dict[str, Any]) -> datetime.datetime | Unset:
    _updated_at = d.get("updated_at", UNSET)
    updated_at: datetime.datetime | Unset
    if isinstance(_updated_at, Unset):
        updated_at = UNSET
    else:
        updated_at = datetime.datetime.fromisoformat(_updated_at)

    return updated_at


def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_version(d: dict[str, Any]) -> int | Unset:
    version: int | Unset = d.get("version", UNSET)
    if not isinstance(version, int | Unset) or isinstance(version, bool):
        raise TypeError(f"not an integer: {type(version).__name__}")
    return version


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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AssistantSelection")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class AssistantSelection(WireMapping):
    """Some fields of an assistant: an item of a search or list made with `select`. It has the same fields as Assistant,
    none of them required.

        Attributes:
            assistant_id (UUID | Unset): The assistant's id.
            graph_id (str | Unset): The graph the assistant runs.
            config (Config | Unset): Configuration of a run or assistant.
            context (JsonObject | Unset): A JSON object of any shape.
            created_at (datetime.datetime | Unset): When the assistant was created.
            updated_at (datetime.datetime | Unset): When the assistant last changed.
            metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
            version (int | Unset): The assistant's version number.
            name (str | Unset): The assistant's name.
            description (None | str | Unset): The assistant's description.
    """

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

    assistant_id: UUID | Unset = UNSET
    graph_id: str | Unset = UNSET
    config: Config | Unset = UNSET
    context: JsonObject | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    version: int | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        assistant_id: str | Unset = UNSET
        if not isinstance(self.assistant_id, Unset):
            assistant_id = str(self.assistant_id)

        graph_id = self.graph_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        version = self.version

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if graph_id is not UNSET:
            field_dict["graph_id"] = graph_id
        if config is not UNSET:
            field_dict["config"] = config
        if context is not UNSET:
            field_dict["context"] = context
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if version is not UNSET:
            field_dict["version"] = version
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        assistant_selection = cls.__new__(cls)
        assistant_selection._raw = d
        return assistant_selection


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_assistant_id(d: dict[str, Any]) -> UUID | Unset:
    _assistant_id = d.get("assistant_id", UNSET)
    assistant_id: UUID | Unset
    if isinstance(_assistant_id, Unset):
        assistant_id = UNSET
    else:
        assistant_id = UUID(_assistant_id)

    return assistant_id


def _decode_graph_id(d: dict[str, Any]) -> str | Unset:
    graph_id: str | Unset = d.get("graph_id", UNSET)
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
    return version


def _decode_name(d: dict[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_description(d: dict[str, Any]) -> None | str | Unset:
    description: None | str | Unset = d.get("description", UNSET)

    return description


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AssistantSelection._wire_names}


AssistantSelection._decoders = {
    "assistant_id": _decode_assistant_id,
    "graph_id": _decode_graph_id,
    "config": _decode_config,
    "context": _decode_context,
    "created_at": _decode_created_at,
    "updated_at": _decode_updated_at,
    "metadata": _decode_metadata,
    "version": _decode_version,
    "name": _decode_name,
    "description": _decode_description,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.config import Config  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="Assistant")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class Assistant(WireMapping):
    """An assistant at its latest version.

    Attributes:
        assistant_id (UUID): The assistant's id.
        graph_id (str): The graph the assistant runs.
        config (Config): Configuration of a run or assistant.
        context (JsonObject): A JSON object of any shape.
        created_at (datetime.datetime): When the assistant was created.
        updated_at (datetime.datetime): When the assistant last changed.
        metadata (Metadata): Free-form metadata, a JSON object; search filters match its keys exactly.
        version (int): The assistant's version number.
        name (str): The assistant's name.
        description (None | str): The assistant's description.
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

    assistant_id: UUID
    graph_id: str
    config: Config
    context: JsonObject
    created_at: datetime.datetime
    updated_at: datetime.datetime
    metadata: Metadata
    version: int
    name: str
    description: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        assistant_id = str(self.assistant_id)

        graph_id = self.graph_id

        config = self.config.to_dict()

        context = self.context.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        metadata = self.metadata.to_dict()

        version = self.version

        name = self.name

        description: None | str
        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistant_id": assistant_id,
                "graph_id": graph_id,
                "config": config,
                "context": context,
                "created_at": created_at,
                "updated_at": updated_at,
                "metadata": metadata,
                "version": version,
                "name": name,
                "description": description,
            }
        )

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
        assistant = cls.__new__(cls)
        assistant._raw = d
        return assistant


_REQUIRED = frozenset(
    {
        "assistant_id",
        "graph_id",
        "config",
        "context",
        "created_at",
        "updated_at",
        "metadata",
        "version",
        "name",
        "description",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_assistant_id(d: dict[str, Any]) -> UUID:
    assistant_id = UUID(d["assistant_id"])

    return assistant_id


def _decode_graph_id(d: dict[str, Any]) -> str:
    graph_id: str = d["graph_id"]
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


def _decode_updated_at(d: dict[str, Any]) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(d["updated_at"])

    return updated_at


def _decode_metadata(d: dict[str, Any]) -> Metadata:
    metadata = Metadata.from_dict(d["metadata"])

    return metadata


def _decode_version(d: dict[str, Any]) -> int:
    version: int = d["version"]
    return version


def _decode_name(d: dict[str, Any]) -> str:
    name: str = d["name"]
    return name


def _decode_description(d: dict[str, Any]) -> None | str:
    description: None | str = d["description"]

    return description


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Assistant._wire_names}


Assistant._decoders = {
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

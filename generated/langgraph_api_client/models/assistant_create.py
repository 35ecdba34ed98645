from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.if_exists import IfExists
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AssistantCreate")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class AssistantCreate(WireMapping):
    """Body of create_assistant.

    Attributes:
        graph_id (str): A graph registered on the server.
        assistant_id (UUID | Unset): The id to give the assistant; random when absent.
        config (Config | Unset): Configuration of a run or assistant.
        context (JsonObject | Unset): A JSON object of any shape.
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
        if_exists (IfExists | Unset): What to do when the resource already exists.
        name (str | Unset): The assistant's name; `Untitled` when absent.
        description (None | str | Unset): The assistant's description.
    """

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

    graph_id: str
    assistant_id: UUID | Unset = UNSET
    config: Config | Unset = UNSET
    context: JsonObject | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    if_exists: IfExists | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        graph_id = self.graph_id

        assistant_id: str | Unset = UNSET
        if not isinstance(self.assistant_id, Unset):
            assistant_id = str(self.assistant_id)

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        if_exists: str | Unset = UNSET
        if not isinstance(self.if_exists, Unset):
            if_exists = self.if_exists.value

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "graph_id": graph_id,
            }
        )
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if config is not UNSET:
            field_dict["config"] = config
        if context is not UNSET:
            field_dict["context"] = context
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if if_exists is not UNSET:
            field_dict["if_exists"] = if_exists
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
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        assistant_create = cls.__new__(cls)
        assistant_create._raw = d
        return assistant_create


_REQUIRED = frozenset(
    {
        "graph_id",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_graph_id(d: dict[str, Any]) -> str:
    graph_id: str = d["graph_id"]
    return graph_id


def _decode_assistant_id(d: dict[str, Any]) -> UUID | Unset:
    _assistant_id = d.get("assistant_id", UNSET)
    assistant_id: UUID | Unset
    if isinstance(_assistant_id, Unset):
        assistant_id = UNSET
    else:
        assistant_id = UUID(_assistant_id)

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
    return name


def _decode_description(d: dict[str, Any]) -> None | str | Unset:
    description: None | str | Unset = d.get("description", UNSET)

    return description


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AssistantCreate._wire_names}


AssistantCreate._decoders = {
    "graph_id": _decode_graph_id,
    "assistant_id": _decode_assistant_id,
    "config": _decode_config,
    "context": _decode_context,
    "metadata": _decode_metadata,
    "if_exists": _decode_if_exists,
    "name": _decode_name,
    "description": _decode_description,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.config import Config  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

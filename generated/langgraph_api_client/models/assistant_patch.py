from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AssistantPatch")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class AssistantPatch(WireMapping):
    """Body of update_assistant; absent fields are kept.

    Attributes:
        graph_id (str | Unset): A graph registered on the server.
        config (Config | Unset): Configuration of a run or assistant.
        context (JsonObject | Unset): A JSON object of any shape.
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
        name (str | Unset): The new name.
        description (str | Unset): The new description.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "graph_id": "graph_id",
        "config": "config",
        "context": "context",
        "metadata": "metadata",
        "name": "name",
        "description": "description",
    }

    graph_id: str | Unset = UNSET
    config: Config | Unset = UNSET
    context: JsonObject | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        graph_id = self.graph_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if graph_id is not UNSET:
            field_dict["graph_id"] = graph_id
        if config is not UNSET:
            field_dict["config"] = config
        if context is not UNSET:
            field_dict["context"] = context
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
        assistant_patch = cls.__new__(cls)
        assistant_patch._raw = d
        return assistant_patch


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
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


def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_name(d: dict[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_description(d: dict[str, Any]) -> str | Unset:
    description: str | Unset = d.get("description", UNSET)
    return description


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AssistantPatch._wire_names}


AssistantPatch._decoders = {
    "graph_id": _decode_graph_id,
    "config": _decode_config,
    "context": _decode_context,
    "metadata": _decode_metadata,
    "name": _decode_name,
    "description": _decode_description,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.config import Config  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

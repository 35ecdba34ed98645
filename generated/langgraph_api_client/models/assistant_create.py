from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.if_exists import IfExists
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AssistantCreate")


@_attrs_define
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
        d = dict(src_dict)
        graph_id = d.pop("graph_id")

        _assistant_id = d.pop("assistant_id", UNSET)
        assistant_id: UUID | Unset
        if isinstance(_assistant_id, Unset):
            assistant_id = UNSET
        else:
            assistant_id = UUID(_assistant_id)

        _config = d.pop("config", UNSET)
        config: Config | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = Config.from_dict(_config)

        _context = d.pop("context", UNSET)
        context: JsonObject | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = JsonObject.from_dict(_context)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _if_exists = d.pop("if_exists", UNSET)
        if_exists: IfExists | Unset
        if isinstance(_if_exists, Unset):
            if_exists = UNSET
        else:
            if_exists = IfExists(_if_exists)

        name = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        assistant_create = cls(
            graph_id=graph_id,
            assistant_id=assistant_id,
            config=config,
            context=context,
            metadata=metadata,
            if_exists=if_exists,
            name=name,
            description=description,
        )

        assistant_create.additional_properties = d
        return assistant_create


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.config import Config  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

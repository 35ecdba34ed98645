from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_create_graph_id import AssistantCreateGraphId
from ..models.assistant_create_if_exists import AssistantCreateIfExists
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.assistant_create_config import AssistantCreateConfig
    from ..models.assistant_create_context import AssistantCreateContext
    from ..models.assistant_create_metadata import AssistantCreateMetadata


T = TypeVar("T", bound="AssistantCreate")


@_attrs_define
class AssistantCreate(WireMapping):
    """Payload for creating an assistant.

    Attributes:
        graph_id (AssistantCreateGraphId): The ID of the graph the assistant should use. The graph ID is normally set in
            your langgraph.json configuration.
        assistant_id (UUID | Unset): The ID of the assistant. If not provided, a random UUID will be generated.
        config (AssistantCreateConfig | Unset): Configuration to use for the graph. Useful when graph is configurable
            and you want to create different assistants based on different configurations.
        context (AssistantCreateContext | Unset): Static context added to the assistant.
        metadata (AssistantCreateMetadata | Unset): Metadata to add to assistant.
        if_exists (AssistantCreateIfExists | Unset): How to handle duplicate creation. Must be either 'raise' (raise
            error if duplicate), or 'do_nothing' (return existing assistant). Default: AssistantCreateIfExists.RAISE.
        name (str | Unset): The name of the assistant. Defaults to 'Untitled'.
        description (None | str | Unset): The description of the assistant. Defaults to null.
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

    graph_id: AssistantCreateGraphId
    assistant_id: UUID | Unset = UNSET
    config: AssistantCreateConfig | Unset = UNSET
    context: AssistantCreateContext | Unset = UNSET
    metadata: AssistantCreateMetadata | Unset = UNSET
    if_exists: AssistantCreateIfExists | Unset = AssistantCreateIfExists.RAISE
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        graph_id = self.graph_id.value

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
        from ..models.assistant_create_config import AssistantCreateConfig  # noqa: PLC0415
        from ..models.assistant_create_context import AssistantCreateContext  # noqa: PLC0415
        from ..models.assistant_create_metadata import AssistantCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        graph_id = AssistantCreateGraphId(d.pop("graph_id"))

        _assistant_id = d.pop("assistant_id", UNSET)
        assistant_id: UUID | Unset
        if isinstance(_assistant_id, Unset):
            assistant_id = UNSET
        else:
            assistant_id = UUID(_assistant_id)

        _config = d.pop("config", UNSET)
        config: AssistantCreateConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = AssistantCreateConfig.from_dict(_config)

        _context = d.pop("context", UNSET)
        context: AssistantCreateContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = AssistantCreateContext.from_dict(_context)

        _metadata = d.pop("metadata", UNSET)
        metadata: AssistantCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AssistantCreateMetadata.from_dict(_metadata)

        _if_exists = d.pop("if_exists", UNSET)
        if_exists: AssistantCreateIfExists | Unset
        if isinstance(_if_exists, Unset):
            if_exists = UNSET
        else:
            if_exists = AssistantCreateIfExists(_if_exists)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_patch_graph_id import AssistantPatchGraphId
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.assistant_patch_config import AssistantPatchConfig
    from ..models.assistant_patch_context import AssistantPatchContext
    from ..models.assistant_patch_metadata import AssistantPatchMetadata


T = TypeVar("T", bound="AssistantPatch")


@_attrs_define
class AssistantPatch(WireMapping):
    """Payload for updating an assistant.

    Attributes:
        graph_id (AssistantPatchGraphId | Unset): The ID of the graph the assistant should use. The graph ID is normally
            set in your langgraph.json configuration. If not provided, assistant will keep pointing to same graph.
        config (AssistantPatchConfig | Unset): Configuration to use for the graph. Useful when graph is configurable and
            you want to update the assistant's configuration.
        context (AssistantPatchContext | Unset): Static context added to the assistant.
        metadata (AssistantPatchMetadata | Unset): Metadata to merge with existing assistant metadata.
        name (str | Unset): The new name for the assistant. If not provided, assistant will keep its current name.
        description (str | Unset): The new description for the assistant. If not provided, assistant will keep its
            current description.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "graph_id": "graph_id",
        "config": "config",
        "context": "context",
        "metadata": "metadata",
        "name": "name",
        "description": "description",
    }

    graph_id: AssistantPatchGraphId | Unset = UNSET
    config: AssistantPatchConfig | Unset = UNSET
    context: AssistantPatchContext | Unset = UNSET
    metadata: AssistantPatchMetadata | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        graph_id: str | Unset = UNSET
        if not isinstance(self.graph_id, Unset):
            graph_id = self.graph_id.value

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
        from ..models.assistant_patch_config import AssistantPatchConfig  # noqa: PLC0415
        from ..models.assistant_patch_context import AssistantPatchContext  # noqa: PLC0415
        from ..models.assistant_patch_metadata import AssistantPatchMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _graph_id = d.pop("graph_id", UNSET)
        graph_id: AssistantPatchGraphId | Unset
        if isinstance(_graph_id, Unset):
            graph_id = UNSET
        else:
            graph_id = AssistantPatchGraphId(_graph_id)

        _config = d.pop("config", UNSET)
        config: AssistantPatchConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = AssistantPatchConfig.from_dict(_config)

        _context = d.pop("context", UNSET)
        context: AssistantPatchContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = AssistantPatchContext.from_dict(_context)

        _metadata = d.pop("metadata", UNSET)
        metadata: AssistantPatchMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AssistantPatchMetadata.from_dict(_metadata)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        assistant_patch = cls(
            graph_id=graph_id,
            config=config,
            context=context,
            metadata=metadata,
            name=name,
            description=description,
        )

        assistant_patch.additional_properties = d
        return assistant_patch

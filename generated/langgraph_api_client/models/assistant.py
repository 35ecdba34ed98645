from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_graph_id import AssistantGraphId
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.assistant_config import AssistantConfig
    from ..models.assistant_context import AssistantContext
    from ..models.assistant_metadata import AssistantMetadata


T = TypeVar("T", bound="Assistant")


@_attrs_define
class Assistant(WireMapping):
    """
    Attributes:
        assistant_id (UUID): The ID of the assistant.
        graph_id (AssistantGraphId): The ID of the graph.
        config (AssistantConfig): The assistant config.
        created_at (datetime.datetime): The time the assistant was created.
        updated_at (datetime.datetime): The last time the assistant was updated.
        metadata (AssistantMetadata): The assistant metadata.
        context (AssistantContext | Unset): Static context added to the assistant.
        version (int | Unset): The version of the assistant
        name (str | Unset): The name of the assistant
        description (None | str | Unset): The description of the assistant
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "assistant_id": "assistant_id",
        "graph_id": "graph_id",
        "config": "config",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "metadata": "metadata",
        "context": "context",
        "version": "version",
        "name": "name",
        "description": "description",
    }

    assistant_id: UUID
    graph_id: AssistantGraphId
    config: AssistantConfig
    created_at: datetime.datetime
    updated_at: datetime.datetime
    metadata: AssistantMetadata
    context: AssistantContext | Unset = UNSET
    version: int | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistant_id = str(self.assistant_id)

        graph_id = self.graph_id.value

        config = self.config.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        metadata = self.metadata.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        version = self.version

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
                "assistant_id": assistant_id,
                "graph_id": graph_id,
                "config": config,
                "created_at": created_at,
                "updated_at": updated_at,
                "metadata": metadata,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context
        if version is not UNSET:
            field_dict["version"] = version
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistant_config import AssistantConfig  # noqa: PLC0415
        from ..models.assistant_context import AssistantContext  # noqa: PLC0415
        from ..models.assistant_metadata import AssistantMetadata  # noqa: PLC0415

        d = dict(src_dict)
        assistant_id = UUID(d.pop("assistant_id"))

        graph_id = AssistantGraphId(d.pop("graph_id"))

        config = AssistantConfig.from_dict(d.pop("config"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        metadata = AssistantMetadata.from_dict(d.pop("metadata"))

        _context = d.pop("context", UNSET)
        context: AssistantContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = AssistantContext.from_dict(_context)

        version = d.pop("version", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        assistant = cls(
            assistant_id=assistant_id,
            graph_id=graph_id,
            config=config,
            created_at=created_at,
            updated_at=updated_at,
            metadata=metadata,
            context=context,
            version=version,
            name=name,
            description=description,
        )

        assistant.additional_properties = d
        return assistant

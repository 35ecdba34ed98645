from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="AssistantVersion")


@_attrs_define
class AssistantVersion(WireMapping):
    """One version of an assistant.

    Attributes:
        assistant_id (UUID): The assistant's id.
        graph_id (str): The graph this version runs.
        config (Config): Configuration of a run or assistant.
        context (JsonObject): A JSON object of any shape.
        created_at (datetime.datetime): When this version was created.
        metadata (Metadata): Free-form metadata, a JSON object; search filters match its keys exactly.
        version (int): The version number.
        name (str): The assistant's name in this version.
        description (None | str): The assistant's description in this version.
    """

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

    assistant_id: UUID
    graph_id: str
    config: Config
    context: JsonObject
    created_at: datetime.datetime
    metadata: Metadata
    version: int
    name: str
    description: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistant_id = str(self.assistant_id)

        graph_id = self.graph_id

        config = self.config.to_dict()

        context = self.context.to_dict()

        created_at = self.created_at.isoformat()

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
                "metadata": metadata,
                "version": version,
                "name": name,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assistant_id = UUID(d.pop("assistant_id"))

        graph_id = d.pop("graph_id")

        config = Config.from_dict(d.pop("config"))

        context = JsonObject.from_dict(d.pop("context"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        metadata = Metadata.from_dict(d.pop("metadata"))

        version = d.pop("version")

        name = d.pop("name")

        description: None | str = d.pop("description")

        assistant_version = cls(
            assistant_id=assistant_id,
            graph_id=graph_id,
            config=config,
            context=context,
            created_at=created_at,
            metadata=metadata,
            version=version,
            name=name,
            description=description,
        )

        assistant_version.additional_properties = d
        return assistant_version


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.config import Config  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.graph_schema_no_id_config_schema import GraphSchemaNoIdConfigSchema
    from ..models.graph_schema_no_id_context_schema import GraphSchemaNoIdContextSchema
    from ..models.graph_schema_no_id_input_schema import GraphSchemaNoIdInputSchema
    from ..models.graph_schema_no_id_output_schema import GraphSchemaNoIdOutputSchema
    from ..models.graph_schema_no_id_state_schema import GraphSchemaNoIdStateSchema


T = TypeVar("T", bound="GraphSchemaNoId")


@_attrs_define
class GraphSchemaNoId(WireMapping):
    """Defines the structure and properties of a graph without an ID.

    Attributes:
        input_schema (GraphSchemaNoIdInputSchema): The schema for the graph input. Missing if unable to generate JSON
            schema from graph.
        output_schema (GraphSchemaNoIdOutputSchema): The schema for the graph output. Missing if unable to generate JSON
            schema from graph.
        state_schema (GraphSchemaNoIdStateSchema): The schema for the graph state. Missing if unable to generate JSON
            schema from graph.
        config_schema (GraphSchemaNoIdConfigSchema | Unset): The schema for the graph config. Missing if unable to
            generate JSON schema from graph.
        context_schema (GraphSchemaNoIdContextSchema | Unset): The schema for the graph context. Missing if unable to
            generate JSON schema from graph.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "input_schema": "input_schema",
        "output_schema": "output_schema",
        "state_schema": "state_schema",
        "config_schema": "config_schema",
        "context_schema": "context_schema",
    }

    input_schema: GraphSchemaNoIdInputSchema
    output_schema: GraphSchemaNoIdOutputSchema
    state_schema: GraphSchemaNoIdStateSchema
    config_schema: GraphSchemaNoIdConfigSchema | Unset = UNSET
    context_schema: GraphSchemaNoIdContextSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_schema = self.input_schema.to_dict()

        output_schema = self.output_schema.to_dict()

        state_schema = self.state_schema.to_dict()

        config_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_schema, Unset):
            config_schema = self.config_schema.to_dict()

        context_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context_schema, Unset):
            context_schema = self.context_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_schema": input_schema,
                "output_schema": output_schema,
                "state_schema": state_schema,
            }
        )
        if config_schema is not UNSET:
            field_dict["config_schema"] = config_schema
        if context_schema is not UNSET:
            field_dict["context_schema"] = context_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.graph_schema_no_id_config_schema import GraphSchemaNoIdConfigSchema  # noqa: PLC0415
        from ..models.graph_schema_no_id_context_schema import GraphSchemaNoIdContextSchema  # noqa: PLC0415
        from ..models.graph_schema_no_id_input_schema import GraphSchemaNoIdInputSchema  # noqa: PLC0415
        from ..models.graph_schema_no_id_output_schema import GraphSchemaNoIdOutputSchema  # noqa: PLC0415
        from ..models.graph_schema_no_id_state_schema import GraphSchemaNoIdStateSchema  # noqa: PLC0415

        d = dict(src_dict)
        input_schema = GraphSchemaNoIdInputSchema.from_dict(d.pop("input_schema"))

        output_schema = GraphSchemaNoIdOutputSchema.from_dict(d.pop("output_schema"))

        state_schema = GraphSchemaNoIdStateSchema.from_dict(d.pop("state_schema"))

        _config_schema = d.pop("config_schema", UNSET)
        config_schema: GraphSchemaNoIdConfigSchema | Unset
        if isinstance(_config_schema, Unset):
            config_schema = UNSET
        else:
            config_schema = GraphSchemaNoIdConfigSchema.from_dict(_config_schema)

        _context_schema = d.pop("context_schema", UNSET)
        context_schema: GraphSchemaNoIdContextSchema | Unset
        if isinstance(_context_schema, Unset):
            context_schema = UNSET
        else:
            context_schema = GraphSchemaNoIdContextSchema.from_dict(_context_schema)

        graph_schema_no_id = cls(
            input_schema=input_schema,
            output_schema=output_schema,
            state_schema=state_schema,
            config_schema=config_schema,
            context_schema=context_schema,
        )

        graph_schema_no_id.additional_properties = d
        return graph_schema_no_id

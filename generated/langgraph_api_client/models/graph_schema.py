from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.graph_schema_graph_id import GraphSchemaGraphId
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.graph_schema_config_schema import GraphSchemaConfigSchema
    from ..models.graph_schema_context_schema import GraphSchemaContextSchema
    from ..models.graph_schema_input_schema import GraphSchemaInputSchema
    from ..models.graph_schema_output_schema import GraphSchemaOutputSchema
    from ..models.graph_schema_state_schema import GraphSchemaStateSchema


T = TypeVar("T", bound="GraphSchema")


@_attrs_define
class GraphSchema(WireMapping):
    """Defines the structure and properties of a graph.

    Attributes:
        graph_id (GraphSchemaGraphId): The ID of the graph.
        state_schema (GraphSchemaStateSchema): The schema for the graph state. Missing if unable to generate JSON schema
            from graph.
        input_schema (GraphSchemaInputSchema | Unset): The schema for the graph input. Missing if unable to generate
            JSON schema from graph.
        output_schema (GraphSchemaOutputSchema | Unset): The schema for the graph output. Missing if unable to generate
            JSON schema from graph.
        config_schema (GraphSchemaConfigSchema | Unset): The schema for the graph config. Missing if unable to generate
            JSON schema from graph.
        context_schema (GraphSchemaContextSchema | Unset): The schema for the graph context. Missing if unable to
            generate JSON schema from graph.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "graph_id": "graph_id",
        "state_schema": "state_schema",
        "input_schema": "input_schema",
        "output_schema": "output_schema",
        "config_schema": "config_schema",
        "context_schema": "context_schema",
    }

    graph_id: GraphSchemaGraphId
    state_schema: GraphSchemaStateSchema
    input_schema: GraphSchemaInputSchema | Unset = UNSET
    output_schema: GraphSchemaOutputSchema | Unset = UNSET
    config_schema: GraphSchemaConfigSchema | Unset = UNSET
    context_schema: GraphSchemaContextSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        graph_id = self.graph_id.value

        state_schema = self.state_schema.to_dict()

        input_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = self.input_schema.to_dict()

        output_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_schema, Unset):
            output_schema = self.output_schema.to_dict()

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
                "graph_id": graph_id,
                "state_schema": state_schema,
            }
        )
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if config_schema is not UNSET:
            field_dict["config_schema"] = config_schema
        if context_schema is not UNSET:
            field_dict["context_schema"] = context_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.graph_schema_config_schema import GraphSchemaConfigSchema  # noqa: PLC0415
        from ..models.graph_schema_context_schema import GraphSchemaContextSchema  # noqa: PLC0415
        from ..models.graph_schema_input_schema import GraphSchemaInputSchema  # noqa: PLC0415
        from ..models.graph_schema_output_schema import GraphSchemaOutputSchema  # noqa: PLC0415
        from ..models.graph_schema_state_schema import GraphSchemaStateSchema  # noqa: PLC0415

        d = dict(src_dict)
        graph_id = GraphSchemaGraphId(d.pop("graph_id"))

        state_schema = GraphSchemaStateSchema.from_dict(d.pop("state_schema"))

        _input_schema = d.pop("input_schema", UNSET)
        input_schema: GraphSchemaInputSchema | Unset
        if isinstance(_input_schema, Unset):
            input_schema = UNSET
        else:
            input_schema = GraphSchemaInputSchema.from_dict(_input_schema)

        _output_schema = d.pop("output_schema", UNSET)
        output_schema: GraphSchemaOutputSchema | Unset
        if isinstance(_output_schema, Unset):
            output_schema = UNSET
        else:
            output_schema = GraphSchemaOutputSchema.from_dict(_output_schema)

        _config_schema = d.pop("config_schema", UNSET)
        config_schema: GraphSchemaConfigSchema | Unset
        if isinstance(_config_schema, Unset):
            config_schema = UNSET
        else:
            config_schema = GraphSchemaConfigSchema.from_dict(_config_schema)

        _context_schema = d.pop("context_schema", UNSET)
        context_schema: GraphSchemaContextSchema | Unset
        if isinstance(_context_schema, Unset):
            context_schema = UNSET
        else:
            context_schema = GraphSchemaContextSchema.from_dict(_context_schema)

        graph_schema = cls(
            graph_id=graph_id,
            state_schema=state_schema,
            input_schema=input_schema,
            output_schema=output_schema,
            config_schema=config_schema,
            context_schema=context_schema,
        )

        graph_schema.additional_properties = d
        return graph_schema

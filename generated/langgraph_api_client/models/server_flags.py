from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ServerFlags")


@_attrs_define
class ServerFlags(WireMapping):
    """Features the server offers.

    Attributes:
        assistants (bool | Unset):
        crons (bool | Unset):
        langsmith (bool | Unset):
        langsmith_tracing_replicas (bool | Unset):
        langsmith_tracing_session_on_runs (bool | Unset):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "assistants": "assistants",
        "crons": "crons",
        "langsmith": "langsmith",
        "langsmith_tracing_replicas": "langsmith_tracing_replicas",
        "langsmith_tracing_session_on_runs": "langsmith_tracing_session_on_runs",
    }

    assistants: bool | Unset = UNSET
    crons: bool | Unset = UNSET
    langsmith: bool | Unset = UNSET
    langsmith_tracing_replicas: bool | Unset = UNSET
    langsmith_tracing_session_on_runs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistants = self.assistants

        crons = self.crons

        langsmith = self.langsmith

        langsmith_tracing_replicas = self.langsmith_tracing_replicas

        langsmith_tracing_session_on_runs = self.langsmith_tracing_session_on_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assistants is not UNSET:
            field_dict["assistants"] = assistants
        if crons is not UNSET:
            field_dict["crons"] = crons
        if langsmith is not UNSET:
            field_dict["langsmith"] = langsmith
        if langsmith_tracing_replicas is not UNSET:
            field_dict["langsmith_tracing_replicas"] = langsmith_tracing_replicas
        if langsmith_tracing_session_on_runs is not UNSET:
            field_dict["langsmith_tracing_session_on_runs"] = langsmith_tracing_session_on_runs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assistants = d.pop("assistants", UNSET)

        crons = d.pop("crons", UNSET)

        langsmith = d.pop("langsmith", UNSET)

        langsmith_tracing_replicas = d.pop("langsmith_tracing_replicas", UNSET)

        langsmith_tracing_session_on_runs = d.pop("langsmith_tracing_session_on_runs", UNSET)

        server_flags = cls(
            assistants=assistants,
            crons=crons,
            langsmith=langsmith,
            langsmith_tracing_replicas=langsmith_tracing_replicas,
            langsmith_tracing_session_on_runs=langsmith_tracing_session_on_runs,
        )

        server_flags.additional_properties = d
        return server_flags

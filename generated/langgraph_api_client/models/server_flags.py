from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ServerFlags")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        server_flags = cls.__new__(cls)
        server_flags._raw = d
        return server_flags


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_assistants(d: dict[str, Any]) -> bool | Unset:
    assistants: bool | Unset = d.get("assistants", UNSET)
    return assistants


def _decode_crons(d: dict[str, Any]) -> bool | Unset:
    crons: bool | Unset = d.get("crons", UNSET)
    return crons


def _decode_langsmith(d: dict[str, Any]) -> bool | Unset:
    langsmith: bool | Unset = d.get("langsmith", UNSET)
    return langsmith


def _decode_langsmith_tracing_replicas(d: dict[str, Any]) -> bool | Unset:
    langsmith_tracing_replicas: bool | Unset = d.get("langsmith_tracing_replicas", UNSET)
    return langsmith_tracing_replicas


def _decode_langsmith_tracing_session_on_runs(d: dict[str, Any]) -> bool | Unset:
    langsmith_tracing_session_on_runs: bool | Unset = d.get(
        "langsmith_tracing_session_on_runs", UNSET
    )
    return langsmith_tracing_session_on_runs


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ServerFlags._wire_names}


ServerFlags._decoders = {
    "assistants": _decode_assistants,
    "crons": _decode_crons,
    "langsmith": _decode_langsmith,
    "langsmith_tracing_replicas": _decode_langsmith_tracing_replicas,
    "langsmith_tracing_session_on_runs": _decode_langsmith_tracing_session_on_runs,
    "additional_properties": _decode_additional_properties,
}

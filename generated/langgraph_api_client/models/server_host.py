from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ServerHost")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ServerHost(WireMapping):
    """Where the server runs.

    Attributes:
        kind (None | str | Unset): The kind of host, such as `self-hosted`.
        project_id (None | str | Unset):
        host_revision_id (None | str | Unset):
        revision_id (None | str | Unset):
        tenant_id (None | str | Unset):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "kind": "kind",
        "project_id": "project_id",
        "host_revision_id": "host_revision_id",
        "revision_id": "revision_id",
        "tenant_id": "tenant_id",
    }

    kind: None | str | Unset = UNSET
    project_id: None | str | Unset = UNSET
    host_revision_id: None | str | Unset = UNSET
    revision_id: None | str | Unset = UNSET
    tenant_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        host_revision_id: None | str | Unset
        if isinstance(self.host_revision_id, Unset):
            host_revision_id = UNSET
        else:
            host_revision_id = self.host_revision_id

        revision_id: None | str | Unset
        if isinstance(self.revision_id, Unset):
            revision_id = UNSET
        else:
            revision_id = self.revision_id

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if host_revision_id is not UNSET:
            field_dict["host_revision_id"] = host_revision_id
        if revision_id is not UNSET:
            field_dict["revision_id"] = revision_id
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        server_host = cls.__new__(cls)
        server_host._raw = d
        return server_host


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_kind(d: dict[str, Any]) -> None | str | Unset:
    kind: None | str | Unset = d.get("kind", UNSET)

    return kind


def _decode_project_id(d: dict[str, Any]) -> None | str | Unset:
    project_id: None | str | Unset = d.get("project_id", UNSET)

    return project_id


def _decode_host_revision_id(d: dict[str, Any]) -> None | str | Unset:
    host_revision_id: None | str | Unset = d.get("host_revision_id", UNSET)

    return host_revision_id


def _decode_revision_id(d: dict[str, Any]) -> None | str | Unset:
    revision_id: None | str | Unset = d.get("revision_id", UNSET)

    return revision_id


def _decode_tenant_id(d: dict[str, Any]) -> None | str | Unset:
    tenant_id: None | str | Unset = d.get("tenant_id", UNSET)

    return tenant_id


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ServerHost._wire_names}


ServerHost._decoders = {
    "kind": _decode_kind,
    "project_id": _decode_project_id,
    "host_revision_id": _decode_host_revision_id,
    "revision_id": _decode_revision_id,
    "tenant_id": _decode_tenant_id,
    "additional_properties": _decode_additional_properties,
}

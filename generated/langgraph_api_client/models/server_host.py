from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ServerHost")


@_attrs_define
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
        d = dict(src_dict)
        kind: None | str | Unset = d.pop("kind", UNSET)

        project_id: None | str | Unset = d.pop("project_id", UNSET)

        host_revision_id: None | str | Unset = d.pop("host_revision_id", UNSET)

        revision_id: None | str | Unset = d.pop("revision_id", UNSET)

        tenant_id: None | str | Unset = d.pop("tenant_id", UNSET)

        server_host = cls(
            kind=kind,
            project_id=project_id,
            host_revision_id=host_revision_id,
            revision_id=revision_id,
            tenant_id=tenant_id,
        )

        server_host.additional_properties = d
        return server_host

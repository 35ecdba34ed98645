from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ServerHost(WireDict):
    """Where the server runs.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        kind (None | str): The kind of host, such as `self-hosted`.
        project_id (None | str):
        host_revision_id (None | str):
        revision_id (None | str):
        tenant_id (None | str):
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "kind": "kind",
        "project_id": "project_id",
        "host_revision_id": "host_revision_id",
        "revision_id": "revision_id",
        "tenant_id": "tenant_id",
    }

    def __init__(
        self,
        *,
        kind: None | str | Unset = UNSET,
        project_id: None | str | Unset = UNSET,
        host_revision_id: None | str | Unset = UNSET,
        revision_id: None | str | Unset = UNSET,
        tenant_id: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ServerHost built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        if not isinstance(kind, Unset):
            fields["kind"] = to_wire(kind)
        if not isinstance(project_id, Unset):
            fields["project_id"] = to_wire(project_id)
        if not isinstance(host_revision_id, Unset):
            fields["host_revision_id"] = to_wire(host_revision_id)
        if not isinstance(revision_id, Unset):
            fields["revision_id"] = to_wire(revision_id)
        if not isinstance(tenant_id, Unset):
            fields["tenant_id"] = to_wire(tenant_id)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def kind(self) -> None | str:
        """The kind of host, such as `self-hosted`."""
        try:
            read = _decode_kind(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "kind", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def project_id(self) -> None | str:
        """The `project_id` field."""
        try:
            read = _decode_project_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "project_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def host_revision_id(self) -> None | str:
        """The `host_revision_id` field."""
        try:
            read = _decode_host_revision_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "host_revision_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def revision_id(self) -> None | str:
        """The `revision_id` field."""
        try:
            read = _decode_revision_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "revision_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def tenant_id(self) -> None | str:
        """The `tenant_id` field."""
        try:
            read = _decode_tenant_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "tenant_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ServerHost._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
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
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

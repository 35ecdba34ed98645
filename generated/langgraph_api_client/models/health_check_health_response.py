from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="HealthCheckHealthResponse")


@_attrs_define
class HealthCheckHealthResponse(WireMapping):
    """
    Attributes:
        ok (bool): Indicates the server is healthy
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "ok": "ok",
    }

    ok: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ok = d.pop("ok")

        health_check_health_response = cls(
            ok=ok,
        )

        health_check_health_response.additional_properties = d
        return health_check_health_response

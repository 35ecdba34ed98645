from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="HealthResponse")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class HealthResponse(WireMapping):
    """Result of health_check.

    Attributes:
        ok (bool):
        services (JsonObject | Unset): A JSON object of any shape.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "ok": "ok",
        "services": "services",
    }

    ok: bool
    services: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
            }
        )
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        health_response = cls.__new__(cls)
        health_response._raw = d
        return health_response


_REQUIRED = frozenset(
    {
        "ok",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_ok(d: dict[str, Any]) -> bool:
    ok: bool = d["ok"]
    return ok


def _decode_services(d: dict[str, Any]) -> JsonObject | Unset:
    _services = d.get("services", UNSET)
    services: JsonObject | Unset
    if isinstance(_services, Unset):
        services = UNSET
    else:
        services = JsonObject.from_dict(_services)

    return services


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in HealthResponse._wire_names}


HealthResponse._decoders = {
    "ok": _decode_ok,
    "services": _decode_services,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

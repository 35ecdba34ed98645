from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class HealthResponse(WireDict):
    """Result of health_check.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        ok (bool):
        services (dict[str, Any] | None): A JSON object of any shape.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "ok": "ok",
        "services": "services",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "ok",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "ok": bool,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "ok",
        }
    )

    def __init__(
        self,
        *,
        ok: bool,
        services: JsonObject | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A HealthResponse built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "ok": to_wire(ok),
        }
        if not isinstance(services, Unset):
            fields["services"] = to_wire(services)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def ok(self) -> bool:
        """The `ok` field."""
        value = self.get("ok")
        if type(value) is bool:
            return value
        try:
            read = _decode_ok(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "ok", exc) from exc
        return read

    @property
    def services(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("services")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("services", _decode_services)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(HealthResponse._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_ok(d: dict[str, Any]) -> bool:
    ok: bool = d["ok"]
    if not isinstance(ok, bool):
        raise TypeError(f"not a boolean: {type(ok).__name__}")
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
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

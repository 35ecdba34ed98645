from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire


class ErrorMessage(WireDict):
    """An error answer of the store, A2A and MCP endpoints, which use `error`.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        error (str): What went wrong.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "error": "error",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "error": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
        }
    )

    def __init__(
        self,
        *,
        error: str,
        **additional_properties: Any,
    ) -> None:
        """A ErrorMessage built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "error": to_wire(error),
        }
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def error(self) -> str:
        """What went wrong."""
        value = self.get("error")
        if type(value) is str:
            return value
        try:
            read = _decode_error(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "error", exc) from exc
        return read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ErrorMessage._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_error(d: dict[str, Any]) -> str:
    error: str = d["error"]
    if not isinstance(error, str):
        raise TypeError(f"not a string: {type(error).__name__}")
    return error


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

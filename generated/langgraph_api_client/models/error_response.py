from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire


class ErrorResponse(WireDict):
    """An error answer.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        detail (str): What went wrong.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "detail": "detail",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "detail",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "detail": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "detail",
        }
    )

    def __init__(
        self,
        *,
        detail: str,
        **additional_properties: Any,
    ) -> None:
        """A ErrorResponse built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "detail": to_wire(detail),
        }
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def detail(self) -> str:
        """What went wrong."""
        value = self.get("detail")
        if type(value) is str:
            return value
        try:
            read = _decode_detail(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "detail", exc) from exc
        return read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ErrorResponse._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_detail(d: dict[str, Any]) -> str:
    detail: str = d["detail"]
    if not isinstance(detail, str):
        raise TypeError(f"not a string: {type(detail).__name__}")
    return detail


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

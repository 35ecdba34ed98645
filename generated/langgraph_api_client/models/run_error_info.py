from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class RunErrorInfo(WireDict):
    """The error that ended a run.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        error (str | None): The error's type name.
        message (str | None): The error's message.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "error": "error",
        "message": "message",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
            "message",
        }
    )

    def __init__(
        self,
        *,
        error: str | Unset = UNSET,
        message: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A RunErrorInfo built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        if not isinstance(error, Unset):
            fields["error"] = to_wire(error)
        if not isinstance(message, Unset):
            fields["message"] = to_wire(message)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def error(self) -> str | None:
        """The error's type name."""
        value = self.get("error")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_error(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "error", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def message(self) -> str | None:
        """The error's message."""
        value = self.get("message")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_message(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "message", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(RunErrorInfo._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_error(d: dict[str, Any]) -> str | Unset:
    error: str | Unset = d.get("error", UNSET)
    if not isinstance(error, str | Unset):
        raise TypeError(f"not a string: {type(error).__name__}")
    return error


def _decode_message(d: dict[str, Any]) -> str | Unset:
    message: str | Unset = d.get("message", UNSET)
    if not isinstance(message, str | Unset):
        raise TypeError(f"not a string: {type(message).__name__}")
    return message


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class JsonRpcError(WireDict):
    """A JSON-RPC error.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        code (int):
        message (str):
        data (Any | None): More about the error (any JSON).
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "code": "code",
        "message": "message",
        "data": "data",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "message",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "code": int,
        "message": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "message",
        }
    )

    def __init__(
        self,
        *,
        code: int,
        message: str,
        data: Any | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A JsonRpcError built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "code": to_wire(code),
            "message": to_wire(message),
        }
        if not isinstance(data, Unset):
            fields["data"] = to_wire(data)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def code(self) -> int:
        """The `code` field."""
        value = self.get("code")
        if type(value) is int:
            return value
        try:
            read = _decode_code(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "code", exc) from exc
        return read

    @property
    def message(self) -> str:
        """The `message` field."""
        value = self.get("message")
        if type(value) is str:
            return value
        try:
            read = _decode_message(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "message", exc) from exc
        return read

    @property
    def data(self) -> Any | None:
        """More about the error (any JSON)."""
        try:
            read = _decode_data(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "data", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(JsonRpcError._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_code(d: dict[str, Any]) -> int:
    code: int = d["code"]
    if not isinstance(code, int) or isinstance(code, bool):
        raise TypeError(f"not an integer: {type(code).__name__}")
    return code


def _decode_message(d: dict[str, Any]) -> str:
    message: str = d["message"]
    if not isinstance(message, str):
        raise TypeError(f"not a string: {type(message).__name__}")
    return message


def _decode_data(d: dict[str, Any]) -> Any | Unset:
    data: Any | Unset = d.get("data", UNSET)
    return data


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

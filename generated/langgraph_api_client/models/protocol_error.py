from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, cast

from ..models.protocol_error_code import ProtocolErrorCode
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, to_wire


class ProtocolError(WireDict):
    """A command that failed.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        type_ (Literal['error']):
        id (int | None): The command's id; null if it could not be read.
        error (ProtocolErrorCode): Why a protocol command failed.
        message (str): What went wrong.
        stacktrace (str | None):
        meta (ProtocolResponseMeta | None): Extra information on a command's answer.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "type": "type_",
        "id": "id",
        "error": "error",
        "message": "message",
        "stacktrace": "stacktrace",
        "meta": "meta",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "id",
            "error",
            "message",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "message": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "message",
            "stacktrace",
        }
    )
    _constants: ClassVar[Mapping[str, Any]] = {
        "type": "error",
    }

    def __init__(
        self,
        *,
        type_: Literal["error"],
        id: int | None,
        error: ProtocolErrorCode | str,
        message: str,
        stacktrace: str | Unset = UNSET,
        meta: ProtocolResponseMeta | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolError built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "type": to_wire(type_),
            "id": to_wire(id),
            "error": to_wire(error),
            "message": to_wire(message),
        }
        if not isinstance(stacktrace, Unset):
            fields["stacktrace"] = to_wire(stacktrace)
        if not isinstance(meta, Unset):
            fields["meta"] = to_wire(meta)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def type_(self) -> Literal["error"]:
        """The `type` field."""
        try:
            read = _decode_type_(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "type", exc) from exc
        return read

    @property
    def id(self) -> int | None:
        """The command's id; null if it could not be read."""
        try:
            read = _decode_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "id", exc) from exc
        return read

    @property
    def error(self) -> ProtocolErrorCode:
        """Why a protocol command failed."""
        try:
            read = _decode_error(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "error", exc) from exc
        return read

    @property
    def message(self) -> str:
        """What went wrong."""
        value = self.get("message")
        if type(value) is str:
            return value
        try:
            read = _decode_message(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "message", exc) from exc
        return read

    @property
    def stacktrace(self) -> str | None:
        """The `stacktrace` field."""
        value = self.get("stacktrace")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_stacktrace(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "stacktrace", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def meta(self) -> ProtocolResponseMeta | None:
        """Extra information on a command's answer."""
        value = self.get("meta")
        if type(value) is ProtocolResponseMeta:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "meta", ProtocolResponseMeta, value)
        read = self._keep("meta", _decode_meta)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolError._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_type_(d: dict[str, Any]) -> Literal["error"]:
    type_ = cast(Literal["error"], d["type"])
    if type_ != "error":
        raise ValueError(f"type must match const 'error', got '{type_}'")
    return type_


def _decode_id(d: dict[str, Any]) -> int | None:
    id: int | None = d["id"]

    return id


def _decode_error(d: dict[str, Any]) -> ProtocolErrorCode:
    error = ProtocolErrorCode(d["error"])

    return error


def _decode_message(d: dict[str, Any]) -> str:
    message: str = d["message"]
    if not isinstance(message, str):
        raise TypeError(f"not a string: {type(message).__name__}")
    return message


def _decode_stacktrace(d: dict[str, Any]) -> str | Unset:
    stacktrace: str | Unset = d.get("stacktrace", UNSET)
    if not isinstance(stacktrace, str | Unset):
        raise TypeError(f"not a string: {type(stacktrace).__name__}")
    return stacktrace


def _decode_meta(d: dict[str, Any]) -> ProtocolResponseMeta | Unset:
    _meta = d.get("meta", UNSET)
    meta: ProtocolResponseMeta | Unset
    if isinstance(_meta, Unset):
        meta = UNSET
    else:
        meta = ProtocolResponseMeta.from_dict(_meta)

    return meta


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.protocol_response_meta import ProtocolResponseMeta  # noqa: E402

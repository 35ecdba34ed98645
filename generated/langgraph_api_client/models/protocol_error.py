from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protocol_error_code import ProtocolErrorCode
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProtocolError")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ProtocolError(WireMapping):
    """A command that failed.

    Attributes:
        type_ (Literal['error']):
        id (int | None): The command's id; null if it could not be read.
        error (ProtocolErrorCode): Why a protocol command failed.
        message (str): What went wrong.
        stacktrace (str | Unset):
        meta (ProtocolResponseMeta | Unset): Extra information on a command's answer.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "type": "type_",
        "id": "id",
        "error": "error",
        "message": "message",
        "stacktrace": "stacktrace",
        "meta": "meta",
    }

    type_: Literal["error"]
    id: int | None
    error: ProtocolErrorCode
    message: str
    stacktrace: str | Unset = UNSET
    meta: ProtocolResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: int | None
        id = self.id

        error = self.error.value

        message = self.message

        stacktrace = self.stacktrace

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "error": error,
                "message": message,
            }
        )
        if stacktrace is not UNSET:
            field_dict["stacktrace"] = stacktrace
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys and constant fields are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        protocol_error = cls.__new__(cls)
        type_ = cast(Literal["error"], d["type"])
        if type_ != "error":
            raise ValueError(f"type must match const 'error', got '{type_}'")
        protocol_error.type_ = type_
        protocol_error._raw = d
        return protocol_error


_REQUIRED = frozenset(
    {
        "type",
        "id",
        "error",
        "message",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_id(d: dict[str, Any]) -> int | None:
    id: int | None = d["id"]

    return id


def _decode_error(d: dict[str, Any]) -> ProtocolErrorCode:
    error = ProtocolErrorCode(d["error"])

    return error


def _decode_message(d: dict[str, Any]) -> str:
    message: str = d["message"]
    return message


def _decode_stacktrace(d: dict[str, Any]) -> str | Unset:
    stacktrace: str | Unset = d.get("stacktrace", UNSET)
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
    return {key: value for key, value in d.items() if key not in ProtocolError._wire_names}


ProtocolError._decoders = {
    "id": _decode_id,
    "error": _decode_error,
    "message": _decode_message,
    "stacktrace": _decode_stacktrace,
    "meta": _decode_meta,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.protocol_response_meta import ProtocolResponseMeta  # noqa: E402

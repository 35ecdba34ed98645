from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protocol_error_code import ProtocolErrorCode
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProtocolError")


@_attrs_define
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
        d = dict(src_dict)
        type_ = cast(Literal["error"], d.pop("type"))
        if type_ != "error":
            raise ValueError(f"type must match const 'error', got '{type_}'")

        id: int | None = d.pop("id")

        error = ProtocolErrorCode(d.pop("error"))

        message = d.pop("message")

        stacktrace = d.pop("stacktrace", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: ProtocolResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ProtocolResponseMeta.from_dict(_meta)

        protocol_error = cls(
            type_=type_,
            id=id,
            error=error,
            message=message,
            stacktrace=stacktrace,
            meta=meta,
        )

        protocol_error.additional_properties = d
        return protocol_error


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.protocol_response_meta import ProtocolResponseMeta  # noqa: E402

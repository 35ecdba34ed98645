from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="JsonRpcError")


@_attrs_define
class JsonRpcError(WireMapping):
    """A JSON-RPC error.

    Attributes:
        code (int):
        message (str):
        data (Any | Unset): More about the error (any JSON).
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "code": "code",
        "message": "message",
        "data": "data",
    }

    code: int
    message: str
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        data = d.pop("data", UNSET)

        json_rpc_error = cls(
            code=code,
            message=message,
            data=data,
        )

        json_rpc_error.additional_properties = d
        return json_rpc_error

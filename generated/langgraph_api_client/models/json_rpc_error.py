from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="JsonRpcError")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        json_rpc_error = cls.__new__(cls)
        json_rpc_error._raw = d
        return json_rpc_error


_REQUIRED = frozenset(
    {
        "code",
        "message",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_code(d: dict[str, Any]) -> int:
    code: int = d["code"]
    return code


def _decode_message(d: dict[str, Any]) -> str:
    message: str = d["message"]
    return message


def _decode_data(d: dict[str, Any]) -> Any | Unset:
    data: Any | Unset = d.get("data", UNSET)
    return data


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in JsonRpcError._wire_names}


JsonRpcError._decoders = {
    "code": _decode_code,
    "message": _decode_message,
    "data": _decode_data,
    "additional_properties": _decode_additional_properties,
}

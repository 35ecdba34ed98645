from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="PostA2AResponse200Error")


@_attrs_define
class PostA2AResponse200Error(WireMapping):
    """Error information if request failed

    Attributes:
        code (int | Unset):
        message (str | Unset):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "code": "code",
        "message": "message",
    }

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        post_a2a_response_200_error = cls(
            code=code,
            message=message,
        )

        post_a2a_response_200_error.additional_properties = d
        return post_a2a_response_200_error

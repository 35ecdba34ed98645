from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse(WireMapping):
    """An error answer.

    Attributes:
        detail (str): What went wrong.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "detail": "detail",
    }

    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail")

        error_response = cls(
            detail=detail,
        )

        error_response.additional_properties = d
        return error_response

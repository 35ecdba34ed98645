from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ErrorMessage")


@_attrs_define
class ErrorMessage(WireMapping):
    """An error answer of the store, A2A and MCP endpoints, which use `error`.

    Attributes:
        error (str): What went wrong.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "error": "error",
    }

    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        error_message = cls(
            error=error,
        )

        error_message.additional_properties = d
        return error_message

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="RunErrorInfo")


@_attrs_define
class RunErrorInfo(WireMapping):
    """The error that ended a run.

    Attributes:
        error (str | Unset): The error's type name.
        message (str | Unset): The error's message.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "error": "error",
        "message": "message",
    }

    error: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        message = d.pop("message", UNSET)

        run_error_info = cls(
            error=error,
            message=message,
        )

        run_error_info.additional_properties = d
        return run_error_info

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="RunErrorInfo")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        run_error_info = cls.__new__(cls)
        run_error_info._raw = d
        return run_error_info


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_error(d: dict[str, Any]) -> str | Unset:
    error: str | Unset = d.get("error", UNSET)
    return error


def _decode_message(d: dict[str, Any]) -> str | Unset:
    message: str | Unset = d.get("message", UNSET)
    return message


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in RunErrorInfo._wire_names}


RunErrorInfo._decoders = {
    "error": _decode_error,
    "message": _decode_message,
    "additional_properties": _decode_additional_properties,
}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ErrorMessage")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        error_message = cls.__new__(cls)
        error_message._raw = d
        return error_message


_REQUIRED = frozenset(
    {
        "error",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_error(d: dict[str, Any]) -> str:
    error: str = d["error"]
    return error


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ErrorMessage._wire_names}


ErrorMessage._decoders = {
    "error": _decode_error,
    "additional_properties": _decode_additional_properties,
}

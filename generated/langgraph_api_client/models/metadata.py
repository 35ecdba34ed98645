from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="Metadata")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class Metadata(WireMapping):
    """Free-form metadata, a JSON object; search filters match its keys exactly."""

    _wire_names: ClassVar[Mapping[str, str]] = {}

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        metadata = cls.__new__(cls)
        metadata._raw = None
        metadata.additional_properties = d  # no field to convert: nothing to defer
        return metadata


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return d  # no declared field: every key is an additional one


Metadata._decoders = {
    "additional_properties": _decode_additional_properties,
}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ListNamespaceResponse")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ListNamespaceResponse(WireMapping):
    """Result of list_store_namespaces.

    Attributes:
        namespaces (list[list[str]]): The namespaces, each a list of labels.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "namespaces": "namespaces",
    }

    namespaces: list[list[str]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        namespaces = []
        for namespaces_item_data in self.namespaces:
            namespaces_item = namespaces_item_data

            namespaces.append(namespaces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespaces": namespaces,
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
        list_namespace_response = cls.__new__(cls)
        list_namespace_response._raw = d
        return list_namespace_response


_REQUIRED = frozenset(
    {
        "namespaces",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_namespaces(d: dict[str, Any]) -> list[list[str]]:
    namespaces = []
    _namespaces = d["namespaces"]
    for namespaces_item_data in _namespaces:
        namespaces_item: list[str] = namespaces_item_data

        namespaces.append(namespaces_item)

    return namespaces


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListNamespaceResponse._wire_names}


ListNamespaceResponse._decoders = {
    "namespaces": _decode_namespaces,
    "additional_properties": _decode_additional_properties,
}

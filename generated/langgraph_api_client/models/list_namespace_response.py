from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ListNamespaceResponse")


@_attrs_define
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
        d = dict(src_dict)
        namespaces = []
        _namespaces = d.pop("namespaces")
        for namespaces_item_data in _namespaces:
            namespaces_item: list[str] = namespaces_item_data

            namespaces.append(namespaces_item)

        list_namespace_response = cls(
            namespaces=namespaces,
        )

        list_namespace_response.additional_properties = d
        return list_namespace_response

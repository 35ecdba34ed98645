from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="StoreDeleteRequest")


@_attrs_define
class StoreDeleteRequest(WireMapping):
    """Body of delete_store_item.

    Attributes:
        key (str): The item's key.
        namespace (list[str] | Unset): The namespace, as a list of labels.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "key": "key",
        "namespace": "namespace",
    }

    key: str
    namespace: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        namespace: list[str] | Unset = UNSET
        if not isinstance(self.namespace, Unset):
            namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        namespace: list[str] = d.pop("namespace", UNSET)

        store_delete_request = cls(
            key=key,
            namespace=namespace,
        )

        store_delete_request.additional_properties = d
        return store_delete_request

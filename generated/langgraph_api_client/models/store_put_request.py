from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="StorePutRequest")


@_attrs_define
class StorePutRequest(WireMapping):
    """Body of put_store_item.

    Attributes:
        namespace (list[str]): The namespace, as a list of labels (labels cannot contain `.`).
        key (str): The item's key.
        value (JsonObject): A JSON object of any shape.
        index (bool | list[str] | None | Unset): Search indexing: null for the store's default, false for none, or the
            fields to index.
        ttl (float | None | Unset): Minutes until the item expires; null for never.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "namespace": "namespace",
        "key": "key",
        "value": "value",
        "index": "index",
        "ttl": "ttl",
    }

    namespace: list[str]
    key: str
    value: JsonObject
    index: bool | list[str] | None | Unset = UNSET
    ttl: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        key = self.key

        value = self.value.to_dict()

        index: bool | list[str] | None | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        elif isinstance(self.index, list):
            index = self.index

        else:
            index = self.index

        ttl: float | None | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "key": key,
                "value": value,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        namespace: list[str] = d.pop("namespace")

        key = d.pop("key")

        value = JsonObject.from_dict(d.pop("value"))

        def _parse_index(data: object) -> bool | list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                index_type_1: list[str] = data

                return index_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[str] | None | Unset, data)

        index = _parse_index(d.pop("index", UNSET))

        ttl: float | None | Unset = d.pop("ttl", UNSET)

        store_put_request = cls(
            namespace=namespace,
            key=key,
            value=value,
            index=index,
            ttl=ttl,
        )

        store_put_request.additional_properties = d
        return store_put_request


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

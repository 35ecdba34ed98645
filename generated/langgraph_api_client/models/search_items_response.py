from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireRecord, WireValues

T = TypeVar("T", bound="SearchItemsResponse")


@_attrs_define
class SearchItemsResponse(WireRecord, WireValues):
    """Result of search_store_items.

    Attributes:
        items (list[SearchItem]):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "items": "items",
    }

    items: list[SearchItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SearchItem.from_dict(items_item_data)

            items.append(items_item)

        search_items_response = cls(
            items=items,
        )

        search_items_response.additional_properties = d
        return search_items_response


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.search_item import SearchItem  # noqa: E402

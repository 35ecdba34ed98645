from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireRecord, WireValues

T = TypeVar("T", bound="SearchItemsResponse")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        search_items_response = cls.__new__(cls)
        search_items_response._raw = d
        return search_items_response


_REQUIRED = frozenset(
    {
        "items",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_items(d: dict[str, Any]) -> list[SearchItem]:
    items = []
    _items = d["items"]
    for items_item_data in _items:
        items_item = SearchItem.from_dict(items_item_data)

        items.append(items_item)

    return items


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SearchItemsResponse._wire_names}


SearchItemsResponse._decoders = {
    "items": _decode_items,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.search_item import SearchItem  # noqa: E402

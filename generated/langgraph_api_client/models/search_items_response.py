from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire


class SearchItemsResponse(WireDict):
    """Result of search_store_items.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        items_ (list[SearchItem]):  Wire key `items` (the attribute takes a trailing underscore so as not to hide the dict method).
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "items": "items_",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "items",
        }
    )
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "items",
        }
    )

    def __init__(
        self,
        *,
        items: list[SearchItem],
        **additional_properties: Any,
    ) -> None:
        """A SearchItemsResponse built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "items": to_wire(items),
        }
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def items_(self) -> list[SearchItem]:
        """The `items` field."""
        try:
            read = _decode_items(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "items", exc) from exc
        return read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(SearchItemsResponse._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_items(d: dict[str, Any]) -> list[SearchItem]:
    items = []
    _items = d["items"]
    for items_item_data in _items:
        items_item = SearchItem.from_dict(items_item_data)

        items.append(items_item)

    return items


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.search_item import SearchItem  # noqa: E402

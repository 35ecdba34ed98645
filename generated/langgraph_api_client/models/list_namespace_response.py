from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire
from ..types import list_of as _list_of


class ListNamespaceResponse(WireDict):
    """Result of list_store_namespaces.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        namespaces (list[list[str]]): The namespaces, each a list of labels.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "namespaces": "namespaces",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "namespaces",
        }
    )
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "namespaces",
        }
    )

    def __init__(
        self,
        *,
        namespaces: list[list[str]],
        **additional_properties: Any,
    ) -> None:
        """A ListNamespaceResponse built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "namespaces": to_wire(namespaces),
        }
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def namespaces(self) -> list[list[str]]:
        """The namespaces, each a list of labels."""
        try:
            read = _decode_namespaces(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "namespaces", exc) from exc
        return read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ListNamespaceResponse._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_namespaces(d: dict[str, Any]) -> list[list[str]]:
    namespaces = []
    _namespaces = d["namespaces"]
    for namespaces_item_data in _namespaces:
        namespaces_item: list[str] = _list_of(namespaces_item_data, str)

        namespaces.append(namespaces_item)

    return namespaces


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

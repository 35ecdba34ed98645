from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire
from ..types import list_of as _list_of


class StoreListNamespacesRequest(WireDict):
    """Body of list_store_namespaces.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        prefix (list[str] | None): Only namespaces starting with these labels.
        suffix (list[str] | None): Only namespaces ending with these labels.
        max_depth (int | None): Cut namespaces to this many labels.
        limit (int | None): How many to return.
        offset (int | None): How many to skip.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "prefix": "prefix",
        "suffix": "suffix",
        "max_depth": "max_depth",
        "limit": "limit",
        "offset": "offset",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "prefix",
            "suffix",
            "max_depth",
            "limit",
            "offset",
        }
    )

    def __init__(
        self,
        *,
        prefix: list[str] | Unset = UNSET,
        suffix: list[str] | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        limit: int | Unset = 100,
        offset: int | Unset = 0,
    ) -> None:
        """A StoreListNamespacesRequest built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {}
        if not isinstance(prefix, Unset):
            fields["prefix"] = to_wire(prefix)
        if not isinstance(suffix, Unset):
            fields["suffix"] = to_wire(suffix)
        if not isinstance(max_depth, Unset):
            fields["max_depth"] = to_wire(max_depth)
        if not isinstance(limit, Unset):
            fields["limit"] = to_wire(limit)
        if not isinstance(offset, Unset):
            fields["offset"] = to_wire(offset)
        dict.__init__(self, fields)

    @property
    def prefix(self) -> list[str] | None:
        """Only namespaces starting with these labels."""
        try:
            read = _decode_prefix(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "prefix", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def suffix(self) -> list[str] | None:
        """Only namespaces ending with these labels."""
        try:
            read = _decode_suffix(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "suffix", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def max_depth(self) -> int | None:
        """Cut namespaces to this many labels."""
        value = self.get("max_depth")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_max_depth(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "max_depth", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def limit(self) -> int | None:
        """How many to return."""
        value = self.get("limit")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_limit(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "limit", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def offset(self) -> int | None:
        """How many to skip."""
        value = self.get("offset")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_offset(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "offset", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(StoreListNamespacesRequest._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_prefix(d: dict[str, Any]) -> list[str] | Unset:
    prefix: list[str] = _list_of(d.get("prefix", UNSET), str)

    return prefix


def _decode_suffix(d: dict[str, Any]) -> list[str] | Unset:
    suffix: list[str] = _list_of(d.get("suffix", UNSET), str)

    return suffix


def _decode_max_depth(d: dict[str, Any]) -> int | Unset:
    max_depth: int | Unset = d.get("max_depth", UNSET)
    if not isinstance(max_depth, int | Unset) or isinstance(max_depth, bool):
        raise TypeError(f"not an integer: {type(max_depth).__name__}")
    return max_depth


def _decode_limit(d: dict[str, Any]) -> int | Unset:
    limit: int | Unset = d.get("limit", UNSET)
    if not isinstance(limit, int | Unset) or isinstance(limit, bool):
        raise TypeError(f"not an integer: {type(limit).__name__}")
    return limit


def _decode_offset(d: dict[str, Any]) -> int | Unset:
    offset: int | Unset = d.get("offset", UNSET)
    if not isinstance(offset, int | Unset) or isinstance(offset, bool):
        raise TypeError(f"not an integer: {type(offset).__name__}")
    return offset


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

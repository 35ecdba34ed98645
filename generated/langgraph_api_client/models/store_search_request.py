from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire
from ..types import list_of as _list_of


class StoreSearchRequest(WireDict):
    """Body of search_store_items.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        namespace_prefix (list[str] | None): Only items whose namespace starts with these labels.
        filter_ (JsonObject | None): Only items whose value holds these key-value pairs.
        limit (int | None): How many to return.
        offset (int | None): How many to skip.
        query (None | str): A natural language query to rank items by.
        refresh_ttl (bool | None): Restart the TTL of the items found; the store's default when null.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "namespace_prefix": "namespace_prefix",
        "filter": "filter_",
        "limit": "limit",
        "offset": "offset",
        "query": "query",
        "refresh_ttl": "refresh_ttl",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "limit",
            "offset",
        }
    )

    def __init__(
        self,
        *,
        namespace_prefix: list[str] | None | Unset = UNSET,
        filter_: JsonObject | None | Unset = UNSET,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        query: None | str | Unset = UNSET,
        refresh_ttl: bool | None | Unset = UNSET,
    ) -> None:
        """A StoreSearchRequest built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {}
        if not isinstance(namespace_prefix, Unset):
            fields["namespace_prefix"] = to_wire(namespace_prefix)
        if not isinstance(filter_, Unset):
            fields["filter"] = to_wire(filter_)
        if not isinstance(limit, Unset):
            fields["limit"] = to_wire(limit)
        if not isinstance(offset, Unset):
            fields["offset"] = to_wire(offset)
        if not isinstance(query, Unset):
            fields["query"] = to_wire(query)
        if not isinstance(refresh_ttl, Unset):
            fields["refresh_ttl"] = to_wire(refresh_ttl)
        dict.__init__(self, fields)

    @property
    def namespace_prefix(self) -> list[str] | None:
        """Only items whose namespace starts with these labels."""
        try:
            read = _decode_namespace_prefix(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "namespace_prefix", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def filter_(self) -> JsonObject | None:
        """Only items whose value holds these key-value pairs."""
        try:
            read = _decode_filter_(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "filter", exc) from exc
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
    def query(self) -> None | str:
        """A natural language query to rank items by."""
        try:
            read = _decode_query(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "query", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def refresh_ttl(self) -> bool | None:
        """Restart the TTL of the items found; the store's default when null."""
        try:
            read = _decode_refresh_ttl(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "refresh_ttl", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(StoreSearchRequest._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_namespace_prefix(d: dict[str, Any]) -> list[str] | None | Unset:
    def _parse_namespace_prefix(data: object) -> list[str] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            namespace_prefix_type_0: list[str] = _list_of(data, str)

            return namespace_prefix_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[str] | None | Unset, data)

    namespace_prefix = _parse_namespace_prefix(d.get("namespace_prefix", UNSET))

    return namespace_prefix


def _decode_filter_(d: dict[str, Any]) -> JsonObject | None | Unset:
    def _parse_filter_(data: object) -> JsonObject | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict) or not JsonObject.fits(data):
                raise TypeError()
            filter_type_0 = JsonObject.from_dict(data)

            return filter_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None | Unset, data)

    filter_ = _parse_filter_(d.get("filter", UNSET))

    return filter_


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


def _decode_query(d: dict[str, Any]) -> None | str | Unset:
    query: None | str | Unset = d.get("query", UNSET)

    return query


def _decode_refresh_ttl(d: dict[str, Any]) -> bool | None | Unset:
    refresh_ttl: bool | None | Unset = d.get("refresh_ttl", UNSET)

    return refresh_ttl


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="StoreSearchRequest")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class StoreSearchRequest(WireMapping):
    """Body of search_store_items.

    Attributes:
        namespace_prefix (list[str] | None | Unset): Only items whose namespace starts with these labels.
        filter_ (JsonObject | None | Unset): Only items whose value holds these key-value pairs.
        limit (int | Unset): How many to return. Default: 10.
        offset (int | Unset): How many to skip. Default: 0.
        query (None | str | Unset): A natural language query to rank items by.
        refresh_ttl (bool | None | Unset): Restart the TTL of the items found; the store's default when null.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "namespace_prefix": "namespace_prefix",
        "filter": "filter_",
        "limit": "limit",
        "offset": "offset",
        "query": "query",
        "refresh_ttl": "refresh_ttl",
    }

    namespace_prefix: list[str] | None | Unset = UNSET
    filter_: JsonObject | None | Unset = UNSET
    limit: int | Unset = 10
    offset: int | Unset = 0
    query: None | str | Unset = UNSET
    refresh_ttl: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        namespace_prefix: list[str] | None | Unset
        if isinstance(self.namespace_prefix, Unset):
            namespace_prefix = UNSET
        elif isinstance(self.namespace_prefix, list):
            namespace_prefix = self.namespace_prefix

        else:
            namespace_prefix = self.namespace_prefix

        filter_: dict[str, Any] | None | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif isinstance(self.filter_, JsonObject):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_

        limit = self.limit

        offset = self.offset

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        refresh_ttl: bool | None | Unset
        if isinstance(self.refresh_ttl, Unset):
            refresh_ttl = UNSET
        else:
            refresh_ttl = self.refresh_ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace_prefix is not UNSET:
            field_dict["namespace_prefix"] = namespace_prefix
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if query is not UNSET:
            field_dict["query"] = query
        if refresh_ttl is not UNSET:
            field_dict["refresh_ttl"] = refresh_ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        store_search_request = cls.__new__(cls)
        store_search_request._raw = d
        return store_search_request


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_namespace_prefix(d: dict[str, Any]) -> list[str] | None | Unset:
    def _parse_namespace_prefix(data: object) -> list[str] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            namespace_prefix_type_0: list[str] = data

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
            if not isinstance(data, dict):
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
    return limit


def _decode_offset(d: dict[str, Any]) -> int | Unset:
    offset: int | Unset = d.get("offset", UNSET)
    return offset


def _decode_query(d: dict[str, Any]) -> None | str | Unset:
    query: None | str | Unset = d.get("query", UNSET)

    return query


def _decode_refresh_ttl(d: dict[str, Any]) -> bool | None | Unset:
    refresh_ttl: bool | None | Unset = d.get("refresh_ttl", UNSET)

    return refresh_ttl


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in StoreSearchRequest._wire_names}


StoreSearchRequest._decoders = {
    "namespace_prefix": _decode_namespace_prefix,
    "filter_": _decode_filter_,
    "limit": _decode_limit,
    "offset": _decode_offset,
    "query": _decode_query,
    "refresh_ttl": _decode_refresh_ttl,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

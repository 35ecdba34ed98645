from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="StoreSearchRequest")


@_attrs_define
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
        d = dict(src_dict)

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

        namespace_prefix = _parse_namespace_prefix(d.pop("namespace_prefix", UNSET))

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

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        query: None | str | Unset = d.pop("query", UNSET)

        refresh_ttl: bool | None | Unset = d.pop("refresh_ttl", UNSET)

        store_search_request = cls(
            namespace_prefix=namespace_prefix,
            filter_=filter_,
            limit=limit,
            offset=offset,
            query=query,
            refresh_ttl=refresh_ttl,
        )

        store_search_request.additional_properties = d
        return store_search_request


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

"""``client.store``: the server's long-term key/value store, organised by namespaces."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from ._core import NOT_GIVEN, QueryParams
from ._paging import DEFAULT_PAGE_SIZE, pages
from ._resource import Resource, checked, given, json_object
from ._sync import async_stream, syncify, syncify_stream

if TYPE_CHECKING:
    import httpx
    from langgraph_api_client.models import (
        Item,
        ListNamespaceResponse,
        SearchItem,
        SearchItemsResponse,
    )

    from .client import TimeoutTypes

T = TypeVar("T", covariant=True)


class _Endpoint(Protocol[T]):
    """A generated endpoint module that takes a request body."""

    def get_kwargs(self, *, body: Any) -> dict[str, Any]: ...
    def parse_response(self, response: httpx.Response) -> T: ...


def _namespace(namespace: Sequence[str], what: str = "namespace") -> list[str]:
    """Check a namespace before sending it: a sequence of labels without periods."""
    if isinstance(namespace, str):
        raise TypeError(f"{what} must be a sequence of labels, not the string {namespace!r}")
    labels = list(namespace)
    for label in labels:
        if not isinstance(label, str):
            raise TypeError(f"{what} labels must be strings, not {type(label).__name__}")
        if "." in label:
            raise ValueError(f"{what} label {label!r} contains a period, which labels cannot")
    return labels


async def _send(store: Resource, op: _Endpoint[T], body: Any, **options: Any) -> T:
    """Send the request model ``body`` (checked first) through the endpoint ``op`` (retried
    when the spec says it is safe: ``x-retry-safe``)."""
    kwargs = op.get_kwargs(body=checked(body))
    return await store._core.call(kwargs, op.parse_response, **options)


class StoreClient(Resource):
    """Items: JSON values under a key in a namespace (a tuple of labels), searchable."""

    async def put_item(
        self,
        namespace: Sequence[str],
        /,
        key: str,
        value: Mapping[str, Any],
        index: Literal[False] | list[str] | None = None,
        ttl: int | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        *,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> None:
        """Store ``value`` under ``key`` in ``namespace`` (replacing what was there);
        ``index`` chooses the fields to index for search, ``ttl`` is minutes."""
        from langgraph_api_client.api.store import put_store_item as op
        from langgraph_api_client.models import JsonObject, StorePutRequest

        body = StorePutRequest(
            namespace=_namespace(namespace),
            key=key,
            value=json_object(JsonObject, value),
            index=given(index),
            ttl=given(ttl),
        )
        await _send(self, op, body, headers=headers, params=params, timeout=timeout)

    async def get_item(
        self,
        namespace: Sequence[str],
        /,
        key: str,
        *,
        refresh_ttl: bool | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Item | None:
        """The item under ``key`` in ``namespace``, or None if there is none."""
        from langgraph_api_client.api.store import get_store_item as op

        kwargs = op.get_kwargs(key=key, namespace=_namespace(namespace), refresh_ttl=refresh_ttl)
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def delete_item(
        self,
        namespace: Sequence[str],
        /,
        key: str,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        *,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> None:
        """Delete the item under ``key`` in ``namespace``."""
        from langgraph_api_client.api.store import delete_store_item as op
        from langgraph_api_client.models import StoreDeleteRequest

        body = StoreDeleteRequest(namespace=_namespace(namespace), key=key)
        await _send(self, op, body, headers=headers, params=params, timeout=timeout)

    async def search_items(
        self,
        namespace_prefix: Sequence[str],
        /,
        filter: Mapping[str, Any] | None = None,
        limit: int = 10,
        offset: int = 0,
        query: str | None = None,
        refresh_ttl: bool | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        *,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> SearchItemsResponse:
        """Items under ``namespace_prefix`` whose values match ``filter`` (and ``query``,
        for a store with semantic search)."""
        from langgraph_api_client.api.store import search_store_items as op
        from langgraph_api_client.models import JsonObject, StoreSearchRequest

        body = StoreSearchRequest(
            namespace_prefix=_namespace(namespace_prefix, "namespace_prefix"),
            filter_=json_object(JsonObject, filter or None),
            limit=limit,
            offset=offset,
            query=given(query),
            refresh_ttl=given(refresh_ttl),
        )
        return await _send(self, op, body, headers=headers, params=params, timeout=timeout)

    @async_stream
    async def iter_search_items(
        self,
        namespace_prefix: Sequence[str],
        /,
        filter: Mapping[str, Any] | None = None,
        query: str | None = None,
        refresh_ttl: bool | None = None,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> AsyncIterator[SearchItem]:
        """Every item ``search_items`` finds under ``namespace_prefix`` (the same filters),
        fetched ``page_size`` at a time as the iteration goes."""
        found = pages(
            self,
            StoreClient.search_items,
            page_size,
            namespace_prefix,
            filter=filter,
            query=query,
            refresh_ttl=refresh_ttl,
            headers=headers,
            params=params,
            timeout=timeout,
            page_items=lambda answer: answer.items_,
        )
        async for item in found:
            yield item

    async def list_namespaces(
        self,
        prefix: list[str] | None = None,
        suffix: list[str] | None = None,
        max_depth: int | None = None,
        limit: int = 100,
        offset: int = 0,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        *,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> ListNamespaceResponse:
        """The namespaces in the store, filtered by ``prefix``/``suffix``, cut at
        ``max_depth`` labels."""
        from langgraph_api_client.api.store import list_store_namespaces as op
        from langgraph_api_client.models import StoreListNamespacesRequest

        body = StoreListNamespacesRequest(
            prefix=given(_namespace(prefix, "prefix") if prefix else None),
            suffix=given(_namespace(suffix, "suffix") if suffix else None),
            max_depth=given(max_depth),
            limit=limit,
            offset=offset,
        )
        return await _send(self, op, body, headers=headers, params=params, timeout=timeout)


class SyncStoreClient(Resource):
    """The blocking twin of ``StoreClient``: the same methods, the same bodies."""

    put_item = syncify(StoreClient.put_item)
    get_item = syncify(StoreClient.get_item)
    delete_item = syncify(StoreClient.delete_item)
    search_items = syncify(StoreClient.search_items)
    iter_search_items = syncify_stream(StoreClient.iter_search_items)
    list_namespaces = syncify(StoreClient.list_namespaces)

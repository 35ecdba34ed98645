"""``client.store``: the server's long-term key/value store, organised by namespaces."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from langgraph_api_client.resources import NOT_GIVEN, QueryParams, StoreMethods

from ._paging import DEFAULT_PAGE_SIZE, pages
from ._resource import Resource
from ._sync import async_stream, syncify, syncify_stream

if TYPE_CHECKING:
    from langgraph_api_client.models import SearchItem

    from .client import TimeoutTypes


class StoreClient(Resource, StoreMethods):
    """Items: JSON values under a key in a namespace (a tuple of labels), searchable."""

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


class SyncStoreClient(Resource):
    """The blocking twin of ``StoreClient``: the same methods, the same bodies."""

    put_item = syncify(StoreClient.put_item)
    get_item = syncify(StoreClient.get_item)
    delete_item = syncify(StoreClient.delete_item)
    search_items = syncify(StoreClient.search_items)
    iter_search_items = syncify_stream(StoreClient.iter_search_items)
    list_namespaces = syncify(StoreClient.list_namespaces)

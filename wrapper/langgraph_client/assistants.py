"""``client.assistants``: versioned configurations of the server's graphs."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

from langgraph_api_client.resources import NOT_GIVEN, AssistantsMethods, QueryParams

from ._paging import DEFAULT_PAGE_SIZE, pages
from ._resource import Resource, checked, given, json_object
from ._sync import async_stream, syncify, syncify_stream

if TYPE_CHECKING:
    from langgraph_api_client.models import (
        Assistant,
        AssistantSelection,
        Subgraphs,
    )

    from .client import TimeoutTypes
    from .schema import Config, Context


class AssistantsClient(Resource, AssistantsMethods):
    """Assistants: a graph plus its configuration, context and metadata, with versions."""

    async def get_subgraphs(
        self,
        assistant_id: str,
        namespace: str | None = None,
        recurse: bool = False,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Subgraphs:
        """The schemas of the assistant's subgraphs (those under ``namespace``; ``recurse``
        for nested ones)."""
        from langgraph_api_client.api.assistants import (
            get_assistant_subgraphs,
            get_assistant_subgraphs_by_namespace,
        )

        if namespace is None:
            kwargs = get_assistant_subgraphs.get_kwargs(assistant_id, recurse=recurse)
            parse = get_assistant_subgraphs.parse_response
        else:
            kwargs = get_assistant_subgraphs_by_namespace.get_kwargs(
                assistant_id, namespace, recurse=recurse
            )
            parse = get_assistant_subgraphs_by_namespace.parse_response
        return await self._core.call(kwargs, parse, headers=headers, params=params, timeout=timeout)

    async def create(
        self,
        graph_id: str | None,
        config: Config | None = None,
        *,
        context: Context | None = None,
        metadata: Mapping[str, Any] | None = None,
        assistant_id: str | None = None,
        if_exists: Literal["raise", "do_nothing"] | None = None,
        name: str | None = None,
        headers: Mapping[str, str] | None = None,
        description: str | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Assistant:
        """A new assistant for the graph ``graph_id``.

        Without ``assistant_id`` (and ``if_exists``), the client names the assistant (a UUID)
        and sends ``if_exists="do_nothing"``, so the request is retried like a safe one: a
        retry after a cut connection returns the assistant the first attempt made."""
        from langgraph_api_client.api.assistants import create_assistant as op
        from langgraph_api_client.models import AssistantCreate, Config, JsonObject, Metadata

        if assistant_id is None and if_exists in (None, "do_nothing"):
            assistant_id, if_exists = str(uuid.uuid4()), "do_nothing"
        body = AssistantCreate(
            graph_id=cast(str, graph_id),  # None is refused by `checked`, as the server would
            config=json_object(Config, config or None),
            context=json_object(JsonObject, context or None),
            metadata=json_object(Metadata, metadata or None),
            assistant_id=given(assistant_id),
            if_exists=given(if_exists),
            name=given(name),
            description=given(description),
        )
        kwargs = op.get_kwargs(body=checked(body))
        return await self._core.call(
            kwargs,
            op.parse_response,
            headers=headers,
            params=params,
            retry_safe=if_exists == "do_nothing",
            timeout=timeout,
        )

    async def search(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        graph_id: str | None = None,
        name: str | None = None,
        limit: int = 10,
        offset: int = 0,
        sort_by: str | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        select: list[str] | None = None,
        response_format: Literal["array", "object"] = "array",
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> list[Assistant | AssistantSelection] | dict[str, Any]:
        """Assistants matching every filter given. With ``response_format="object"``:
        ``{"assistants": [...], "next": <offset of the next page or None>}``."""
        from langgraph_api_client.api.assistants import search_assistants as op
        from langgraph_api_client.models import AssistantSearchRequest, Metadata

        if response_format not in ("array", "object"):
            raise ValueError(
                f"response_format must be 'array' or 'object', not {response_format!r}"
            )
        body = AssistantSearchRequest(
            metadata=json_object(Metadata, metadata or None),
            graph_id=given(graph_id),
            name=given(name),
            limit=limit,
            offset=offset,
            sort_by=given(sort_by),
            sort_order=given(sort_order),
            select=given(list(select) if select else None),
        )
        next_page: list[str | None] = [None]

        def remember_next(response: Any) -> None:
            next_page[0] = response.headers.get(op.PAGINATION_NEXT)

        kwargs = op.get_kwargs(body=checked(body))
        found = await self._core.call(
            kwargs,
            op.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            on_response=remember_next,
        )
        if response_format == "object":
            return {"assistants": found, "next": next_page[0]}
        return found

    @async_stream
    async def iter_search(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        graph_id: str | None = None,
        name: str | None = None,
        sort_by: str | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        select: list[str] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> AsyncIterator[Assistant | AssistantSelection]:
        """Every assistant matching the filters (those of ``search``), fetched
        ``page_size`` at a time as the iteration goes."""
        found = pages(
            self,
            AssistantsClient.search,
            page_size,
            operation="assistants.search_assistants",
            metadata=metadata,
            graph_id=graph_id,
            name=name,
            sort_by=sort_by,
            sort_order=sort_order,
            select=select,
            headers=headers,
            params=params,
            timeout=timeout,
        )
        async for assistant in found:
            yield assistant


class SyncAssistantsClient(Resource):
    """The blocking twin of ``AssistantsClient``: the same methods, the same bodies."""

    get = syncify(AssistantsClient.get)
    get_graph = syncify(AssistantsClient.get_graph)
    get_schemas = syncify(AssistantsClient.get_schemas)
    get_subgraphs = syncify(AssistantsClient.get_subgraphs)
    create = syncify(AssistantsClient.create)
    update = syncify(AssistantsClient.update)
    delete = syncify(AssistantsClient.delete)
    search = syncify(AssistantsClient.search)
    iter_search = syncify_stream(AssistantsClient.iter_search)
    count = syncify(AssistantsClient.count)
    get_versions = syncify(AssistantsClient.get_versions)
    set_latest = syncify(AssistantsClient.set_latest)

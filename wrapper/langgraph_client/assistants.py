"""``client.assistants``: versioned configurations of the server's graphs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from langgraph_api_client.resources import (
    NOT_GIVEN,
    AssistantsMethods,
    QueryParams,
    SyncAssistantsMethods,
)

from ._resource import Resource
from ._sync import syncify

if TYPE_CHECKING:
    from langgraph_api_client.models import (
        Subgraphs,
    )

    from .client import TimeoutTypes


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


class SyncAssistantsClient(Resource, SyncAssistantsMethods):
    """The blocking twin of ``AssistantsClient``: the same methods, the same bodies."""

    get_subgraphs = syncify(AssistantsClient.get_subgraphs)

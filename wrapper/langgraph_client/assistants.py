"""``client.assistants``: versioned configurations of the server's graphs.

Every method makes one call and is generated from openapi.yaml (``x-sdk-method``): see
``langgraph_api_client.resources.AssistantsMethods``.
"""

from __future__ import annotations

from langgraph_api_client.resources import AssistantsMethods, SyncAssistantsMethods

from ._resource import Resource


class AssistantsClient(Resource, AssistantsMethods):
    """Assistants: a graph plus its configuration, context and metadata, with versions."""


class SyncAssistantsClient(Resource, SyncAssistantsMethods):
    """The blocking twin of ``AssistantsClient``: the same methods, the same bodies."""

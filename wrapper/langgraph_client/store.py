"""``client.store``: the server's long-term key/value store, organised by namespaces.

Every method makes one call and is generated from openapi.yaml (``x-sdk-method``): see
``langgraph_api_client.resources.StoreMethods``.
"""

from __future__ import annotations

from langgraph_api_client.resources import StoreMethods, SyncStoreMethods

from ._resource import Resource


class StoreClient(Resource, StoreMethods):
    """Items: JSON values under a key in a namespace (a tuple of labels), searchable."""


class SyncStoreClient(Resource, SyncStoreMethods):
    """The blocking twin of ``StoreClient``: the same methods, the same bodies."""

"""One definition for both clients: async methods, driven synchronously for the sync client.

The machinery (``syncify``, ``syncify_stream``, ``run_sync``, ``AsyncStream``, ...) lives in
the generated package, whose resource methods are derived with it too; see its ``sync``
module. This module names it for the handwritten code.
"""

from __future__ import annotations

from langgraph_api_client.sync import (
    AsyncStream,
    _iterate_sync,
    async_stream,
    deprecated,
    run_sync,
    syncify,
    syncify_stream,
)

__all__ = [
    "AsyncStream",
    "_iterate_sync",
    "async_stream",
    "deprecated",
    "run_sync",
    "syncify",
    "syncify_stream",
]

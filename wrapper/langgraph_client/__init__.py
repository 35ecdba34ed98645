"""A typed client for the LangGraph API.

``get_client`` and ``get_sync_client`` make the clients; ``Auth``, ``Encryption``,
``EncryptionContext``, ``DecryptResult``, ``Priority``, ``PriorityContext`` and
``PrioritySettings`` are the types for extending a LangGraph server; ``ResumeToken`` is where
a run's stream stands (``runs.resume`` goes on from it); ``aiohttp_transport``
is the faster transport for the async client (the ``aiohttp`` extra). Everything is loaded
on first use, so ``import langgraph_client`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._lazy import load as _load

if TYPE_CHECKING:
    from ._aiohttp import aiohttp_transport
    from ._raw import RawResponse
    from ._resume import ResumeToken
    from .auth import Auth
    from .client import LangGraphClient, SyncLangGraphClient, get_client, get_sync_client
    from .encryption import DecryptResult, Encryption, EncryptionContext
    from .priority import Priority, PriorityContext, PrioritySettings

_EXPORTS = {
    "Auth": ".auth",
    "DecryptResult": ".encryption",
    "Encryption": ".encryption",
    "EncryptionContext": ".encryption",
    "LangGraphClient": ".client",
    "Priority": ".priority",
    "PriorityContext": ".priority",
    "PrioritySettings": ".priority",
    "RawResponse": "._raw",
    "ResumeToken": "._resume",
    "SyncLangGraphClient": ".client",
    "aiohttp_transport": "._aiohttp",
    "get_client": ".client",
    "get_sync_client": ".client",
}

__all__ = [
    "Auth",
    "DecryptResult",
    "Encryption",
    "EncryptionContext",
    "LangGraphClient",
    "Priority",
    "PriorityContext",
    "PrioritySettings",
    "RawResponse",
    "ResumeToken",
    "SyncLangGraphClient",
    "__version__",
    "aiohttp_transport",
    "get_client",
    "get_sync_client",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from ._version import version

        return version()
    return _load(globals(), _EXPORTS, name)


def __dir__() -> list[str]:
    return sorted(__all__)

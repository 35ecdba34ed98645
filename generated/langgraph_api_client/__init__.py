"""A typed client for the LangGraph API 0.16.7, generated from openapi.yaml.

`api.<tag>.<operation>` modules hold the endpoint functions, sent through a `langgraph_client`
client (`client`: `SyncSender`, `AsyncSender`); `models` the request and response models;
`errors` the exceptions. Submodules load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AsyncSender, EventPart, SyncSender

API_VERSION = "0.16.7"
"""The version of the LangGraph API (langgraph-api) the spec this package was generated from describes."""

_FROM_CLIENT = ("AsyncSender", "EventPart", "SyncSender")


def __getattr__(name: str) -> Any:
    if name in _FROM_CLIENT:
        from . import client  # noqa: PLC0415

        value = getattr(client, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "API_VERSION",
    "AsyncSender",
    "EventPart",
    "SyncSender",
)

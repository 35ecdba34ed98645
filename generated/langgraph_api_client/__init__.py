"""A typed client for the LangGraph API 0.16.7, generated from openapi.yaml.

`Client` holds the connection; `api.<tag>.<operation>` modules hold the endpoint functions;
`models` the request and response models; `errors` the exceptions. Submodules load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import Client

API_VERSION = "0.16.7"
"""The version of the LangGraph API (langgraph-api) the spec this package was generated from describes."""


def __getattr__(name: str) -> Any:
    if name == "Client":
        from .client import Client  # noqa: PLC0415

        globals()["Client"] = Client
        return Client
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "API_VERSION",
    "Client",
)

"""``client.http``: raw JSON calls for routes the typed resources do not cover."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable
from typing import Any, Generic, TypeVar, Unpack

import httpx
from langgraph_api_client.resources import CallOptions
from langgraph_api_client.sync import async_stream, syncify, syncify_stream

from . import _constants as C
from ._core import NOT_GIVEN, ClientT, _CoreBase, parse_json_response
from .sse import StreamPart

F = TypeVar("F", bound=Callable[..., Any])
_OPTION = inspect.Parameter.KEYWORD_ONLY
_SHOWN_OPTIONS = [
    inspect.Parameter(
        name, _OPTION, default=None, annotation=getattr(hint, "__forward_arg__", hint)
    )
    for name, hint in CallOptions.__annotations__.items()
]
_SHOWN_TIMEOUT = _SHOWN_OPTIONS.pop().replace(default=NOT_GIVEN)


def _options_shown(method: F) -> F:
    """Show ``**options`` as the parameters it stands for (what ``inspect.signature`` and
    ``help`` read), where langgraph-sdk has them: after ``json``, ``timeout`` last."""
    shown = inspect.signature(method)
    named = [p for p in shown.parameters.values() if p.kind is not p.VAR_KEYWORD]
    first = [p for p in named if p.name in ("self", "path", "method", "json")]
    rest = [p for p in named if p not in first]
    parameters = [*first, *_SHOWN_OPTIONS, *rest, _SHOWN_TIMEOUT]
    method.__signature__ = shown.replace(parameters=parameters)  # type: ignore[attr-defined]
    return method


class _HttpBase(Generic[ClientT]):
    def __init__(self, core: _CoreBase[ClientT]) -> None:
        self._core: _CoreBase[ClientT] = core

    @property
    def client(self) -> ClientT:
        """The httpx client underneath: its connection pool, base URL and default headers."""
        return self._core.http

    async def _call(
        self,
        method: str,
        path: str,
        json: Any,
        reconnect_limit: int = 0,
        **options: Unpack[CallOptions],
    ) -> Any:
        """The one raw call: ``method path`` with an optional JSON body, its JSON answer."""
        kwargs = self._core.json_kwargs(method, path, json)
        return await self._core.call(
            kwargs, parse_json_response, reconnect_limit=reconnect_limit, **options
        )


class HttpClient(_HttpBase[httpx.AsyncClient]):
    """Raw calls on the client's connection, headers, retries and typed errors.

    Each returns the decoded JSON body (None for an empty one) and raises the typed errors of
    ``langgraph_client.errors``. ``on_response`` is called with the ``httpx.Response``;
    ``params``, ``headers`` and ``timeout`` are the call's own.
    """

    @_options_shown
    async def get(self, path: str, **options: Unpack[CallOptions]) -> Any:
        """GET ``path``."""
        return await self._call("GET", path, None, **options)

    @_options_shown
    async def post(
        self, path: str, *, json: dict[str, Any] | list[Any] | None, **options: Unpack[CallOptions]
    ) -> Any:
        """POST ``json`` to ``path``."""
        return await self._call("POST", path, json, **options)

    @_options_shown
    async def put(self, path: str, *, json: dict[str, Any], **options: Unpack[CallOptions]) -> Any:
        """PUT ``json`` to ``path``."""
        return await self._call("PUT", path, json, **options)

    @_options_shown
    async def patch(
        self, path: str, *, json: dict[str, Any], **options: Unpack[CallOptions]
    ) -> Any:
        """PATCH ``path`` with ``json``."""
        return await self._call("PATCH", path, json, **options)

    @_options_shown
    async def delete(
        self, path: str, *, json: Any | None = None, **options: Unpack[CallOptions]
    ) -> None:
        """DELETE ``path`` (with an optional JSON body)."""
        await self._call("DELETE", path, json, **options)

    @_options_shown
    async def request_reconnect(
        self,
        path: str,
        method: str,
        *,
        json: dict[str, Any] | None = None,
        reconnect_limit: int = C.STREAM_RECONNECT_LIMIT,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Send a request; if the connection fails and the answer named a ``Location``,
        fetch the result from there instead (up to ``reconnect_limit`` times)."""
        return await self._call(method, path, json, reconnect_limit, **options)

    @async_stream
    @_options_shown
    def stream(
        self,
        path: str,
        method: str,
        *,
        json: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StreamPart]:
        """Stream the server-sent events of ``method path`` as ``StreamPart``s."""
        return self._core.stream(self._core.json_kwargs(method, path, json), **options)


class SyncHttpClient(_HttpBase[httpx.Client]):
    """The blocking twin of ``HttpClient``: the same calls, the same bodies."""

    get = syncify(HttpClient.get)
    post = syncify(HttpClient.post)
    put = syncify(HttpClient.put)
    patch = syncify(HttpClient.patch)
    delete = syncify(HttpClient.delete)
    request_reconnect = syncify(HttpClient.request_reconnect)
    stream = syncify_stream(HttpClient.stream)

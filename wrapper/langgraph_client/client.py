"""``get_client`` and ``get_sync_client``: the two ways in, and the clients they return.

Both clients hold one httpx client (one connection pool) and expose the same resources:
``assistants``, ``threads``, ``runs``, ``crons``, ``store`` and ``http`` for custom routes.
"""

from __future__ import annotations

import inspect
import os
import typing
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from types import ModuleType
from typing import TYPE_CHECKING, Any, ParamSpec, Self, TypeVar, Unpack

import httpx
from langgraph_api_client.resources import TimeoutTypes as TimeoutTypes
from langgraph_api_client.sync import syncify

from . import _constants as C
from ._core import NOT_GIVEN, AsyncCore, Options, SyncCore, TokenProvider, check_headers
from ._http import HttpClient, SyncHttpClient
from ._version import user_agent
from .assistants import AssistantsClient, SyncAssistantsClient
from .crons import CronClient, SyncCronClient
from .runs import RunsClient, SyncRunsClient
from .store import StoreClient, SyncStoreClient
from .threads import SyncThreadsClient, ThreadsClient

if TYPE_CHECKING:
    from langgraph_api_client.models import ServerInfo

    from ._raw import RawResponse
    from .sse import StreamPart

P = ParamSpec("P")
T = TypeVar("T")

#: What ``get_client(auth=...)`` takes: an ``httpx.Auth``, or a callable returning the bearer
#: token (or, for the async client, a coroutine giving it), called once per request.
AuthTypes = httpx.Auth | Callable[[], str] | Callable[[], Awaitable[str]]
#: What ``get_sync_client(auth=...)`` takes: the same, with a token provider that returns.
SyncAuthTypes = httpx.Auth | Callable[[], str]


def build_headers(api_key: str | None, headers: Mapping[str, str] | None) -> dict[str, str]:
    """Default headers of a client: User-Agent, the caller's headers, then the API key
    (``NOT_GIVEN``: from the environment)."""
    check_headers(headers)
    if api_key is NOT_GIVEN:  # the first variable set
        found = (os.environ.get(name, "").strip().strip("\"'") for name in C.API_KEY_ENV_VARS)
        api_key = next(filter(None, found), None)
    merged = {"User-Agent": user_agent(), **(headers or {})}
    if api_key:
        merged[C.API_KEY_HEADER] = api_key
    return merged


class _InProcessTransport(httpx.AsyncBaseTransport):
    """ASGI transport to the LangGraph server this code runs inside, found at the first
    request (the server may still be importing graphs when the client is made), unless
    ``configure_loopback_transports`` hands it the application first."""

    def __init__(self) -> None:
        self._transport: httpx.AsyncBaseTransport | None = None
        _loopback_transports.add(self)

    def connect(self, app: Any) -> httpx.AsyncBaseTransport:
        """Send to ``app`` (an ASGI application) from now on."""
        try:
            from langgraph_api.asgi_transport import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
                ASGITransport as transport_class,
            )
        except ImportError:  # older servers
            transport_class = httpx.ASGITransport
        self._transport = transport_class(app, root_path=C.IN_PROCESS_ROOT_PATH)
        return self._transport

    def _resolve(self) -> httpx.AsyncBaseTransport:
        if self._transport is not None:
            return self._transport
        try:
            from langgraph_api.server import app  # type: ignore[import-untyped,import-not-found,unused-ignore]
        except ImportError as exc:
            raise RuntimeError(
                "get_client(url=None) connects in-process to the LangGraph server this code "
                "runs inside, and no LangGraph server is running here; pass url=..."
            ) from exc
        return self.connect(app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._resolve().handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()


#: The in-process transports of the clients made with ``get_client(url=None)`` so far.
_loopback_transports: weakref.WeakSet[_InProcessTransport] = weakref.WeakSet()


def configure_loopback_transports(app: Any) -> None:
    """Point every in-process client made so far (``get_client(url=None)``) at ``app``.

    ``app`` is the LangGraph server's ASGI application. An in-process client finds the
    server's application by itself at its first request; this is for the code that holds
    the application before then (the server does this for langgraph-sdk's clients once its
    application is built), and replaces the application of clients that found one already.
    Clients made afterwards find the server's application as usual.
    """
    for transport in list(_loopback_transports):
        transport.connect(app)


class _Client:
    """What both clients are: one core and a resource client of each kind over it; a client
    class names the kinds in its annotations of ``_RESOURCES``."""

    _RESOURCES = ("http", "assistants", "threads", "runs", "crons", "store")
    _kinds: tuple[type, ...]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "http" in vars(cls).get("__annotations__", {}):  # else the kinds are inherited
            hints = typing.get_type_hints(cls)
            cls._kinds = tuple(hints[name] for name in cls._RESOURCES)

    def _init(self, core: Any) -> None:
        self._core = core
        for name, kind in zip(self._RESOURCES, self._kinds, strict=True):
            setattr(self, name, kind(core))

    def with_options(self, **options: Unpack[Options]) -> Self:
        """A client sharing this one's connections, with the options given changed; what is
        not given stays as it is. The keys, each documented there, are those of
        ``langgraph_client._core.Options``: ``client.with_options(max_retries=0)`` for a
        call without retries, ``timeout=None`` for none, ``headers`` added to this client's,
        ``max_reconnects`` and ``on_reconnect`` for how a cut stream is resumed.
        """
        clone = object.__new__(type(self))
        clone._init(self._core.with_options(**options))
        return clone

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={str(self._core.http.base_url)!r}>"


class LangGraphClient(_Client):
    """The async client: ``assistants``, ``threads``, ``runs``, ``crons``, ``store``, ``http``.

    Close it with ``await client.aclose()`` or use it as ``async with get_client(...) as client``.
    """

    http: HttpClient
    assistants: AssistantsClient
    threads: ThreadsClient
    runs: RunsClient
    crons: CronClient
    store: StoreClient
    _core: AsyncCore

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        token: TokenProvider | None = None,
    ) -> None:
        self._init(AsyncCore(client, max_retries=max_retries, token=token))

    def with_raw_response(
        self, method: Callable[P, Coroutine[Any, Any, T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> Coroutine[Any, Any, RawResponse[T]]:
        """Call ``method`` (a method of this client: ``client.threads.get``, ``client.info``,
        ...) with the arguments given, and return its HTTP answer with its result:

            raw = await client.with_raw_response(client.threads.get, thread_id)
            raw.status_code, raw.headers["content-type"], raw.retries_taken
            thread = raw.parse()  # the Thread that client.threads.get returns

        The call is made as usual (retries, typed errors: a 404 still raises NotFoundError).
        Streaming methods are not taken: their parts come as the answer arrives.
        """
        from ._raw import raw_call

        return raw_call(self, method, args, kwargs)  # type: ignore[no-any-return]

    async def info(
        self,
        *,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> ServerInfo:
        """The server's ``/info``: its langgraph-api and langgraph versions, flags and host.

        A server newer than ``langgraph_api_client.API_VERSION`` may answer more: fields and
        enum values the spec does not know are kept on the model (``info["new_field"]``),
        never an error.
        """
        from langgraph_api_client.api.system import get_info as op

        return await self._core.call(
            op.get_kwargs(), op.parse_response, headers=headers, timeout=timeout
        )

    async def asend_operation(
        self, kwargs: Mapping[str, Any], parse: Callable[[httpx.Response], T]
    ) -> T:
        """How a generated endpoint function (``asyncio``, ``asyncio_detailed``) sends its
        request through this client: see ``langgraph_api_client.client.AsyncSender``."""
        return await self._core.asend_operation(kwargs, parse)

    def astream_operation(
        self, kwargs: Mapping[str, Any], operation: ModuleType, *, resumable: bool
    ) -> AbstractAsyncContextManager[AsyncIterator[StreamPart]]:
        """How a generated endpoint's ``astream`` opens its stream through this client."""
        return self._core.astream_operation(kwargs, operation, resumable=resumable)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._core.aclose()


class SyncLangGraphClient(_Client):
    """The sync client: the same resources and methods as ``LangGraphClient``, blocking.

    Close it with ``client.close()`` or use it as ``with get_sync_client(...) as client``.
    """

    http: SyncHttpClient
    assistants: SyncAssistantsClient
    threads: SyncThreadsClient
    runs: SyncRunsClient
    crons: SyncCronClient
    store: SyncStoreClient
    _core: SyncCore

    def __init__(
        self,
        client: httpx.Client,
        *,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        token: Callable[[], str] | None = None,
    ) -> None:
        self._init(SyncCore(client, max_retries=max_retries, token=token))

    info = syncify(LangGraphClient.info)

    def with_raw_response(
        self, method: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs
    ) -> RawResponse[T]:
        """Call ``method`` (a method of this client) and return its HTTP answer with its
        result, as ``LangGraphClient.with_raw_response`` does:
        ``client.with_raw_response(client.threads.get, thread_id).parse()`` is the Thread."""
        from ._raw import raw_call

        return raw_call(self, method, args, kwargs)  # type: ignore[no-any-return]

    def send_operation(self, kwargs: Mapping[str, Any], parse: Callable[[httpx.Response], T]) -> T:
        """How a generated endpoint function (``sync``, ``sync_detailed``) sends its request
        through this client: see ``langgraph_api_client.client.SyncSender``."""
        return self._core.send_operation(kwargs, parse)

    def stream_operation(
        self, kwargs: Mapping[str, Any], operation: ModuleType, *, resumable: bool
    ) -> AbstractContextManager[Iterator[StreamPart]]:
        """How a generated endpoint's ``stream`` opens its stream through this client."""
        return self._core.stream_operation(kwargs, operation, resumable=resumable)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._core.close()


LangGraphClientT = TypeVar("LangGraphClientT", LangGraphClient, SyncLangGraphClient)


def _connect(
    kind: type[LangGraphClientT],
    given: Any,
    url: str,
    api_key: str | None,
    headers: Mapping[str, str] | None,
    timeout: TimeoutTypes | None,
    transport: Any,
    auth: AuthTypes | None,
    max_retries: int,
) -> LangGraphClientT:
    """What ``get_client`` and ``get_sync_client`` share: a client of ``kind`` over a new
    httpx client, or over ``given`` with our base URL, headers (and timeout and auth, when
    given) set on it. A callable ``auth`` is the core's token provider."""
    if os.environ.get(C.LOG_ENV_VAR):
        from ._observe import configure_from_env

        configure_from_env()
    sync = kind is SyncLangGraphClient
    http_kind = httpx.Client if sync else httpx.AsyncClient
    client: Any
    token: Any
    httpx_auth, token = (
        (auth, None) if auth is None or isinstance(auth, httpx.Auth) else (None, auth)
    )
    if not (token is None or callable(token)):
        raise TypeError(
            f"auth must be an httpx.Auth or a callable returning the token, not {auth!r}"
        )
    if sync and inspect.iscoroutinefunction(token):
        raise TypeError("the sync client's token provider must return the token, not await it")
    all_headers = build_headers(api_key, headers)
    if given is None:
        client = http_kind(
            base_url=url,
            transport=transport,
            timeout=C.DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout),
            headers=all_headers,
            auth=httpx_auth,
        )
    elif not isinstance(given, http_kind):
        raise TypeError(
            f"http_client must be an {http_kind.__module__}.{http_kind.__name__}, not {given!r}"
        )
    elif transport is not None:
        raise ValueError("pass transport= or http_client=, not both: set the transport on it")
    else:
        client = given
        client.base_url = url
        client.headers.update(all_headers)
        if timeout is not None:
            client.timeout = httpx.Timeout(timeout)
        if httpx_auth is not None:
            client.auth = httpx_auth
    return kind(client, max_retries=max_retries, token=token)


def get_client(
    *,
    url: str | None = None,
    api_key: str | None = NOT_GIVEN,
    headers: Mapping[str, str] | None = None,
    timeout: TimeoutTypes | None = None,
    max_retries: int = C.DEFAULT_MAX_RETRIES,
    transport: httpx.AsyncBaseTransport | None = None,
    auth: AuthTypes | None = None,
    http_client: httpx.AsyncClient | None = None,
) -> LangGraphClient:
    """An async client for the LangGraph API at ``url``.

    Args:
        url: The server's base URL. ``None`` connects in-process to the LangGraph server this
            code runs inside (for a graph node calling its own server).
        api_key: Sent as ``x-api-key``. Not given: the first of ``LANGGRAPH_API_KEY``,
            ``LANGSMITH_API_KEY``, ``LANGCHAIN_API_KEY`` that is set. ``None``: no key.
        headers: Extra headers for every request.
        timeout: ``httpx.Timeout``, seconds, or ``(connect, read, write, pool)``; default
            connect 5 s, read 300 s, write 300 s, pool 5 s.
        max_retries: Retries of a request that is safe to repeat (default 2).
        transport: An httpx transport to send through (for example
            ``langgraph_client.aiohttp_transport()``); default httpx's own.
        auth: An ``httpx.Auth``, or a callable returning the bearer token (a plain function
            or a coroutine function), called for every request so that the token can
            rotate, and sent as ``Authorization: Bearer <token>``. The API key is sent too.
        http_client: An ``httpx.AsyncClient`` you configured (proxies, certificates, event
            hooks, limits), used as it is, with the base URL, headers, and the timeout and
            auth when given, set on it; the client closes it when it is closed.
    """
    if url is None:
        if http_client is not None:
            raise ValueError("an http_client needs a url: the in-process server has its own")
        url = C.IN_PROCESS_BASE_URL
        transport = transport or _InProcessTransport()
    return _connect(
        LangGraphClient, http_client, url, api_key, headers, timeout, transport, auth, max_retries
    )


def get_sync_client(
    *,
    url: str | None = None,
    api_key: str | None = NOT_GIVEN,
    headers: Mapping[str, str] | None = None,
    timeout: TimeoutTypes | None = None,
    max_retries: int = C.DEFAULT_MAX_RETRIES,
    transport: httpx.BaseTransport | None = None,
    auth: SyncAuthTypes | None = None,
    http_client: httpx.Client | None = None,
) -> SyncLangGraphClient:
    """A sync client for the LangGraph API at ``url`` (default ``http://localhost:8123``).

    The arguments are those of ``get_client``; a token provider must return the token (not
    a coroutine), and ``http_client`` is an ``httpx.Client``.
    """
    url = url or C.DEFAULT_SYNC_URL
    return _connect(
        SyncLangGraphClient,
        http_client,
        url,
        api_key,
        headers,
        timeout,
        transport,
        auth,
        max_retries,
    )

"""The aiohttp transport: the async client's requests sent by aiohttp, under httpx's API.

    from langgraph_client import aiohttp_transport, get_client

    client = get_client(url="http://localhost:2024", transport=aiohttp_transport())

It needs the ``aiohttp`` extra (``pip install "langgraph-client[aiohttp]"``), which brings
httpx-aiohttp and aiohttp. Calls and streams then cost about half of what they cost on
httpx's own transport (see docs/performance.md); everything else about the client is
unchanged: headers, timeouts, retries, typed errors, resumable streams.

Once a transport is given, httpx no longer applies its own ``verify``, ``limits``, ``proxy``
and ``trust_env``: they are arguments of ``aiohttp_transport`` instead, with httpx's defaults.
Two more differences from httpx-aiohttp alone are closed here:

- errors: a refused or failed connection is ``httpx.ConnectError`` (the client raises
  ``APIConnectionError``), not ``httpx.ConnectTimeout``; a server that closes the connection
  before answering is ``httpx.RemoteProtocolError``, a body cut short ``httpx.ReadError``
  (so a cut stream is resumed). Only real timeouts are ``httpx.TimeoutException``.
- cookies: aiohttp's own cookie jar is switched off, so cookies are handled once, by httpx.

aiohttp has no write timeout and no limit on kept-alive connections apart from the pool size:
``timeout.write`` and ``limits.max_keepalive_connections`` have no effect on this transport.
"""

from __future__ import annotations

import ssl
import urllib.request
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import aiohttp  # type: ignore[import-not-found,unused-ignore]

__all__ = ["aiohttp_transport"]

#: httpx's own pool defaults.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


def aiohttp_transport(
    *,
    verify: ssl.SSLContext | bool = True,
    limits: httpx.Limits = DEFAULT_LIMITS,
    proxy: str | httpx.URL | httpx.Proxy | None = None,
    trust_env: bool = True,
) -> httpx.AsyncBaseTransport:
    """An httpx transport that sends through aiohttp, for ``get_client(transport=...)``.

    Args:
        verify: Check the server's TLS certificate against the default CA bundle (True), not
            at all (False), or as this ``ssl.SSLContext`` says (its CA file, a client
            certificate loaded with ``load_cert_chain``).
        limits: ``max_connections`` bounds the pool (None: no bound);
            ``keepalive_expiry`` is how long an idle connection is kept.
        proxy: Send every request through this HTTP proxy.
        trust_env: Read proxies, ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` and ``.netrc`` from the
            environment, as httpx does.

    Raises:
        ImportError: If the ``aiohttp`` extra is not installed.
    """
    try:
        from httpx_aiohttp import (  # type: ignore[import-not-found,unused-ignore]
            AiohttpTransport,
        )
    except ImportError as exc:
        raise ImportError(
            'aiohttp_transport() needs the aiohttp extra: pip install "langgraph-client[aiohttp]"'
        ) from exc

    context = httpx.create_ssl_context(verify=verify, trust_env=trust_env)
    # aiohttp's trust_env costs two thread-pool hops per request (proxy and .netrc lookups):
    # only switched on when the environment names a proxy and none is given here.
    env_proxies = trust_env and proxy is None and bool(urllib.request.getproxies())

    def session() -> aiohttp.ClientSession:
        # Made on first use, inside the running event loop, as aiohttp requires.
        import aiohttp

        connector = aiohttp.TCPConnector(
            ssl=context,
            limit=limits.max_connections or 0,  # 0: no bound
            keepalive_timeout=limits.keepalive_expiry,  # None: idle connections never expire
        )
        return aiohttp.ClientSession(
            connector=connector, cookie_jar=aiohttp.DummyCookieJar(), trust_env=env_proxies
        )

    if proxy is not None and not isinstance(proxy, httpx.Proxy):
        proxy = httpx.Proxy(proxy)
    inner = AiohttpTransport(proxy=proxy, client=session)
    return _Transport(inner)


class _Transport(httpx.AsyncBaseTransport):
    """httpx-aiohttp's transport, with its errors told apart: see the module's docstring."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # A body cut short is already httpx.ReadError (aiohttp's ClientPayloadError): the
        # stream is passed on as it is, with no layer of ours per chunk.
        try:
            return await self._inner.handle_async_request(request)
        except httpx.TransportError as exc:
            raise _corrected(exc, request) from exc.__cause__ or exc

    async def aclose(self) -> None:
        await self._inner.aclose()


def _corrected(exc: httpx.TransportError, request: httpx.Request) -> httpx.TransportError:
    """The httpx error for what aiohttp raised: httpx-aiohttp maps every aiohttp connection
    error that is not a timeout (a refused connection, a closed one) to ``ConnectTimeout``."""
    cause = exc.__cause__
    if not isinstance(exc, httpx.ConnectTimeout) or isinstance(cause, TimeoutError):
        return exc
    import aiohttp

    message = str(exc)
    if isinstance(cause, aiohttp.ClientConnectorError):  # refused, DNS, TLS: nothing was sent
        return httpx.ConnectError(message, request=request)
    if isinstance(cause, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(message, request=request)
    return httpx.ReadError(message, request=request)

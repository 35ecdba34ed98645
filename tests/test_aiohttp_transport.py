"""``aiohttp_transport()`` (the ``aiohttp`` extra) against the real server."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import ipaddress
import socket
import ssl
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from langgraph_client import LangGraphClient, get_client
from langgraph_client._aiohttp import aiohttp_transport
from langgraph_client.errors import (
    APIConnectionError,
    APITimeoutError,
    NotFoundError,
    StreamReconnectError,
)
from langgraph_client.sse import StreamPart

from tests._proxy import Fault, FaultProxy
from tests._server import free_port


async def collect(parts: AsyncIterator[StreamPart | dict[str, Any]]) -> list[StreamPart]:
    got = [part async for part in parts]
    assert all(isinstance(part, StreamPart) for part in got)
    return [part for part in got if isinstance(part, StreamPart)]


def said(text: str) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}]}


@pytest.fixture
async def client(server_url: str) -> AsyncIterator[LangGraphClient]:
    async with get_client(url=server_url, api_key=None, transport=aiohttp_transport()) as c:
        yield c


async def test_calls_go_through_aiohttp(client: LangGraphClient) -> None:
    created = await client.threads.create(metadata={"via": "aiohttp"})
    got = await client.threads.get(str(created.thread_id))
    assert got.to_dict() == created.to_dict()
    assert got["metadata"] == {"via": "aiohttp"}


async def test_status_errors_are_typed(client: LangGraphClient) -> None:
    with pytest.raises(NotFoundError):
        await client.threads.get("00000000-0000-0000-0000-000000000000")


async def test_stream_yields_every_part(client: LangGraphClient, server_url: str) -> None:
    thread = await client.threads.create()
    parts = await collect(
        client.runs.stream(
            str(thread.thread_id), "agent", input=said("hi"), stream_mode=["values", "updates"]
        )
    )
    assert [part.event for part in parts] == ["metadata", "values", "updates", "values"]
    assert parts[-1].data["messages"][-1] == {"role": "ai", "content": "echo: hi"}


async def test_stream_is_the_same_as_on_the_default_transport(
    client: LangGraphClient, server_url: str
) -> None:
    async with get_client(url=server_url, api_key=None) as plain:
        got = []
        for c in (client, plain):
            parts = c.runs.stream(
                None, "slow", input={}, context={"events": 5}, stream_mode="custom"
            )
            got.append([(p.event, p.data) for p in await collect(parts) if p.event != "metadata"])
    assert got[0] == got[1] == [("custom", {"i": i}) for i in range(5)]


async def test_concurrent_calls_share_the_pool(server_url: str) -> None:
    transport = aiohttp_transport(limits=httpx.Limits(max_connections=2))
    async with get_client(url=server_url, api_key=None, transport=transport) as c:
        threads = await asyncio.gather(*(c.threads.create() for _ in range(6)))
    assert len({t.thread_id for t in threads}) == 6


async def test_refused_connection_is_a_connection_error_not_a_timeout() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    async with get_client(url=url, api_key=None, transport=aiohttp_transport(), max_retries=0) as c:
        with pytest.raises(APIConnectionError) as caught:
            await c.threads.get("00000000-0000-0000-0000-000000000000")
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


@pytest.fixture
def hangup_url() -> Iterator[str]:
    """A loopback port that accepts a connection, reads the request and closes, answering
    nothing: what a server that goes away mid-call looks like to the client."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(10)

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    server.close()
    thread.join(timeout=10)


async def test_server_closing_the_connection_is_a_connection_error(hangup_url: str) -> None:
    transport = aiohttp_transport()
    async with get_client(url=hangup_url, api_key=None, transport=transport, max_retries=0) as c:
        with pytest.raises(APIConnectionError) as caught:
            await c.threads.get("00000000-0000-0000-0000-000000000000")
    assert not isinstance(caught.value, APITimeoutError)


async def test_a_cut_stream_is_resumed_without_loss(server_url: str) -> None:
    with FaultProxy(server_url) as proxy:
        transport = aiohttp_transport()
        async with get_client(url=proxy.url, api_key=None, transport=transport) as c:
            thread = await c.threads.create()
            proxy.inject(Fault(method="POST", path=r"/runs/stream", reset_after_events=30))
            parts = c.runs.stream(
                str(thread.thread_id),
                "burst",
                input={},
                stream_mode="custom",
                stream_resumable=True,
                context={"events": 300, "batch": 5, "linger": 0.2},
            )
            got = [part.data for part in await collect(parts) if part.event == "custom"]
    assert proxy.faults["connection reset"] == 1
    assert got == [{"i": i} for i in range(300)]


async def test_a_cut_stream_that_is_not_resumable_is_a_reconnect_error(server_url: str) -> None:
    with FaultProxy(server_url) as proxy:
        transport = aiohttp_transport()
        async with get_client(url=proxy.url, api_key=None, transport=transport) as c:
            thread = await c.threads.create()
            proxy.inject(Fault(method="POST", path=r"/runs/stream", reset_after_events=10))
            parts = c.runs.stream(
                str(thread.thread_id),
                "burst",
                input={},
                stream_mode="custom",
                context={"events": 200, "batch": 5, "linger": 0.0},
            )
            with pytest.raises(StreamReconnectError) as caught:
                _ = [part async for part in parts]
    assert not isinstance(caught.value.__cause__, httpx.TimeoutException)


# --- TLS: a TLS front for the real server, with a certificate made for the test -------------
def _self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class TLSFront:
    """Terminates TLS on a loopback port and passes the bytes to the real server, in a thread
    with its own event loop."""

    def __init__(self, upstream: str, cert: Path, key: Path) -> None:
        self.upstream = httpx.URL(upstream)
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.load_cert_chain(cert, key)
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.port = 0
        self.writers: set[asyncio.StreamWriter] = set()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        start = asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.context)
        self.server = asyncio.run_coroutine_threadsafe(start, self.loop).result(10)
        self.port = self.server.sockets[0].getsockname()[1]
        return f"https://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        self.loop.close()

    async def _shutdown(self) -> None:
        self.server.close()
        for writer in list(self.writers):
            writer.close()
        await asyncio.gather(*(w.wait_closed() for w in self.writers), return_exceptions=True)
        await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.writers.add(writer)
        try:
            up_reader, up_writer = await asyncio.open_connection(
                self.upstream.host, self.upstream.port
            )
        except OSError:
            writer.close()
            return
        self.writers.add(up_writer)

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except (OSError, ssl.SSLError):
                pass
            finally:
                dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
        for w in (writer, up_writer):
            self.writers.discard(w)
            with contextlib.suppress(OSError, ssl.SSLError):
                await w.wait_closed()


@pytest.fixture(scope="module")
def tls(server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    cert, key = _self_signed(tmp_path_factory.mktemp("tls"))
    with TLSFront(server_url, cert, key) as url:
        yield url, cert


async def test_verify_refuses_an_unknown_certificate(tls: tuple[str, Path]) -> None:
    url, _ = tls
    async with get_client(url=url, api_key=None, transport=aiohttp_transport(), max_retries=0) as c:
        with pytest.raises(APIConnectionError) as caught:
            await c.threads.search(limit=1)
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize("trust", ["context", "off"])
async def test_verify_is_passed_to_aiohttp(tls: tuple[str, Path], trust: str) -> None:
    url, cert = tls
    verify = ssl.create_default_context(cafile=str(cert)) if trust == "context" else False
    transport = aiohttp_transport(verify=verify)
    async with get_client(url=url, api_key=None, transport=transport) as c:
        assert isinstance(await c.threads.search(limit=1), list)

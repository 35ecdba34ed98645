"""Start and stop the real in-memory LangGraph server for the tests.

The server is `langgraph dev` from langgraph-cli[inmem], run on a free loopback
port with the graphs in tests/app: from the environment that LANGGRAPH_SERVER_CLI
names (each pinned server of the supported window has its own), else from the
test environment. A server that does not come up is an error, never a skip.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

APP_DIR = Path(__file__).parent / "app"
STARTUP_SECONDS = 90.0


def free_port() -> int:
    """A loopback port nobody listens on right now (never 2024)."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if port != 2024:
            return port


#: The `langgraph` executable to start, set by the nox session of each pinned server; unset,
#: the one beside the test interpreter (or on PATH) is used.
SERVER_CLI_VARIABLE = "LANGGRAPH_SERVER_CLI"


#: The langgraph-api version that server runs, set beside it; unset: the spec's version.
SERVER_API_VARIABLE = "LANGGRAPH_SERVER_API"


def expected_server_version() -> str:
    """The langgraph-api version the test server should report."""
    from langgraph_api_client import API_VERSION

    return os.environ.get(SERVER_API_VARIABLE) or API_VERSION


#: The oldest server of the window; where it answers otherwise than newer ones, the tests
#: assert what it does.
OLDEST_SERVER = "0.4.48"


def oldest_server() -> bool:
    """Whether the test server is the oldest of the window, langgraph-api 0.4.48."""
    return expected_server_version() == OLDEST_SERVER


def _langgraph_cli() -> str:
    chosen = os.environ.get(SERVER_CLI_VARIABLE)
    if chosen:
        if not Path(chosen).exists():
            raise RuntimeError(f"{SERVER_CLI_VARIABLE}={chosen!r} does not exist")
        return str(Path(chosen).absolute())  # the server runs in a folder of its own
    beside = Path(sys.executable).parent / "langgraph"
    found = str(beside) if beside.exists() else shutil.which("langgraph")
    if not found:
        raise RuntimeError("langgraph-cli[inmem] is not installed in the test environment")
    return found


@contextmanager
def running_server(
    config: str = "langgraph.json", env: dict[str, str] | None = None
) -> Iterator[str]:
    """Run `langgraph dev` with tests/app/<config>; yield its base URL."""
    port = free_port()
    work = Path(tempfile.mkdtemp(prefix="lg-server-"))
    # The dev server keeps its state in the working folder: copy the app there.
    shutil.copytree(APP_DIR, work, dirs_exist_ok=True)
    log_path = work / "server.log"
    log = log_path.open("wb")
    proc = subprocess.Popen(
        [
            _langgraph_cli(),
            "dev",
            "--port",
            str(port),
            "--host",
            "127.0.0.1",
            "--no-browser",
            "--no-reload",
            "--config",
            config,
        ],
        cwd=work,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "LANGGRAPH_CLI_NO_ANALYTICS": "1", **(env or {})},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if proc.poll() is not None:
                raise RuntimeError(
                    f"the LangGraph server exited with {proc.returncode}:\n"
                    + log_path.read_text(errors="replace")[-4000:]
                )
            try:
                if httpx.get(f"{url}/ok", timeout=1.0).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"the LangGraph server did not answer /ok within {STARTUP_SECONDS:.0f} s:\n"
                    + log_path.read_text(errors="replace")[-4000:]
                )
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        shutil.rmtree(work, ignore_errors=True)

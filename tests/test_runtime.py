"""langgraph_client.runtime, a graph factory receiving it in the real server, and import cost."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from langgraph_client.auth.types import StudioUser
from langgraph_client.runtime import ServerRuntime, _ExecutionRuntime, _ReadRuntime

from tests._server import oldest_server, running_server

STORE: Any = object()  # the runtime only carries the store; any object will do here


def test_an_execution_runtime_narrows_to_itself_and_carries_context() -> None:
    runtime: ServerRuntime[dict[str, int]] = _ExecutionRuntime(
        access_context="threads.create_run", store=STORE, context={"n": 1}
    )
    execution = runtime.execution_runtime
    assert execution is runtime
    assert execution is not None and execution.context == {"n": 1}


def test_a_read_runtime_has_no_execution_runtime() -> None:
    runtime: ServerRuntime[Any] = _ReadRuntime(access_context="assistants.read", store=STORE)
    assert runtime.execution_runtime is None


def test_ensure_user_returns_the_user_or_refuses() -> None:
    user: Any = StudioUser("ana", is_authenticated=True)
    with_user: ServerRuntime[Any] = _ReadRuntime(
        access_context="threads.read", store=STORE, user=user
    )
    assert with_user.ensure_user() is user
    without: ServerRuntime[Any] = _ReadRuntime(access_context="threads.update", store=STORE)
    with pytest.raises(PermissionError, match=r"'threads\.update'"):
        without.ensure_user()


def test_runtimes_are_frozen() -> None:
    runtime: ServerRuntime[Any] = _ReadRuntime(access_context="threads.read", store=STORE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        runtime.access_context = "assistants.read"  # type: ignore[misc]


def test_the_extension_modules_import_neither_sdk_nor_server() -> None:
    code = (
        "import sys\n"
        "import langgraph_client.auth, langgraph_client.auth.testing\n"
        "import langgraph_client.encryption, langgraph_client.cache, langgraph_client.runtime\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('langgraph_sdk', 'langgraph_api', 'langgraph', 'langchain_core'))\n"
        "print(heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.fixture(scope="module")
def extensions_server() -> Iterator[httpx.Client]:
    with (
        running_server(config="langgraph_extensions.json") as url,
        httpx.Client(base_url=url, timeout=30) as client,
    ):
        yield client


def test_a_factory_annotated_with_our_server_runtime_receives_the_servers(
    extensions_server: httpx.Client,
) -> None:
    response = extensions_server.post(
        "/runs/wait", json={"assistant_id": "runtime_probe", "input": {}}
    )
    assert response.status_code == 200, response.text
    if oldest_server():  # langgraph-api 0.4.48 hands a factory a dict, not a runtime
        assert response.json()["__error__"] == {
            "error": "AttributeError",
            "message": "'dict' object has no attribute 'access_context'",
        }
        return
    assert response.json()["report"] == {
        "access_context": "threads.create_run",
        "user": None,
        "for_execution": True,
        "has_store": True,
    }

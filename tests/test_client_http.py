"""client.http: raw calls on the client's connection, with both clients."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from langgraph_client.errors import NotFoundError

from tests._client_api import Api, unique

pytest_plugins = ["tests._client_fixtures"]


async def test_get(api: Api) -> None:
    seen: list[httpx.Response] = []
    assert (await api.http.get("/ok", on_response=seen.append))["ok"] is True
    assert seen[0].status_code == 200


async def test_get_with_params(api: Api) -> None:
    thread = await api.http.post("/threads", json={"metadata": {"raw": True}})
    got = await api.http.get(f"/threads/{thread['thread_id']}", params={"include": "ttl"})
    assert got["metadata"] == {"raw": True}


async def test_post_put_patch_and_delete(api: Api) -> None:
    thread = await api.http.post("/threads", json={"metadata": {"step": 1}})
    thread_id = thread["thread_id"]
    patched = await api.http.patch(f"/threads/{thread_id}", json={"metadata": {"step": 2}})
    assert patched["metadata"] == {"step": 2}
    namespace = ["raw", unique()]
    assert (
        await api.http.put(
            "/store/items", json={"namespace": namespace, "key": "k", "value": {"v": 1}}
        )
        is None
    )
    item = await api.http.get("/store/items", params={"namespace": ".".join(namespace), "key": "k"})
    assert item["value"] == {"v": 1}
    assert await api.http.delete("/store/items", json={"namespace": namespace, "key": "k"}) is None
    assert await api.http.delete(f"/threads/{thread_id}") is None
    with pytest.raises(NotFoundError):
        await api.http.get(f"/threads/{thread_id}")


async def test_stream(api: Api) -> None:
    parts = await api.http.stream(
        "/runs/stream",
        "POST",
        json={"assistant_id": "agent", "input": {"messages": []}, "stream_mode": ["updates"]},
    )
    assert [part.event for part in parts] == ["metadata", "updates"]
    assert parts[1].data["reply"]["count"] == 1


async def test_request_reconnect(api: Api) -> None:
    thread = await api.http.post("/threads", json={})
    result: Any = await api.http.request_reconnect(
        f"/threads/{thread['thread_id']}/runs/wait",
        "POST",
        json={"assistant_id": "agent", "input": {"messages": [{"role": "user", "content": "r"}]}},
    )
    assert result["messages"][-1] == {"role": "ai", "content": "echo: r"}


async def test_http_client_is_the_httpx_client_on_the_same_server(api: Api) -> None:
    http = api.client.http.client
    assert isinstance(http, httpx.AsyncClient if api.is_async else httpx.Client)
    assert http is api.client.threads._core.http  # the one connection pool of the client
    answer = http.get("/ok")
    response = await answer if api.is_async else answer
    assert response.status_code == 200 and response.json()["ok"] is True

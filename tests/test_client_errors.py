"""Each status error class, raised by the real server's answer, with both clients."""

from __future__ import annotations

import pytest
from langgraph_client import errors

from tests._client_api import Api

pytest_plugins = ["tests._client_fixtures"]

MISSING = "00000000-0000-4000-8000-000000000000"


async def test_a_missing_thread_is_not_found(api: Api) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        await api.threads.get(MISSING)
    error = caught.value
    assert isinstance(error, errors.APIStatusError)
    assert error.status_code == 404
    assert error.response.status_code == 404
    assert MISSING in error.message


async def test_creating_an_existing_thread_with_if_exists_raise_is_a_conflict(api: Api) -> None:
    thread = await api.threads.create()
    with pytest.raises(errors.ConflictError) as caught:
        await api.threads.create(thread_id=str(thread["thread_id"]), if_exists="raise")
    assert caught.value.status_code == 409


async def test_an_invalid_body_is_unprocessable(api: Api) -> None:
    with pytest.raises(errors.UnprocessableEntityError) as caught:
        await api.http.post("/threads/search", json={"limit": "many"})
    assert caught.value.status_code == 422


async def test_an_invalid_id_is_unprocessable(api: Api) -> None:
    with pytest.raises(errors.UnprocessableEntityError, match="must be a UUID"):
        await api.threads.get("not-a-uuid")


async def test_config_and_context_together_is_a_bad_request(api: Api) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        await api.assistants.create("agent", config={"configurable": {"a": 1}}, context={"a": 1})
    assert caught.value.status_code == 400
    assert "context" in caught.value.message


async def test_a_run_of_an_unknown_graph_is_unprocessable(api: Api) -> None:
    with pytest.raises(errors.UnprocessableEntityError, match="registered graphs"):
        await api.runs.wait(None, "no-such-graph", input={})


async def test_status_errors_are_langgraph_errors() -> None:
    for name in ("NotFoundError", "ConflictError", "UnprocessableEntityError", "BadRequestError"):
        cls = getattr(errors, name)
        assert issubclass(cls, errors.APIStatusError)
        assert issubclass(cls, errors.LangGraphError)

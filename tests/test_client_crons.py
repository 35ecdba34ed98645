"""client.crons against the real server, with both clients.

The schedules are far in the future ("at midnight on 1 January"): no cron fires during a test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from langgraph_api_client.api.crons import create_cron, get_cron, update_cron
from langgraph_client._core import _release
from langgraph_client.errors import NotFoundError, UnprocessableEntityError

from tests._client_api import Api, unique, wire

pytest_plugins = ["tests._client_fixtures"]
# The other cron operations came with create_cron (langgraph-api 0.5.41).
pytestmark = pytest.mark.operation(create_cron, get_cron, update_cron)

YEARLY = "0 0 1 1 *"


async def test_create_get_search_count_and_delete(api: Api) -> None:
    tag = unique()
    cron = await api.crons.create(
        "agent",
        schedule=YEARLY,
        input={"messages": []},
        metadata={"tag": tag},
        timezone="Europe/Paris",
    )
    cron_id = str(cron["cron_id"])
    assert cron["schedule"] == YEARLY
    assert cron["thread_id"] is None
    got = await api.crons.get(cron_id)
    assert str(got["cron_id"]) == cron_id
    assert wire(got["payload"])["input"] == {"messages": []}
    found = await api.crons.search(metadata={"tag": tag})
    assert [str(item["cron_id"]) for item in found] == [cron_id]
    assert await api.crons.count(metadata={"tag": tag}) == 1
    assert await api.crons.delete(cron_id) is None
    assert await api.crons.count(metadata={"tag": tag}) == 0
    with pytest.raises(NotFoundError):
        await api.crons.get(cron_id)


async def test_create_for_thread(api: Api) -> None:
    thread_id = str((await api.threads.create())["thread_id"])
    cron = await api.crons.create_for_thread(
        thread_id,
        "agent",
        schedule=YEARLY,
        input={"messages": []},
        end_time=datetime(2100, 1, 1, tzinfo=UTC),
    )
    assert str(cron["thread_id"]) == thread_id
    found = await api.crons.search(thread_id=thread_id)
    assert [str(item["cron_id"]) for item in found] == [str(cron["cron_id"])]
    assert await api.crons.count(thread_id=thread_id) == 1
    await api.crons.delete(str(cron["cron_id"]))


async def test_create_keeps_multitask_strategy_in_the_payload_its_runs_read(api: Api) -> None:
    cron = await api.crons.create("agent", schedule=YEARLY, multitask_strategy="interrupt")
    assert wire(cron["payload"])["multitask_strategy"] == "interrupt"
    await api.crons.delete(str(cron["cron_id"]))


async def test_update_changes_the_schedule(api: Api) -> None:
    tag = unique()
    cron = await api.crons.create("agent", schedule=YEARLY, metadata={"tag": tag})
    cron_id = str(cron["cron_id"])
    updated = await api.crons.update(cron_id, schedule="0 0 2 1 *", enabled=False)
    assert updated["schedule"] == "0 0 2 1 *"
    assert updated["enabled"] is False
    assert await api.crons.search(metadata={"tag": tag}, enabled=True) == []
    await api.crons.delete(cron_id)


async def test_update_leaves_out_what_it_is_not_given_and_end_time_none_removes_it(
    api: Api, server_version: str
) -> None:
    tag = unique()
    cron = await api.crons.create(
        "agent",
        schedule=YEARLY,
        metadata={"tag": tag},
        end_time=datetime(2100, 1, 1, tzinfo=UTC),
    )
    cron_id = str(cron["cron_id"])
    assert cron["end_time"] is not None
    if _release(server_version) < (0, 16):  # an older server refuses a null end_time
        with pytest.raises(UnprocessableEntityError):
            await api.crons.update(cron_id, end_time=None)
        await api.crons.delete(cron_id)
        return
    updated = await api.crons.update(cron_id, end_time=None)
    assert updated["end_time"] is None
    assert (updated["schedule"], updated["metadata"]["tag"]) == (YEARLY, tag)
    assert updated["enabled"] is True
    await api.crons.delete(cron_id)


async def test_search_by_assistant_with_paging(api: Api) -> None:
    tag = unique()
    made = [
        str((await api.crons.create("slow", schedule=YEARLY, metadata={"tag": tag}))["cron_id"])
        for _ in range(3)
    ]
    found = await api.crons.search(
        metadata={"tag": tag}, sort_by="created_at", sort_order="asc", limit=2
    )
    assert [str(item["cron_id"]) for item in found] == made[:2]
    rest = await api.crons.search(
        metadata={"tag": tag}, sort_by="created_at", sort_order="asc", offset=2
    )
    assert [str(item["cron_id"]) for item in rest] == made[2:]
    for cron_id in made:
        await api.crons.delete(cron_id)

"""A deprecation warning points at the caller's line, whichever client made the call: the
sync driver and the event loop add frames of their own, and a warning attributed to one of
them is hidden by Python's default filters."""

from __future__ import annotations

import linecache
import warnings

import pytest
from langgraph_api_client.api.crons import create_cron

from tests._client_api import Api

pytest_plugins = ["tests._client_fixtures"]

YEARLY = "0 0 1 1 *"


def _where(caught: list[warnings.WarningMessage]) -> tuple[str, str]:
    (warning,) = caught
    return warning.filename, linecache.getline(warning.filename, warning.lineno)


async def test_checkpoint_during_on_a_run_warns_at_the_callers_line(api: Api) -> None:
    with pytest.warns(DeprecationWarning, match="checkpoint_during") as caught:
        if api.is_async:
            run = await api.client.runs.create(None, "agent", input={}, checkpoint_during=True)
        else:
            run = api.client.runs.create(None, "agent", input={}, checkpoint_during=True)
    filename, line = _where(caught.list)
    assert filename == __file__
    assert "runs.create(" in line
    assert run["run_id"]


@pytest.mark.operation(create_cron)
async def test_checkpoint_during_on_a_cron_warns_at_the_callers_line(api: Api) -> None:
    with pytest.warns(DeprecationWarning, match="checkpoint_during") as caught:
        if api.is_async:
            cron = await api.client.crons.create("agent", schedule=YEARLY, checkpoint_during=True)
        else:
            cron = api.client.crons.create("agent", schedule=YEARLY, checkpoint_during=True)
    filename, line = _where(caught.list)
    assert filename == __file__
    assert "crons.create(" in line
    await api.crons.delete(str(cron["cron_id"]))

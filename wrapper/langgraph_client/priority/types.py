"""Types seen by a priority handler: what it is told about the run, and what it answers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

from langgraph_client.auth.types import BaseUser

__all__ = ["PriorityContext", "PrioritySettings"]


@dataclass(frozen=True, slots=True)
class PriorityContext:
    """The first run of a thread that has no priority settings yet, as the server sees it.

    ``user`` and ``permissions`` come from the deployment's auth (an empty identity and no
    permissions without auth). ``thread_id`` is ``None`` when the run makes its thread
    without being given an id; ``cron_id`` names the cron that started the run, if one did.
    """

    user: BaseUser
    permissions: Sequence[str]
    thread_id: str | None
    thread_metadata: dict[str, Any]
    assistant_id: str
    graph_id: str
    assistant_metadata: dict[str, Any]
    run_metadata: dict[str, Any]
    cron_id: str | None


class PrioritySettings(TypedDict, total=False):
    """What a priority handler returns; a key left out or ``None`` takes its default.

    ``priority`` runs from -5 (first) to 5 (last), default 0. ``fairness_group`` is at most
    256 characters, default ``"default"``; the server stores it unencrypted, so make it an
    opaque id, and does not yet use it to order runs.
    """

    priority: int | None
    fairness_group: str | None

"""``client.crons``: runs on a schedule, for one thread or a new thread each time.

Every method makes one call and is generated from openapi.yaml (``x-sdk-method``): see
``langgraph_api_client.resources.CronsMethods``.
"""

from __future__ import annotations

from langgraph_api_client.resources import CronsMethods, SyncCronsMethods

from ._resource import Resource


class CronClient(Resource, CronsMethods):
    """Crons: a run started on a cron ``schedule`` (e.g. ``"0 9 * * 1-5"``)."""


class SyncCronClient(Resource, SyncCronsMethods):
    """The blocking twin of ``CronClient``: the same methods, the same bodies."""

from enum import StrEnum

from ..types import unknown_member


class CronSortBy(StrEnum):
    """Field to sort crons by.

    Values: ``assistant_id``, ``created_at``, ``cron_id``, ``end_time``, ``next_run_date``, ``thread_id``, ``updated_at``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    ASSISTANT_ID = "assistant_id"
    CREATED_AT = "created_at"
    CRON_ID = "cron_id"
    END_TIME = "end_time"
    NEXT_RUN_DATE = "next_run_date"
    THREAD_ID = "thread_id"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CronSortBy | None":
        return unknown_member(cls, value)

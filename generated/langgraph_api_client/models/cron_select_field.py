from enum import StrEnum

from ..types import unknown_member


class CronSelectField(StrEnum):
    """A cron field to return.

    Values: ``assistant_id``, ``created_at``, ``cron_id``, ``enabled``, ``end_time``, ``metadata``, ``next_run_date``, ``on_run_completed``, ``payload``, ``schedule``, ``thread_id``, ``timezone``, ``updated_at``, ``user_id``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    ASSISTANT_ID = "assistant_id"
    CREATED_AT = "created_at"
    CRON_ID = "cron_id"
    ENABLED = "enabled"
    END_TIME = "end_time"
    METADATA = "metadata"
    NEXT_RUN_DATE = "next_run_date"
    ON_RUN_COMPLETED = "on_run_completed"
    PAYLOAD = "payload"
    SCHEDULE = "schedule"
    THREAD_ID = "thread_id"
    TIMEZONE = "timezone"
    UPDATED_AT = "updated_at"
    USER_ID = "user_id"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CronSelectField | None":
        return unknown_member(cls, value)

from enum import StrEnum

from ..types import unknown_member


class RunSelectField(StrEnum):
    """A run field to return.

    Values: ``assistant_id``, ``created_at``, ``kwargs``, ``langsmith_session_name``, ``metadata``, ``multitask_strategy``, ``run_id``, ``status``, ``thread_id``, ``updated_at``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    ASSISTANT_ID = "assistant_id"
    CREATED_AT = "created_at"
    KWARGS = "kwargs"
    LANGSMITH_SESSION_NAME = "langsmith_session_name"
    METADATA = "metadata"
    MULTITASK_STRATEGY = "multitask_strategy"
    RUN_ID = "run_id"
    STATUS = "status"
    THREAD_ID = "thread_id"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RunSelectField | None":
        return unknown_member(cls, value)

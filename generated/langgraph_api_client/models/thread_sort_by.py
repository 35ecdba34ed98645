from enum import StrEnum

from ..types import unknown_member


class ThreadSortBy(StrEnum):
    """Field to sort threads by.

    Values: ``created_at``, ``state_updated_at``, ``status``, ``thread_id``, ``updated_at``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    CREATED_AT = "created_at"
    STATE_UPDATED_AT = "state_updated_at"
    STATUS = "status"
    THREAD_ID = "thread_id"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ThreadSortBy | None":
        return unknown_member(cls, value)

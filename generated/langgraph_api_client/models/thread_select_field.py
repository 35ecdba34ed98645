from enum import StrEnum

from ..types import unknown_member


class ThreadSelectField(StrEnum):
    """A thread field to return.

    Values: ``config``, ``created_at``, ``interrupts``, ``metadata``, ``state_updated_at``, ``status``, ``thread_id``, ``updated_at``, ``values``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    CONFIG = "config"
    CREATED_AT = "created_at"
    INTERRUPTS = "interrupts"
    METADATA = "metadata"
    STATE_UPDATED_AT = "state_updated_at"
    STATUS = "status"
    THREAD_ID = "thread_id"
    UPDATED_AT = "updated_at"
    VALUES = "values"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ThreadSelectField | None":
        return unknown_member(cls, value)

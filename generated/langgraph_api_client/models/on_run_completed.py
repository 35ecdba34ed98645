from enum import StrEnum

from ..types import unknown_member


class OnRunCompleted(StrEnum):
    """Whether a cron's run deletes or keeps its new thread when done.

    Values: ``delete``, ``keep``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    DELETE = "delete"
    KEEP = "keep"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OnRunCompleted | None":
        return unknown_member(cls, value)

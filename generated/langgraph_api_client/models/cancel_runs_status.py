from enum import StrEnum

from ..types import unknown_member


class CancelRunsStatus(StrEnum):
    """Which runs to cancel by status.

    Values: ``all``, ``pending``, ``running``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    ALL = "all"
    PENDING = "pending"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CancelRunsStatus | None":
        return unknown_member(cls, value)

from enum import StrEnum

from ..types import unknown_member


class ThreadStatus(StrEnum):
    """The status of a thread.

    Values: ``busy``, ``error``, ``idle``, ``interrupted``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    BUSY = "busy"
    ERROR = "error"
    IDLE = "idle"
    INTERRUPTED = "interrupted"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ThreadStatus | None":
        return unknown_member(cls, value)

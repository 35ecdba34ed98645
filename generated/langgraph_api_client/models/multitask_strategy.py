from enum import StrEnum

from ..types import unknown_member


class MultitaskStrategy(StrEnum):
    """What to do when the thread is already running a run.

    Values: ``enqueue``, ``interrupt``, ``reject``, ``rollback``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    ENQUEUE = "enqueue"
    INTERRUPT = "interrupt"
    REJECT = "reject"
    ROLLBACK = "rollback"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MultitaskStrategy | None":
        return unknown_member(cls, value)

from enum import StrEnum

from ..types import unknown_member


class CancelAction(StrEnum):
    """`interrupt` stops the run and keeps its checkpoints; `rollback` also deletes the run and its
    checkpoints.

        Values: ``interrupt``, ``rollback``.

        A value the server sends that is not listed here (a newer server) still parses: it becomes
        a member of this class that equals the plain string and is sent back unchanged.
    """

    INTERRUPT = "interrupt"
    ROLLBACK = "rollback"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CancelAction | None":
        return unknown_member(cls, value)

from enum import StrEnum

from ..types import unknown_member


class CronPatchOnRunCompleted(StrEnum):
    """What to do with the thread after the run completes. 'delete' removes the thread after execution.
    'keep' creates a new thread for each execution but does not clean them up.

    Values: ``delete``, ``keep``.

        A value the server sends that is not listed here (a newer server) still parses: it becomes
        a member of this class that equals the plain string and is sent back unchanged.
    """

    DELETE = "delete"
    KEEP = "keep"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CronPatchOnRunCompleted | None":
        return unknown_member(cls, value)

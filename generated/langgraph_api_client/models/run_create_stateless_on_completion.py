from enum import StrEnum

from ..types import unknown_member


class RunCreateStatelessOnCompletion(StrEnum):
    """Whether to delete or keep the thread created for a stateless run. Must be one of 'delete' or
    'keep'.

    Values: ``delete``, ``keep``.

        A value the server sends that is not listed here (a newer server) still parses: it becomes
        a member of this class that equals the plain string and is sent back unchanged.
    """

    DELETE = "delete"
    KEEP = "keep"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RunCreateStatelessOnCompletion | None":
        return unknown_member(cls, value)

from enum import StrEnum

from ..types import unknown_member


class OnCompletion(StrEnum):
    """Whether to delete or keep the temporary thread of a stateless run.

    Values: ``delete``, ``keep``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    DELETE = "delete"
    KEEP = "keep"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OnCompletion | None":
        return unknown_member(cls, value)

from enum import StrEnum

from ..types import unknown_member


class IfNotExists(StrEnum):
    """What to do when the thread does not exist.

    Values: ``create``, ``reject``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    CREATE = "create"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "IfNotExists | None":
        return unknown_member(cls, value)

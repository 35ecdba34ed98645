from enum import StrEnum

from ..types import unknown_member


class OnDisconnect(StrEnum):
    """What to do with the run when the streaming client disconnects.

    Values: ``cancel``, ``continue``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    CANCEL = "cancel"
    CONTINUE = "continue"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OnDisconnect | None":
        return unknown_member(cls, value)

from enum import StrEnum

from ..types import unknown_member


class IfExists(StrEnum):
    """What to do when the resource already exists.

    Values: ``do_nothing``, ``raise``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    DO_NOTHING = "do_nothing"
    RAISE = "raise"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "IfExists | None":
        return unknown_member(cls, value)

from enum import StrEnum

from ..types import unknown_member


class AssistantCreateIfExists(StrEnum):
    """How to handle duplicate creation. Must be either 'raise' (raise error if duplicate), or
    'do_nothing' (return existing assistant).

    Values: ``do_nothing``, ``raise``.

        A value the server sends that is not listed here (a newer server) still parses: it becomes
        a member of this class that equals the plain string and is sent back unchanged.
    """

    DO_NOTHING = "do_nothing"
    RAISE = "raise"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AssistantCreateIfExists | None":
        return unknown_member(cls, value)

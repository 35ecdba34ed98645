from enum import StrEnum

from ..types import unknown_member


class Durability(StrEnum):
    """When checkpoints are saved: `sync` before each next step, `async` while the next step runs,
    `exit` only when the run ends.

        Values: ``async``, ``exit``, ``sync``.

        A value the server sends that is not listed here (a newer server) still parses: it becomes
        a member of this class that equals the plain string and is sent back unchanged.
    """

    ASYNC = "async"
    EXIT = "exit"
    SYNC = "sync"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Durability | None":
        return unknown_member(cls, value)

from enum import StrEnum

from ..types import unknown_member


class CronCreateDurability(StrEnum):
    """Durability level for the run. Must be one of `sync`, `async`, or `exit`. See [durability
    modes](https://docs.langchain.com/oss/python/langgraph/durable-execution#durability-modes) for
    more details.

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
    def _missing_(cls, value: object) -> "CronCreateDurability | None":
        return unknown_member(cls, value)

from enum import StrEnum

from ..types import unknown_member


class RunStatus(StrEnum):
    """The status of a run.

    Values: ``error``, ``interrupted``, ``pending``, ``running``, ``success``, ``timeout``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    ERROR = "error"
    INTERRUPTED = "interrupted"
    PENDING = "pending"
    RUNNING = "running"
    SUCCESS = "success"
    TIMEOUT = "timeout"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RunStatus | None":
        return unknown_member(cls, value)

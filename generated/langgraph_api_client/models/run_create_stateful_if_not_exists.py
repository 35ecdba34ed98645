from enum import StrEnum

from ..types import unknown_member


class RunCreateStatefulIfNotExists(StrEnum):
    """How to handle missing thread. Must be either 'reject' (raise error if missing), or 'create'
    (create new thread).

    Values: ``create``, ``reject``.

        A value the server sends that is not listed here (a newer server) still parses: it becomes
        a member of this class that equals the plain string and is sent back unchanged.
    """

    CREATE = "create"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RunCreateStatefulIfNotExists | None":
        return unknown_member(cls, value)

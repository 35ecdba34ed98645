from enum import StrEnum

from ..types import unknown_member


class TtlStrategy(StrEnum):
    """What happens when a thread's TTL runs out.

    Values: ``delete``, ``keep_latest``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    DELETE = "delete"
    KEEP_LATEST = "keep_latest"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TtlStrategy | None":
        return unknown_member(cls, value)

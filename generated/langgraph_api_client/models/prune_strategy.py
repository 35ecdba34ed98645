from enum import StrEnum

from ..types import unknown_member


class PruneStrategy(StrEnum):
    """`delete` removes threads; `keep_latest` keeps only their latest checkpoint.

    Values: ``delete``, ``keep_latest``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    DELETE = "delete"
    KEEP_LATEST = "keep_latest"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PruneStrategy | None":
        return unknown_member(cls, value)

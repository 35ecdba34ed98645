from enum import StrEnum

from ..types import unknown_member


class SortOrder(StrEnum):
    """Sort direction.

    Values: ``asc``, ``desc``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SortOrder | None":
        return unknown_member(cls, value)

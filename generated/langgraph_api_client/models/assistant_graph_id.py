from enum import StrEnum

from ..types import unknown_member


class AssistantGraphId(StrEnum):
    """The ID of the graph.

    Values: ``agent``.

        A value the server sends that is not listed here (a newer server) still parses: it becomes
        a member of this class that equals the plain string and is sent back unchanged.
    """

    AGENT = "agent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AssistantGraphId | None":
        return unknown_member(cls, value)

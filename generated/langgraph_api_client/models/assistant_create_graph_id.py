from enum import StrEnum

from ..types import unknown_member


class AssistantCreateGraphId(StrEnum):
    """The ID of the graph the assistant should use. The graph ID is normally set in your
    langgraph.json configuration.

    Values: ``agent``.

        A value the server sends that is not listed here (a newer server) still parses: it becomes
        a member of this class that equals the plain string and is sent back unchanged.
    """

    AGENT = "agent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AssistantCreateGraphId | None":
        return unknown_member(cls, value)

from enum import StrEnum

from ..types import unknown_member


class AssistantSortBy(StrEnum):
    """Field to sort assistants by.

    Values: ``assistant_id``, ``created_at``, ``graph_id``, ``name``, ``updated_at``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    ASSISTANT_ID = "assistant_id"
    CREATED_AT = "created_at"
    GRAPH_ID = "graph_id"
    NAME = "name"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AssistantSortBy | None":
        return unknown_member(cls, value)

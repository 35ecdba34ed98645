from enum import StrEnum

from ..types import unknown_member


class AssistantSelectField(StrEnum):
    """An assistant field to return.

    Values: ``assistant_id``, ``config``, ``context``, ``created_at``, ``description``, ``graph_id``, ``metadata``, ``name``, ``updated_at``, ``version``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    ASSISTANT_ID = "assistant_id"
    CONFIG = "config"
    CONTEXT = "context"
    CREATED_AT = "created_at"
    DESCRIPTION = "description"
    GRAPH_ID = "graph_id"
    METADATA = "metadata"
    NAME = "name"
    UPDATED_AT = "updated_at"
    VERSION = "version"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AssistantSelectField | None":
        return unknown_member(cls, value)

from enum import StrEnum

from ..types import unknown_member


class PostMcpAccept(StrEnum):
    """Values: ``application/json, text/event-stream``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    APPLICATIONJSON_TEXTEVENT_STREAM = "application/json, text/event-stream"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PostMcpAccept | None":
        return unknown_member(cls, value)

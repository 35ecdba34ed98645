from enum import StrEnum

from ..types import unknown_member


class ProtocolChannelName(StrEnum):
    """The fixed protocol channels.

    Values: ``checkpoints``, ``custom``, ``input``, ``lifecycle``, ``messages``, ``tasks``, ``tools``, ``updates``, ``values``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    CHECKPOINTS = "checkpoints"
    CUSTOM = "custom"
    INPUT = "input"
    LIFECYCLE = "lifecycle"
    MESSAGES = "messages"
    TASKS = "tasks"
    TOOLS = "tools"
    UPDATES = "updates"
    VALUES = "values"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProtocolChannelName | None":
        return unknown_member(cls, value)

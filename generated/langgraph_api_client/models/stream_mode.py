from enum import StrEnum

from ..types import unknown_member


class StreamMode(StrEnum):
    """What a run streams.

    Values: ``checkpoints``, ``custom``, ``debug``, ``events``, ``messages``, ``messages-tuple``, ``tasks``, ``updates``, ``values``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    CHECKPOINTS = "checkpoints"
    CUSTOM = "custom"
    DEBUG = "debug"
    EVENTS = "events"
    MESSAGES = "messages"
    MESSAGES_TUPLE = "messages-tuple"
    TASKS = "tasks"
    UPDATES = "updates"
    VALUES = "values"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StreamMode | None":
        return unknown_member(cls, value)

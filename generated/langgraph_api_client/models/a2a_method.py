from enum import StrEnum

from ..types import unknown_member


class A2AMethod(StrEnum):
    """An A2A method the server implements.

    Values: ``message/send``, ``message/stream``, ``tasks/cancel``, ``tasks/get``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    MESSAGESEND = "message/send"
    MESSAGESTREAM = "message/stream"
    TASKSCANCEL = "tasks/cancel"
    TASKSGET = "tasks/get"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "A2AMethod | None":
        return unknown_member(cls, value)

from enum import StrEnum

from ..types import unknown_member


class PostA2ABodyMessageSendStreamParametersMessageDataPartKind(StrEnum):
    """Values: ``data``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    DATA = "data"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "PostA2ABodyMessageSendStreamParametersMessageDataPartKind | None":
        return unknown_member(cls, value)

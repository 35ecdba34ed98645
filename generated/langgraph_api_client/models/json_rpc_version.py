from enum import StrEnum

from ..types import unknown_member


class JsonRpcVersion(StrEnum):
    """The JSON-RPC version, always `2.0`.

    Values: ``2.0``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    VALUE_0 = "2.0"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "JsonRpcVersion | None":
        return unknown_member(cls, value)

from enum import StrEnum

from ..types import unknown_member


class MetricsFormat(StrEnum):
    """Output format of the metrics.

    Values: ``json``, ``prometheus``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    JSON = "json"
    PROMETHEUS = "prometheus"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MetricsFormat | None":
        return unknown_member(cls, value)

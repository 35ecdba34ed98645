from enum import StrEnum

from ..types import unknown_member


class JoinThreadStreamStreamModesType1Item(StrEnum):
    """Values: ``lifecycle``, ``run_modes``, ``state_update``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    LIFECYCLE = "lifecycle"
    RUN_MODES = "run_modes"
    STATE_UPDATE = "state_update"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "JoinThreadStreamStreamModesType1Item | None":
        return unknown_member(cls, value)

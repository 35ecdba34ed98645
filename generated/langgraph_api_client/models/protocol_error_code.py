from enum import StrEnum

from ..types import unknown_member


class ProtocolErrorCode(StrEnum):
    """Why a protocol command failed.

    Values: ``invalid_argument``, ``no_such_checkpoint``, ``no_such_interrupt``, ``no_such_namespace``, ``no_such_run``, ``no_such_subscription``, ``not_supported``, ``permission_denied``, ``unknown_command``, ``unknown_error``.

    A value the server sends that is not listed here (a newer server) still parses: it becomes
    a member of this class that equals the plain string and is sent back unchanged.
    """

    INVALID_ARGUMENT = "invalid_argument"
    NOT_SUPPORTED = "not_supported"
    NO_SUCH_CHECKPOINT = "no_such_checkpoint"
    NO_SUCH_INTERRUPT = "no_such_interrupt"
    NO_SUCH_NAMESPACE = "no_such_namespace"
    NO_SUCH_RUN = "no_such_run"
    NO_SUCH_SUBSCRIPTION = "no_such_subscription"
    PERMISSION_DENIED = "permission_denied"
    UNKNOWN_COMMAND = "unknown_command"
    UNKNOWN_ERROR = "unknown_error"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProtocolErrorCode | None":
        return unknown_member(cls, value)

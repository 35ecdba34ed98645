"""Every error this package raises, in one tree, with langgraph-sdk's class names.

The errors of a request are defined once, in the generated package
(``langgraph_api_client.errors``), so the generated endpoint functions and this client raise
the very same classes. The errors of the stream decoder, the thread stream and the encryption
types are defined beside the code that raises them and re-exported here (loaded on first
use)::

    LangGraphError
     ├── APIError                       an error of one request (also an httpx.HTTPError)
     │    ├── APIStatusError            a non-2xx answer (also an httpx.HTTPStatusError):
     │    │    │                        message, code, param, type, status_code, request_id,
     │    │    │                        body, body_excerpt, response
     │    │    ├── BadRequestError            400
     │    │    ├── AuthenticationError        401
     │    │    ├── PermissionDeniedError      403
     │    │    ├── NotFoundError              404
     │    │    ├── ConflictError              409
     │    │    ├── UnprocessableEntityError   422
     │    │    ├── RateLimitError             429
     │    │    ├── InternalServerError        5xx
     │    │    ├── UnexpectedStatus           any other status
     │    │    └── UnsupportedOperationError  404/405 from a server older than the operation
     │    │         └── UnsupportedOperationNotFoundError  its 404 (also a NotFoundError)
     │    ├── APIConnectionError        no usable answer: refused, reset, cut off (also an
     │    │    │                        httpx.TransportError, and the httpx class it came from)
     │    │    ├── APITimeoutError            (also an httpx.TimeoutException)
     │    │    └── StreamReconnectError       a cut stream could not be resumed
     │    ├── APIResponseDecodingError  a body that cannot be decoded (also httpx.DecodingError)
     │    └── APIResponseValidationError  an answer that is not what the API promises
     ├── FieldValueError                a result's attribute whose field is missing or odd
     │                                  (also ValueError): model, field, key, value, missing
     ├── RequestEncodingError           a body JSON cannot hold (also TypeError, ValueError)
     ├── RunFailedError                 runs.wait: the run ended in error
     ├── SuperstepsError                threads.create: the supersteps could not be applied
     ├── ToolCallError                  a thread stream's tool call ended in an error (also
     │                                  RuntimeError): tool_call_id, message
     ├── SSEDecodeError                 an event stream that cannot be decoded (also ValueError)
     │    ├── SSELineTooLongError
     │    └── SSEEventTooLargeError
     └── ThreadStreamError              a thread stream misused or stopped (also RuntimeError)
          ├── ProtocolCommandError      the server refused a command: code, message
          └── ProtocolRunError          the followed run failed
    DuplicateHandlerError               Encryption: a second handler of one kind (Exception)
    KeyPreservationError                Encryption: a JSON encryptor changed the keys (ValueError)

Every ``APIError`` has ``attempts``, how many times its request was sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from langgraph_api_client.errors import (
    APIConnectionError,
    APIError,
    APIResponseDecodingError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldValueError,
    InternalServerError,
    LangGraphError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestEncodingError,
    SuperstepsError,
    UnexpectedStatus,
    UnprocessableEntityError,
    UnsupportedOperationError,
    UnsupportedOperationNotFoundError,
    raise_for_status,
)

from ._lazy import load as _load

if TYPE_CHECKING:
    from ._projections import ProtocolRunError, ThreadStreamError, ToolCallError
    from .encryption._encryption import DuplicateHandlerError, KeyPreservationError
    from .protocol import ProtocolCommandError
    from .sse import SSEDecodeError, SSEEventTooLargeError, SSELineTooLongError

_ELSEWHERE = {
    "DuplicateHandlerError": ".encryption._encryption",
    "KeyPreservationError": ".encryption._encryption",
    "ProtocolCommandError": ".protocol",
    "ProtocolRunError": "._projections",
    "SSEDecodeError": ".sse",
    "SSEEventTooLargeError": ".sse",
    "SSELineTooLongError": ".sse",
    "ThreadStreamError": "._projections",
    "ToolCallError": "._projections",
}
"""The errors defined beside the code that raises them: loaded on first use (the thread
stream's module imports this one)."""

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseDecodingError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DuplicateHandlerError",
    "FieldValueError",
    "InternalServerError",
    "KeyPreservationError",
    "LangGraphError",
    "NotFoundError",
    "PermissionDeniedError",
    "ProtocolCommandError",
    "ProtocolRunError",
    "RateLimitError",
    "RequestEncodingError",
    "RunFailedError",
    "SSEDecodeError",
    "SSEEventTooLargeError",
    "SSELineTooLongError",
    "StreamReconnectError",
    "SuperstepsError",
    "ThreadStreamError",
    "ToolCallError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "UnsupportedOperationNotFoundError",
    "raise_for_status",
]


def __getattr__(name: str) -> Any:
    return _load(globals(), _ELSEWHERE, name)


class StreamReconnectError(APIConnectionError):
    """A stream was cut and could not be resumed: no ``Location`` to resume from, or every
    reconnect attempt failed (``attempts`` says how many were made)."""


class RunFailedError(LangGraphError):
    """``runs.wait`` finished with the run in error; ``error`` is what the server reported."""

    def __init__(self, error: dict[str, object]) -> None:
        self.error = error
        super().__init__(f"the run failed: {error.get('error')}: {error.get('message')}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_ELSEWHERE})

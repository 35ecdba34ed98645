"""The typed errors every call raises, with langgraph-sdk's class names.

They are defined once, in the generated package (``langgraph_api_client.errors``), so the
generated endpoint functions and this client raise the very same classes::

    LangGraphError
     └── APIError                       (also an httpx.HTTPStatusError, as in langgraph-sdk)
          ├── APIStatusError            a non-2xx answer: status_code, message, body, response
          │    ├── BadRequestError            400
          │    ├── AuthenticationError        401
          │    ├── PermissionDeniedError      403
          │    ├── NotFoundError              404
          │    ├── ConflictError              409
          │    ├── UnprocessableEntityError   422
          │    ├── RateLimitError             429
          │    ├── InternalServerError        5xx
          │    └── UnsupportedOperationError  404/405 from a server older than the operation
          │         └── UnsupportedOperationNotFoundError  its 404 (also a NotFoundError)
          ├── APIConnectionError        no usable answer: refused, reset, cut off
          │    ├── APITimeoutError
          │    └── StreamReconnectError  a cut stream could not be resumed
          └── APIResponseValidationError  an answer that is not what the API promises
     RequestEncodingError               a body JSON cannot hold (nothing was sent)
     RunFailedError                     runs.wait: the run ended in error
     SuperstepsError                    threads.create: the supersteps could not be applied
"""

from __future__ import annotations

from langgraph_api_client.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    LangGraphError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestEncodingError,
    UnprocessableEntityError,
    UnsupportedOperationError,
    UnsupportedOperationNotFoundError,
    raise_for_status,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "LangGraphError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestEncodingError",
    "RunFailedError",
    "StreamReconnectError",
    "SuperstepsError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "UnsupportedOperationNotFoundError",
    "raise_for_status",
]


class StreamReconnectError(APIConnectionError):
    """A stream was cut and could not be resumed: no ``Location`` to resume from, or every
    reconnect attempt failed (``attempts`` says how many were made)."""


class RunFailedError(LangGraphError):
    """``runs.wait`` finished with the run in error; ``error`` is what the server reported."""

    def __init__(self, error: dict[str, object]) -> None:
        self.error = error
        super().__init__(f"the run failed: {error.get('error')}: {error.get('message')}")


class SuperstepsError(LangGraphError):
    """``threads.create(supersteps=...)`` made the thread but could not apply its supersteps;
    the message is the server's."""

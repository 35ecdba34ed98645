"""Errors raised by the endpoint functions of this package.

The class names are those of langgraph-sdk's `errors` module, so `except` clauses written for
it keep working. Every status error carries the response, its status, the decoded body and the
server's `x-request-id`, and its message names the status and shows the start of the body.

    LangGraphError
    ├── APIError                        (also an httpx.HTTPStatusError)
    │   ├── APIStatusError              any non-2xx answer
    │   │   ├── BadRequestError             400
    │   │   ├── AuthenticationError         401
    │   │   ├── PermissionDeniedError       403
    │   │   ├── NotFoundError               404
    │   │   ├── ConflictError               409
    │   │   ├── UnprocessableEntityError    422
    │   │   ├── RateLimitError              429
    │   │   ├── InternalServerError         5xx
    │   │   ├── UnexpectedStatus            (kept for code written for openapi-python-client)
    │   │   └── UnsupportedOperationError   404/405: the server is older than the operation
    │   │       └── UnsupportedOperationNotFoundError  (also a NotFoundError) its 404
    │   ├── APIResponseValidationError  a 2xx answer that does not match the spec
    │   └── APIConnectionError          the request never got an answer
    │       └── APITimeoutError
    └── RequestEncodingError            a request body JSON cannot hold (also TypeError, ValueError)

`raise_for_status(response)` turns a non-2xx response into the matching status error,
`raise_for_event_stream(response)` also checks a stream's content type, and
`transport_errors()` turns httpx's transport errors into `APIConnectionError`/`APITimeoutError`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import httpx
import orjson

BODY_EXCERPT_CHARS = 500
"""How much of a response body an error message shows."""


class LangGraphError(Exception):
    """The base of every error this package raises on purpose."""


class APIError(httpx.HTTPStatusError, LangGraphError):
    """An error about one request to the API.

    Attributes:
        message: What went wrong, in a sentence.
        request: The request concerned.
        body: The decoded response body (JSON value or text), or None without a response.
    """

    message: str
    body: object | None

    def __init__(
        self,
        message: str,
        request: httpx.Request,
        *,
        response: httpx.Response | None = None,
        body: object | None = None,
    ) -> None:
        # httpx types `response` as required, but a connection error has none.
        httpx.HTTPStatusError.__init__(self, message, request=request, response=response)  # type: ignore[arg-type]
        self.message = message
        self.body = body


class APIStatusError(APIError):
    """The server answered with a non-2xx status.

    Attributes:
        response: The response (its body already read).
        status_code: Its HTTP status.
        request_id: The server's `x-request-id` header, if it sent one.
    """

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, response=response, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")


class BadRequestError(APIStatusError):
    """400: the server refused the request as malformed."""


class AuthenticationError(APIStatusError):
    """401: missing or invalid credentials (the `x-api-key` header)."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials do not allow this request."""


class NotFoundError(APIStatusError):
    """404: no such resource (thread, run, assistant, cron, item) or route."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state (for example a busy thread)."""


class UnprocessableEntityError(APIStatusError):
    """422: the body or a parameter failed the server's validation."""


class RateLimitError(APIStatusError):
    """429: too many requests; the response may carry `Retry-After`."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class UnexpectedStatus(APIStatusError):
    """A non-2xx status with no class of its own (for example 405 or 410)."""

    @property
    def content(self) -> bytes:
        """The raw response body, as openapi-python-client's error of this name offers it."""
        return self.response.content


class UnsupportedOperationError(APIStatusError):
    """The server answered 404 or 405 to an operation added in a later langgraph-api release.

    Raised (by the client, which reads the server's version from `GET /info` once) instead
    of the plain status error, whose class it keeps for a 404 (see
    `UnsupportedOperationNotFoundError`).

    Attributes:
        operation: The operation's id in the spec (e.g. `prune_threads`).
        server_version: The langgraph-api version the server reports.
        since: The first langgraph-api release that serves the operation.
    """

    operation: str
    server_version: str
    since: str

    def __init__(
        self, error: APIStatusError, *, operation: str, server_version: str, since: str
    ) -> None:
        request = error.response.request
        message = (
            f"{operation} ({request.method} {request.url.path}) needs langgraph-api {since} "
            f"or newer; the server runs {server_version} ({_describe(error.response)})"
        )
        super().__init__(message, response=error.response, body=error.body)
        self.operation = operation
        self.server_version = server_version
        self.since = since


class UnsupportedOperationNotFoundError(UnsupportedOperationError, NotFoundError):
    """`UnsupportedOperationError` for a 404: `except NotFoundError` still catches it."""


def unsupported_operation(
    error: APIStatusError, *, operation: str, server_version: str, since: str
) -> UnsupportedOperationError:
    """The typed error for `error`, a 404 or 405 from a server older than `since`."""
    cls = (
        UnsupportedOperationNotFoundError if error.status_code == 404 else UnsupportedOperationError
    )
    return cls(error, operation=operation, server_version=server_version, since=since)


class APIResponseValidationError(APIError):
    """A successful answer whose body does not match what the spec describes.

    Attributes:
        response: The response.
        status_code: Its HTTP status.
    """

    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: object | None, *, message: str) -> None:
        super().__init__(
            f"{message} ({_describe(response)})", response.request, response=response, body=body
        )
        self.response = response
        self.status_code = response.status_code


class APIConnectionError(APIError):
    """No answer: the connection failed or broke before a response arrived."""

    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """No answer within the timeout."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(message="Request timed out.", request=request)


class RequestEncodingError(LangGraphError, TypeError, ValueError):
    """A request body holds a value JSON cannot represent; nothing was sent."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def decode_body(response: httpx.Response) -> object | None:
    """The response body as JSON if it is JSON, else as text, else None (empty or unread)."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content:
        return None
    try:
        body: object = orjson.loads(content)
    except orjson.JSONDecodeError:
        return content.decode("utf-8", errors="replace")
    return body


def _server_message(body: object | None) -> str | None:
    if isinstance(body, dict):
        for key in ("detail", "message", "error"):
            value: Any = body.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, dict):
                nested = _server_message(value)
                if nested:
                    return nested
    return None


def _describe(response: httpx.Response) -> str:
    """`<status> <reason>` and the start of the body, for error messages."""
    head = f"{response.status_code} {response.reason_phrase}".rstrip()
    try:
        text = response.content.decode("utf-8", errors="replace").strip()
    except httpx.ResponseNotRead:
        text = ""
    if not text:
        return head
    if len(text) > BODY_EXCERPT_CHARS:
        text = text[:BODY_EXCERPT_CHARS] + "..."
    return f"{head}: {text}"


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for a non-2xx response whose body has been read."""
    body = decode_body(response)
    status = response.status_code
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else UnexpectedStatus)
    summary = _server_message(body) or response.reason_phrase or "HTTP error"
    return cls(f"{summary} ({_describe(response)})", response=response, body=body)


def raise_for_status(response: httpx.Response) -> None:
    """Raise the typed `APIStatusError` for a non-2xx response; do nothing for a 2xx one.

    The body must have been read (a streamed response: call `read()` / `aread()` first).
    """
    if not 200 <= response.status_code < 300:  # `response.is_success`, two calls fewer
        raise status_error(response)


def raise_for_event_stream(response: httpx.Response) -> None:
    """`raise_for_status`, then `APIResponseValidationError` unless the body is an event stream."""
    raise_for_status(response)
    content_type = response.headers.get("content-type", "")
    if content_type.split(";")[0].strip().lower() != "text/event-stream":
        raise APIResponseValidationError(
            response, None, message=f"expected a text/event-stream answer, got {content_type!r}"
        )


def _request_of(exc: httpx.TransportError) -> httpx.Request:
    try:
        return exc.request
    except RuntimeError:  # raised outside a request (httpx sets it while sending)
        return httpx.Request("GET", "http://unknown")


@contextlib.contextmanager
def transport_errors() -> Iterator[None]:
    """Within the block, an httpx timeout becomes `APITimeoutError` and any other transport
    failure (refused, reset, protocol error) `APIConnectionError`, the httpx error as the cause."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise APITimeoutError(_request_of(exc)) from exc
    except httpx.TransportError as exc:
        raise APIConnectionError(
            message=f"Connection error: {type(exc).__name__}: {exc}", request=_request_of(exc)
        ) from exc


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
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "UnsupportedOperationNotFoundError",
    "decode_body",
    "raise_for_event_stream",
    "raise_for_status",
    "status_error",
    "transport_errors",
    "unsupported_operation",
]

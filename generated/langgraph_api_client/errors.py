"""Errors raised by the endpoint functions of this package.

The class names are those of langgraph-sdk's `errors` module, so `except` clauses written for
it keep working, and so do those written for the httpx errors langgraph-sdk lets through:
every error about a request is an `httpx.HTTPError`, only a status error is an
`httpx.HTTPStatusError`, and an error raised for a failed connection or a timeout is also an
instance of the httpx class it came from (an `APIConnectionError` for an `httpx.ConnectError`
is an `httpx.ConnectError`, an `APITimeoutError` for an `httpx.ReadTimeout` an
`httpx.ReadTimeout`).

A status error's `message` (and `str()`) is what the server said, read from the JSON body as
langgraph-sdk reads it (`message`, `detail` or `error`, else `<status> <reason>`), with its
`code`, `param` and `type`; the status, the server's `x-request-id` and the start of the body
are attributes too, and a note on the error shows them in a traceback.

`LangGraphError` is the base of them all. `APIError` (an `httpx.HTTPError`) is an error of
one request: `APIStatusError` for a non-2xx answer (`BadRequestError` 400,
`AuthenticationError` 401, `PermissionDeniedError` 403, `NotFoundError` 404, `ConflictError`
409, `UnprocessableEntityError` 422, `RateLimitError` 429, `InternalServerError` 5xx,
`UnexpectedStatus` any other; `UnsupportedOperationError` for the 404 or 405 of an
operation the server is too old to have, a `NotFoundError` too for a 404), `APIResponseValidationError` for a 2xx answer that does not
match the spec, `APIResponseDecodingError` for a body that cannot be decoded, and
`APIConnectionError` (its subclass `APITimeoutError`) for no answer. `RequestEncodingError`
(also a `TypeError` and a `ValueError`) is a request body JSON cannot hold. The whole tree,
with the errors of the handwritten client, is drawn in `langgraph_client.errors`.

`raise_for_status(response)` turns a non-2xx response into the matching status error,
`raise_for_event_stream(response)` also checks a stream's content type,
and `transport_error(exc)` is the typed error for an httpx request error.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

import httpx
import orjson

BODY_EXCERPT_CHARS = 500
"""How much of a response body an error message shows."""


from .types import FieldValueError, LangGraphError  # defined there: models raise them without httpx


class APIError(httpx.HTTPError, LangGraphError):
    """An error about one request to the API.

    Attributes:
        message: What went wrong, in a sentence (for a status error: what the server said).
        request: The request concerned.
        body: The decoded response body (JSON value or text), or None without a response.
        code: The body's `"code"` when it is a JSON object holding a string there, else None.
        param: The body's `"param"`, likewise.
        type: The body's `"type"`, likewise.
        attempts: How many times the request was sent (1 unless it was retried).
    """

    message: str
    body: object | None
    code: str | None
    param: str | None
    type: str | None
    attempts: int = 1

    def __init__(
        self, message: str, request: httpx.Request | httpx.Response, *, body: object | None = None
    ) -> None:
        # A response stands for its request, as langgraph-sdk's signature allows.
        Exception.__init__(self, message)
        self.request = request.request if isinstance(request, httpx.Response) else request
        self.message = message
        self.body = body
        fields = body if isinstance(body, dict) else {}
        self.code, self.param, self.type = (
            value if isinstance(value := fields.get(key), str) else None
            for key in ("code", "param", "type")
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its class and attributes, not by calling `__init__` again; a class
        # made by `_alike` is named by the two it was made from.
        base, kind = getattr(type(self), "_alike_of", (type(self), None))
        return (_rebuild, (base, kind, self.args), self.__dict__)


class APIStatusError(APIError, httpx.HTTPStatusError):
    """The server answered with a non-2xx status.

    Attributes:
        response: The response (its body already read).
        status_code: Its HTTP status.
        request_id: The server's `x-request-id` header, if it sent one.
        body_excerpt: The start of the body as text (at most `BODY_EXCERPT_CHARS`).
    """

    response: httpx.Response
    status_code: int
    request_id: str | None
    body_excerpt: str

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")
        self.body_excerpt = _excerpt(response)
        self.add_note(_describe(response, self.body_excerpt, self.request_id))


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
            f"or newer; the server runs {server_version} "
            f"({_describe(error.response, error.body_excerpt, error.request_id)})"
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

    def __init__(
        self,
        response: httpx.Response,
        body: object | None,
        *,
        message: str = "the answer does not match what the API describes",
    ) -> None:
        summary = _describe(response, _excerpt(response), None)
        super().__init__(f"{message} ({summary})", response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIResponseDecodingError(APIError, httpx.DecodingError):
    """The body of an answer could not be decoded (a `Content-Encoding` it does not match)."""


class APIConnectionError(APIError, httpx.TransportError):
    """No answer: the connection failed or broke before a response arrived.

    Raised for an httpx error, it is also an instance of that error's class.

    Attributes:
        may_have_reached_server: False when no connection was made (nothing was sent), True
            when it broke once the request was on its way (the server may have acted on
            it), None when not known.
    """

    may_have_reached_server: bool | None = None

    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """No answer within the timeout."""

    def __init__(self, request: httpx.Request, *, message: str = "Request timed out.") -> None:
        super().__init__(message=message, request=request)


class RequestEncodingError(LangGraphError, TypeError, ValueError):
    """A request body holds a value JSON cannot represent; nothing was sent."""


class SuperstepsError(LangGraphError):
    """`threads.create(supersteps=...)` made the thread but could not apply its supersteps;
    the message is the server's."""


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
    """What the server said in an error body, read as langgraph-sdk reads it: the first
    non-empty string among `message`, `detail` and `error`, else among the `message` and
    `detail` of an `error` object; a body of one short line of plain text (as older servers
    send) is the message itself; None if there is none."""
    if isinstance(body, str):
        text = body.strip()
        if text and "\n" not in text and len(text) <= BODY_EXCERPT_CHARS and text[0] not in "<{[":
            return text
        return None
    if not isinstance(body, dict):
        return None
    for key in ("message", "detail", "error"):
        value: Any = body.get(key)
        if isinstance(value, str) and value:
            return value
    nested = body.get("error")
    if isinstance(nested, dict):
        return _server_message({"message": nested.get("message"), "detail": nested.get("detail")})
    return None


def _excerpt(response: httpx.Response) -> str:
    """The start of the body as text, for error messages and notes."""
    try:
        start = response.content[: BODY_EXCERPT_CHARS * 4 + 4]  # enough bytes for the characters
    except httpx.ResponseNotRead:
        return ""
    text = start.decode("utf-8", errors="replace").strip()
    cut = len(text) > BODY_EXCERPT_CHARS or len(start) < len(response.content)
    return text[:BODY_EXCERPT_CHARS] + "..." if cut else text


def _describe(response: httpx.Response, excerpt: str, request_id: str | None) -> str:
    """`<status> <reason>`, the request id and the start of the body, for notes and messages."""
    head = f"{response.status_code} {response.reason_phrase}".rstrip()
    if request_id:
        head = f"{head} (x-request-id {request_id})"
    return f"{head}: {excerpt}" if excerpt else head


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for a non-2xx response whose body has been read."""
    body = decode_body(response)
    status = response.status_code
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else UnexpectedStatus)
    message = _server_message(body) or f"{status} {response.reason_phrase or 'HTTP Error'}"
    return cls(message, response=response, body=body)


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
    if content_type.split(";", 1)[0].strip().lower() != "text/event-stream":
        raise APIResponseValidationError(
            response,
            None,
            message=(
                f"expected a text/event-stream answer, got {content_type or 'no content type'!r} "
                f"(status {response.status_code})"
            ),
        )


def _request_of(exc: httpx.RequestError) -> httpx.Request:
    try:
        return exc.request
    except RuntimeError:  # raised outside a request (httpx sets it while sending)
        return httpx.Request("GET", "http://unknown")


E = TypeVar("E", bound=APIError)

_ALIKE: dict[tuple[type[APIError], type[httpx.HTTPError]], type[APIError]] = {}


def _alike(base: type[E], kind: type[httpx.HTTPError]) -> type[E]:
    """`base`, also a subclass of the httpx error class `kind` (one class per pair, made once)."""
    if issubclass(base, kind):
        return base
    cls = _ALIKE.get((base, kind))
    if cls is None:
        namespace = {
            "__module__": base.__module__,
            "__qualname__": base.__qualname__,
            "_alike_of": (base, kind),
        }
        cls = _ALIKE.setdefault((base, kind), type(base.__name__, (base, kind), namespace))
    return cast("type[E]", cls)


def _rebuild(
    base: type[APIError], kind: type[httpx.HTTPError] | None, args: tuple[Any, ...]
) -> APIError:
    """An error unpickled: its class (made again by `_alike` if need be) with its args."""
    cls = base if kind is None else _alike(base, kind)
    error = cls.__new__(cls)
    error.args = args
    return error


def transport_error(
    exc: httpx.RequestError, request: httpx.Request | None = None, *, message: str | None = None
) -> APIError:
    """The typed error for an httpx request error, also an instance of `type(exc)`: a timeout
    is an `APITimeoutError`, a body that cannot be decoded an `APIResponseDecodingError`,
    anything else (refused, reset, protocol error, proxy) an `APIConnectionError`."""
    if isinstance(exc, APIError):  # already typed
        return exc
    request = request or _request_of(exc)
    what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return _alike(APITimeoutError, type(exc))(
            request, message=message or f"Request timed out ({what})."
        )
    if isinstance(exc, httpx.DecodingError):
        text = message or f"The answer could not be decoded ({what})."
        return APIResponseDecodingError(text, request)
    return _alike(APIConnectionError, type(exc))(
        message=message or f"Connection error ({what}).", request=request
    )


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
    "FieldValueError",
    "InternalServerError",
    "LangGraphError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestEncodingError",
    "SuperstepsError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "UnsupportedOperationNotFoundError",
    "decode_body",
    "raise_for_event_stream",
    "raise_for_status",
    "status_error",
    "transport_error",
    "unsupported_operation",
]

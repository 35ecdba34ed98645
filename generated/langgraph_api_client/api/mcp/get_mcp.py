"""Open an MCP event stream (not supported)

`GET /mcp`

The server offers no server-initiated stream; it always answers 405.
"""

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AsyncSender, SyncSender
from ...errors import APIResponseValidationError, decode_body, raise_for_status
from ...types import Response

OPERATION_ID = "get_mcp"
"""The operation's id in openapi.yaml."""
PATH = "/mcp"
"""The operation's path in openapi.yaml; `{name}` stands for the path parameter `name`."""
SINCE: str | None = None
"""The first langgraph-api release that serves the operation (`x-since`); None: every release
of the supported window. An older server's 404 or 405 becomes `UnsupportedOperationError`."""
RESUMABLE = False
"""Whether a cut answer is resumed (`x-resumable`): an event stream from where it stopped, a
long answer fetched again from its `Location`."""
RETRY_SAFE = True
"""Whether sending the request again does no harm, so that the client retries it after a
connection error or a 408, 429, 502, 503 or 504: GET, PUT and DELETE, and a POST that only
reads (`x-retry-safe`)."""


def get_kwargs() -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mcp",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if not response.content:
            return None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def build_response(response: httpx.Response) -> Response[None]:
    """`response` (read) with its parsed body; a non-2xx status raises its `errors` class."""
    parse_response(response)
    parsed = None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: SyncSender,
) -> Response[None]:
    """Open an MCP event stream (not supported)

     The server offers no server-initiated stream; it always answers 405.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[None]
    """

    return client.send_operation(get_kwargs(), build_response)


def sync(
    *,
    client: SyncSender,
) -> None:
    """Open an MCP event stream (not supported)

     The server offers no server-initiated stream; it always answers 405.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        None
    """

    return client.send_operation(get_kwargs(), parse_response)


async def asyncio_detailed(
    *,
    client: AsyncSender,
) -> Response[None]:
    """Open an MCP event stream (not supported)

     The server offers no server-initiated stream; it always answers 405.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[None]
    """

    return await client.asend_operation(get_kwargs(), build_response)


async def asyncio(
    *,
    client: AsyncSender,
) -> None:
    """Open an MCP event stream (not supported)

     The server offers no server-initiated stream; it always answers 405.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        None
    """

    return await client.asend_operation(get_kwargs(), parse_response)

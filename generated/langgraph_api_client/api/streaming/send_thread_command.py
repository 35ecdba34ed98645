"""Send a protocol command to a thread

`POST /threads/{thread_id}/commands`

Sends one protocol command (such as `run.start` or `input.respond`). Command failures answer 200
with a `ProtocolError`; only an unreadable envelope answers 400.
"""

from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import orjson

from ...client import AsyncSender, SyncSender
from ...errors import APIResponseValidationError, decode_body, raise_for_status
from ...models.protocol_command import ProtocolCommand
from ...models.protocol_error import ProtocolError
from ...models.protocol_success import ProtocolSuccess
from ...types import Response, encode_json, path_segment

OPERATION_ID = "send_thread_command"
"""The operation's id in openapi.yaml."""
PATH = "/threads/{thread_id}/commands"
"""The operation's path in openapi.yaml; `{name}` stands for the path parameter `name`."""
SINCE: str | None = "0.9.0"
"""The first langgraph-api release that serves the operation (`x-since`); None: every release
of the supported window. An older server's 404 or 405 becomes `UnsupportedOperationError`."""
RESUMABLE = False
"""Whether a cut answer is resumed (`x-resumable`): an event stream from where it stopped, a
long answer fetched again from its `Location`."""
RETRY_SAFE = False
"""Whether sending the request again does no harm, so that the client retries it after a
connection error or a 408, 429, 502, 503 or 504: GET, PUT and DELETE, and a POST that only
reads (`x-retry-safe`)."""


def get_kwargs(
    thread_id: UUID | str,
    *,
    body: ProtocolCommand,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/threads/{path_segment(thread_id, 'thread_id')}/commands",
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ProtocolError | ProtocolSuccess:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:

            def _parse_response_200(data: object) -> ProtocolError | ProtocolSuccess:
                try:
                    if not isinstance(data, dict) or not ProtocolSuccess.fits(data):
                        raise TypeError()
                    componentsschemas_protocol_response_type_0 = ProtocolSuccess.from_dict(data)

                    return componentsschemas_protocol_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"not a form this field takes: {type(data).__name__}")
                componentsschemas_protocol_response_type_1 = ProtocolError.from_dict(data)

                return componentsschemas_protocol_response_type_1

            response_200 = _parse_response_200(orjson.loads(response.content))

            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def build_response(response: httpx.Response) -> Response[ProtocolError | ProtocolSuccess]:
    """`response` (read) with its parsed body; a non-2xx status raises its `errors` class."""
    parsed = parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    thread_id: UUID | str,
    *,
    client: SyncSender,
    body: ProtocolCommand,
) -> Response[ProtocolError | ProtocolSuccess]:
    """Send a protocol command to a thread

     Sends one protocol command (such as `run.start` or `input.respond`). Command failures answer 200
    with a `ProtocolError`; only an unreadable envelope answers 400.

    Args:
        thread_id (UUID | str):
        body (ProtocolCommand): A command to a thread: `run.start`, `input.respond` or
            `agent.getTree` over HTTP.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.
        errors.UnsupportedOperationError: If the server runs a langgraph-api older than
            0.9.0, which added the operation.

    Returns:
        Response[ProtocolError | ProtocolSuccess]
    """

    return client.send_operation(
        get_kwargs(
            thread_id=thread_id,
            body=body,
        ),
        build_response,
    )


def sync(
    thread_id: UUID | str,
    *,
    client: SyncSender,
    body: ProtocolCommand,
) -> ProtocolError | ProtocolSuccess:
    """Send a protocol command to a thread

     Sends one protocol command (such as `run.start` or `input.respond`). Command failures answer 200
    with a `ProtocolError`; only an unreadable envelope answers 400.

    Args:
        thread_id (UUID | str):
        body (ProtocolCommand): A command to a thread: `run.start`, `input.respond` or
            `agent.getTree` over HTTP.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.
        errors.UnsupportedOperationError: If the server runs a langgraph-api older than
            0.9.0, which added the operation.

    Returns:
        ProtocolError | ProtocolSuccess
    """

    return client.send_operation(
        get_kwargs(
            thread_id=thread_id,
            body=body,
        ),
        parse_response,
    )


async def asyncio_detailed(
    thread_id: UUID | str,
    *,
    client: AsyncSender,
    body: ProtocolCommand,
) -> Response[ProtocolError | ProtocolSuccess]:
    """Send a protocol command to a thread

     Sends one protocol command (such as `run.start` or `input.respond`). Command failures answer 200
    with a `ProtocolError`; only an unreadable envelope answers 400.

    Args:
        thread_id (UUID | str):
        body (ProtocolCommand): A command to a thread: `run.start`, `input.respond` or
            `agent.getTree` over HTTP.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.
        errors.UnsupportedOperationError: If the server runs a langgraph-api older than
            0.9.0, which added the operation.

    Returns:
        Response[ProtocolError | ProtocolSuccess]
    """

    return await client.asend_operation(
        get_kwargs(
            thread_id=thread_id,
            body=body,
        ),
        build_response,
    )


async def asyncio(
    thread_id: UUID | str,
    *,
    client: AsyncSender,
    body: ProtocolCommand,
) -> ProtocolError | ProtocolSuccess:
    """Send a protocol command to a thread

     Sends one protocol command (such as `run.start` or `input.respond`). Command failures answer 200
    with a `ProtocolError`; only an unreadable envelope answers 400.

    Args:
        thread_id (UUID | str):
        body (ProtocolCommand): A command to a thread: `run.start`, `input.respond` or
            `agent.getTree` over HTTP.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.
        errors.UnsupportedOperationError: If the server runs a langgraph-api older than
            0.9.0, which added the operation.

    Returns:
        ProtocolError | ProtocolSuccess
    """

    return await client.asend_operation(
        get_kwargs(
            thread_id=thread_id,
            body=body,
        ),
        parse_response,
    )

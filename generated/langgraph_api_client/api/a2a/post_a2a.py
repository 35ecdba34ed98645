"""Call an assistant over A2A

`POST /a2a/{assistant_id}`

A2A JSON-RPC 2.0 endpoint. `message/send` and `tasks/get` answer JSON; `message/stream` answers
server-sent events, one JSON-RPC response per event. JSON-RPC errors are 200 answers with an
`error` member.
"""

import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import orjson

from ...client import AsyncSender, EventPart, SyncSender
from ...errors import APIResponseValidationError, decode_body, raise_for_status
from ...models.a2a_request import A2ARequest
from ...models.a2a_response import A2AResponse
from ...types import Response, encode_json, path_segment

OPERATION_ID = "post_a2a"
"""The operation's id in openapi.yaml."""
PATH = "/a2a/{assistant_id}"
"""The operation's path in openapi.yaml; `{name}` stands for the path parameter `name`."""
SINCE: str | None = None
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
    assistant_id: UUID | str,
    *,
    body: A2ARequest,
    accept: str,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}
    headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/a2a/{path_segment(assistant_id, 'assistant_id')}",
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> A2AResponse:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = A2AResponse.from_dict(orjson.loads(response.content))

            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def build_response(response: httpx.Response) -> Response[A2AResponse]:
    """`response` (read) with its parsed body; a non-2xx status raises its `errors` class."""
    parsed = parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    assistant_id: UUID | str,
    *,
    client: SyncSender,
    body: A2ARequest,
    accept: str,
) -> Response[A2AResponse]:
    """Call an assistant over A2A

     A2A JSON-RPC 2.0 endpoint. `message/send` and `tasks/get` answer JSON; `message/stream` answers
    server-sent events, one JSON-RPC response per event. JSON-RPC errors are 200 answers with an `error`
    member.

    Args:
        assistant_id (UUID | str):
        accept (str):
        body (A2ARequest): A JSON-RPC 2.0 request of the A2A protocol.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[A2AResponse]
    """

    return client.send_operation(
        get_kwargs(
            assistant_id=assistant_id,
            body=body,
            accept=accept,
        ),
        build_response,
    )


def sync(
    assistant_id: UUID | str,
    *,
    client: SyncSender,
    body: A2ARequest,
    accept: str,
) -> A2AResponse:
    """Call an assistant over A2A

     A2A JSON-RPC 2.0 endpoint. `message/send` and `tasks/get` answer JSON; `message/stream` answers
    server-sent events, one JSON-RPC response per event. JSON-RPC errors are 200 answers with an `error`
    member.

    Args:
        assistant_id (UUID | str):
        accept (str):
        body (A2ARequest): A JSON-RPC 2.0 request of the A2A protocol.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        A2AResponse
    """

    return client.send_operation(
        get_kwargs(
            assistant_id=assistant_id,
            body=body,
            accept=accept,
        ),
        parse_response,
    )


async def asyncio_detailed(
    assistant_id: UUID | str,
    *,
    client: AsyncSender,
    body: A2ARequest,
    accept: str,
) -> Response[A2AResponse]:
    """Call an assistant over A2A

     A2A JSON-RPC 2.0 endpoint. `message/send` and `tasks/get` answer JSON; `message/stream` answers
    server-sent events, one JSON-RPC response per event. JSON-RPC errors are 200 answers with an `error`
    member.

    Args:
        assistant_id (UUID | str):
        accept (str):
        body (A2ARequest): A JSON-RPC 2.0 request of the A2A protocol.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[A2AResponse]
    """

    return await client.asend_operation(
        get_kwargs(
            assistant_id=assistant_id,
            body=body,
            accept=accept,
        ),
        build_response,
    )


async def asyncio(
    assistant_id: UUID | str,
    *,
    client: AsyncSender,
    body: A2ARequest,
    accept: str,
) -> A2AResponse:
    """Call an assistant over A2A

     A2A JSON-RPC 2.0 endpoint. `message/send` and `tasks/get` answer JSON; `message/stream` answers
    server-sent events, one JSON-RPC response per event. JSON-RPC errors are 200 answers with an `error`
    member.

    Args:
        assistant_id (UUID | str):
        accept (str):
        body (A2ARequest): A JSON-RPC 2.0 request of the A2A protocol.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        A2AResponse
    """

    return await client.asend_operation(
        get_kwargs(
            assistant_id=assistant_id,
            body=body,
            accept=accept,
        ),
        parse_response,
    )


def stream(
    assistant_id: UUID | str,
    *,
    client: SyncSender,
    body: A2ARequest,
    accept: str,
) -> AbstractContextManager[Iterator[EventPart]]:
    """Open the event stream: within the `with` block, an iterator over its events as they
    arrive; leaving the block closes it.

    A non-2xx answer raises its `errors` class on entering, and one that is not
    text/event-stream `errors.APIResponseValidationError`. A cut stream cannot be resumed here: it raises
    `langgraph_client.errors.StreamReconnectError`. Otherwise a cut stream is resumed
    where it stopped (each event comes once, in order), up to the client's `max_reconnects`
    times in a row.
    """
    return client.stream_operation(
        get_kwargs(
            assistant_id=assistant_id,
            body=body,
            accept=accept,
        ),
        sys.modules[__name__],
        resumable=RESUMABLE,
    )


def astream(
    assistant_id: UUID | str,
    *,
    client: AsyncSender,
    body: A2ARequest,
    accept: str,
) -> AbstractAsyncContextManager[AsyncIterator[EventPart]]:
    """The async `stream`: `async with astream(...) as events`, then `async for event in events`."""
    return client.astream_operation(
        get_kwargs(
            assistant_id=assistant_id,
            body=body,
            accept=accept,
        ),
        sys.modules[__name__],
        resumable=RESUMABLE,
    )

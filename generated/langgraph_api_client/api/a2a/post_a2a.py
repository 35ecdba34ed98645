"""Call an assistant over A2A

`POST /a2a/{assistant_id}`

A2A JSON-RPC 2.0 endpoint. `message/send` and `tasks/get` answer JSON; `message/stream` answers
server-sent events, one JSON-RPC response per event. JSON-RPC errors are 200 answers with an
`error` member.
"""

import contextlib
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import orjson

from ...client import Client
from ...errors import (
    APIResponseValidationError,
    decode_body,
    raise_for_event_stream,
    raise_for_status,
    transport_errors,
)
from ...models.a2a_request import A2ARequest
from ...models.a2a_response import A2AResponse
from ...types import Response, encode_json, path_segment

OPERATION_ID = "post_a2a"
"""The operation's id in openapi.yaml."""
SINCE: str | None = None
"""The first langgraph-api release that serves the operation (`x-since`); None: every release
of the supported window. An older server's 404 or 405 becomes `UnsupportedOperationError`."""


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


def _build_response(response: httpx.Response) -> Response[A2AResponse]:
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
    client: Client,
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
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[A2AResponse]
    """

    kwargs = get_kwargs(
        assistant_id=assistant_id,
        body=body,
        accept=accept,
    )

    with transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(response)


def sync(
    assistant_id: UUID | str,
    *,
    client: Client,
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
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        A2AResponse
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    assistant_id: UUID | str,
    *,
    client: Client,
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
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[A2AResponse]
    """

    kwargs = get_kwargs(
        assistant_id=assistant_id,
        body=body,
        accept=accept,
    )

    with transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    assistant_id: UUID | str,
    *,
    client: Client,
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
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        A2AResponse
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed


@contextlib.contextmanager
def stream(
    assistant_id: UUID | str,
    *,
    client: Client,
    body: A2ARequest,
    accept: str,
) -> Iterator[httpx.Response]:
    """Send the request and yield the open event-stream response, its body not yet read.

    The status is checked first (a non-2xx answer raises its `errors` class) and so is the
    content type (`errors.APIResponseValidationError` unless text/event-stream). Read the body
    incrementally, e.g. with `response.iter_bytes()`; leaving the block closes the response.
    """
    http = client.get_httpx_client()
    with transport_errors():
        response = http.send(
            http.build_request(
                **get_kwargs(
                    assistant_id=assistant_id,
                    body=body,
                    accept=accept,
                )
            ),
            stream=True,
        )
    try:
        if not response.is_success:
            with transport_errors():
                response.read()
        raise_for_event_stream(response)
        yield response
    finally:
        response.close()


@contextlib.asynccontextmanager
async def astream(
    assistant_id: UUID | str,
    *,
    client: Client,
    body: A2ARequest,
    accept: str,
) -> AsyncIterator[httpx.Response]:
    """Send the request and yield the open event-stream response, its body not yet read.

    The async form of `stream`: read the body with `response.aiter_bytes()`.
    """
    http = client.get_async_httpx_client()
    with transport_errors():
        response = await http.send(
            http.build_request(
                **get_kwargs(
                    assistant_id=assistant_id,
                    body=body,
                    accept=accept,
                )
            ),
            stream=True,
        )
    try:
        if not response.is_success:
            with transport_errors():
                await response.aread()
        raise_for_event_stream(response)
        yield response
    finally:
        await response.aclose()

"""Create a stateless run and stream its output

`POST /runs/stream`

Starts a run on a new temporary thread and streams its output as server-sent events.
"""

import contextlib
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ...client import Client
from ...errors import (
    APIResponseValidationError,
    decode_body,
    raise_for_event_stream,
    raise_for_status,
    transport_errors,
)
from ...models.run_create_streaming_stateless import RunCreateStreamingStateless
from ...types import Response, encode_json

OPERATION_ID = "stream_run_stateless"
"""The operation's id in openapi.yaml."""
SINCE: str | None = None
"""The first langgraph-api release that serves the operation (`x-since`); None: every release
of the supported window. An older server's 404 or 405 becomes `UnsupportedOperationError`."""


def get_kwargs(
    *,
    body: RunCreateStreamingStateless,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/runs/stream",
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> str:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = response.text
            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def _build_response(response: httpx.Response) -> Response[str]:
    parsed = parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: Client,
    body: RunCreateStreamingStateless,
) -> Response[str]:
    """Create a stateless run and stream its output

     Starts a run on a new temporary thread and streams its output as server-sent events.

    Args:
        body (RunCreateStreamingStateless): Body of stream_run_stateless and wait_run_stateless.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[str]
    """

    kwargs = get_kwargs(
        body=body,
    )

    with transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(response)


def sync(
    *,
    client: Client,
    body: RunCreateStreamingStateless,
) -> str:
    """Create a stateless run and stream its output

     Starts a run on a new temporary thread and streams its output as server-sent events.

    Args:
        body (RunCreateStreamingStateless): Body of stream_run_stateless and wait_run_stateless.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: RunCreateStreamingStateless,
) -> Response[str]:
    """Create a stateless run and stream its output

     Starts a run on a new temporary thread and streams its output as server-sent events.

    Args:
        body (RunCreateStreamingStateless): Body of stream_run_stateless and wait_run_stateless.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[str]
    """

    kwargs = get_kwargs(
        body=body,
    )

    with transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: Client,
    body: RunCreateStreamingStateless,
) -> str:
    """Create a stateless run and stream its output

     Starts a run on a new temporary thread and streams its output as server-sent events.

    Args:
        body (RunCreateStreamingStateless): Body of stream_run_stateless and wait_run_stateless.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


@contextlib.contextmanager
def stream(
    *,
    client: Client,
    body: RunCreateStreamingStateless,
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
                    body=body,
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
    *,
    client: Client,
    body: RunCreateStreamingStateless,
) -> AsyncIterator[httpx.Response]:
    """Send the request and yield the open event-stream response, its body not yet read.

    The async form of `stream`: read the body with `response.aiter_bytes()`.
    """
    http = client.get_async_httpx_client()
    with transport_errors():
        response = await http.send(
            http.build_request(
                **get_kwargs(
                    body=body,
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

"""Create a stateless run and stream its output

`POST /runs/stream`

Starts a run on a new temporary thread and streams its output as server-sent events.
"""

import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AsyncSender, EventPart, SyncSender
from ...errors import APIResponseValidationError, decode_body, raise_for_status
from ...models.run_create_streaming_stateless import RunCreateStreamingStateless
from ...types import Response, encode_json

OPERATION_ID = "stream_run_stateless"
"""The operation's id in openapi.yaml."""
PATH = "/runs/stream"
"""The operation's path in openapi.yaml; `{name}` stands for the path parameter `name`."""
SINCE: str | None = None
"""The first langgraph-api release that serves the operation (`x-since`); None: every release
of the supported window. An older server's 404 or 405 becomes `UnsupportedOperationError`."""
RESUMABLE = False
"""Whether a cut answer is resumed (`x-resumable`): an event stream from where it stopped, a
long answer fetched again from its `Location`; here only when the
body's `stream_resumable` asks for it."""
RETRY_SAFE = False
"""Whether sending the request again does no harm, so that the client retries it after a
connection error or a 408, 429, 502, 503 or 504: GET, PUT and DELETE, and a POST that only
reads (`x-retry-safe`)."""
CONTENT_LOCATION = "/runs/{run_id}"
"""The path a 2xx answer's `Content-Location` header holds (`x-path` in openapi.yaml): the
new run's; `{name}` stands for its id `name`, read with the path's shape."""


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


def build_response(response: httpx.Response) -> Response[str]:
    """`response` (read) with its parsed body; a non-2xx status raises its `errors` class."""
    parsed = parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: SyncSender,
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
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[str]
    """

    return client.send_operation(
        get_kwargs(
            body=body,
        ),
        build_response,
    )


def sync(
    *,
    client: SyncSender,
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
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        str
    """

    return client.send_operation(
        get_kwargs(
            body=body,
        ),
        parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncSender,
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
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[str]
    """

    return await client.asend_operation(
        get_kwargs(
            body=body,
        ),
        build_response,
    )


async def asyncio(
    *,
    client: AsyncSender,
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
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        str
    """

    return await client.asend_operation(
        get_kwargs(
            body=body,
        ),
        parse_response,
    )


def stream(
    *,
    client: SyncSender,
    body: RunCreateStreamingStateless,
) -> AbstractContextManager[Iterator[EventPart]]:
    """Open the event stream: within the `with` block, an iterator over its events as they
    arrive; leaving the block closes it.

    A non-2xx answer raises its `errors` class on entering, and one that is not
    text/event-stream `errors.APIResponseValidationError`. When the body's `stream_resumable` is true, a
    cut stream is resumed
    where it stopped (each event comes once, in order), up to the client's `max_reconnects`
    times in a row.
    """
    return client.stream_operation(
        get_kwargs(
            body=body,
        ),
        sys.modules[__name__],
        resumable=body.stream_resumable is True,
    )


def astream(
    *,
    client: AsyncSender,
    body: RunCreateStreamingStateless,
) -> AbstractAsyncContextManager[AsyncIterator[EventPart]]:
    """The async `stream`: `async with astream(...) as events`, then `async for event in events`."""
    return client.astream_operation(
        get_kwargs(
            body=body,
        ),
        sys.modules[__name__],
        resumable=body.stream_resumable is True,
    )

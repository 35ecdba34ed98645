"""Join a run's stream

`GET /threads/{thread_id}/runs/{run_id}/stream`

Streams the run's output as server-sent events from now on, or, for a resumable run, from after
`Last-Event-ID`.
"""

import sys
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import orjson

from ...client import AsyncSender, EventPart, SyncSender
from ...errors import APIResponseValidationError, decode_body, raise_for_status
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "join_run_stream"
"""The operation's id in openapi.yaml."""
PATH = "/threads/{thread_id}/runs/{run_id}/stream"
"""The operation's path in openapi.yaml; `{name}` stands for the path parameter `name`."""
SINCE: str | None = None
"""The first langgraph-api release that serves the operation (`x-since`); None: every release
of the supported window. An older server's 404 or 405 becomes `UnsupportedOperationError`."""
RESUMABLE = True
"""Whether a cut answer is resumed (`x-resumable`): an event stream from where it stopped, a
long answer fetched again from its `Location`."""
RETRY_SAFE = True
"""Whether sending the request again does no harm, so that the client retries it after a
connection error or a 408, 429, 502, 503 or 504: GET, PUT and DELETE, and a POST that only
reads (`x-retry-safe`)."""
CONTENT_LOCATION = "/threads/{thread_id}/runs/{run_id}"
"""The path a 2xx answer's `Content-Location` header holds (`x-path` in openapi.yaml): the
new run's; `{name}` stands for its id `name`, read with the path's shape."""


def get_kwargs(
    thread_id: UUID | str,
    run_id: UUID | str,
    *,
    stream_mode: str | Sequence[str] | None | Unset = UNSET,
    cancel_on_disconnect: bool | None | Unset = False,
    last_event_id: str | None | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset) and last_event_id is not None:
        headers["Last-Event-ID"] = last_event_id

    params: dict[str, Any] = {}
    if not isinstance(stream_mode, Unset) and stream_mode is not None:
        params["stream_mode"] = (
            stream_mode
            if isinstance(stream_mode, str)
            else stream_mode[0]
            if len(stream_mode) == 1
            else orjson.dumps(list(stream_mode)).decode()
        )

    if not isinstance(cancel_on_disconnect, Unset) and cancel_on_disconnect is not None:
        params["cancel_on_disconnect"] = cancel_on_disconnect

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/threads/{path_segment(thread_id, 'thread_id')}/runs/{path_segment(run_id, 'run_id')}/stream",
    }
    if params:  # an empty `params` would make httpx parse the URL once more
        _kwargs["params"] = params

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
    thread_id: UUID | str,
    run_id: UUID | str,
    *,
    client: SyncSender,
    stream_mode: str | Sequence[str] | None | Unset = UNSET,
    cancel_on_disconnect: bool | None | Unset = False,
    last_event_id: str | None | Unset = UNSET,
) -> Response[str]:
    """Join a run's stream

     Streams the run's output as server-sent events from now on, or, for a resumable run, from after
    `Last-Event-ID`.

    Args:
        thread_id (UUID | str):
        run_id (UUID | str):
        stream_mode (str | Sequence[str] | None | Unset):
        cancel_on_disconnect (bool | None | Unset):  Default: False.
        last_event_id (str | None | Unset):

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
            thread_id=thread_id,
            run_id=run_id,
            stream_mode=stream_mode,
            cancel_on_disconnect=cancel_on_disconnect,
            last_event_id=last_event_id,
        ),
        build_response,
    )


def sync(
    thread_id: UUID | str,
    run_id: UUID | str,
    *,
    client: SyncSender,
    stream_mode: str | Sequence[str] | None | Unset = UNSET,
    cancel_on_disconnect: bool | None | Unset = False,
    last_event_id: str | None | Unset = UNSET,
) -> str:
    """Join a run's stream

     Streams the run's output as server-sent events from now on, or, for a resumable run, from after
    `Last-Event-ID`.

    Args:
        thread_id (UUID | str):
        run_id (UUID | str):
        stream_mode (str | Sequence[str] | None | Unset):
        cancel_on_disconnect (bool | None | Unset):  Default: False.
        last_event_id (str | None | Unset):

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
            thread_id=thread_id,
            run_id=run_id,
            stream_mode=stream_mode,
            cancel_on_disconnect=cancel_on_disconnect,
            last_event_id=last_event_id,
        ),
        parse_response,
    )


async def asyncio_detailed(
    thread_id: UUID | str,
    run_id: UUID | str,
    *,
    client: AsyncSender,
    stream_mode: str | Sequence[str] | None | Unset = UNSET,
    cancel_on_disconnect: bool | None | Unset = False,
    last_event_id: str | None | Unset = UNSET,
) -> Response[str]:
    """Join a run's stream

     Streams the run's output as server-sent events from now on, or, for a resumable run, from after
    `Last-Event-ID`.

    Args:
        thread_id (UUID | str):
        run_id (UUID | str):
        stream_mode (str | Sequence[str] | None | Unset):
        cancel_on_disconnect (bool | None | Unset):  Default: False.
        last_event_id (str | None | Unset):

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
            thread_id=thread_id,
            run_id=run_id,
            stream_mode=stream_mode,
            cancel_on_disconnect=cancel_on_disconnect,
            last_event_id=last_event_id,
        ),
        build_response,
    )


async def asyncio(
    thread_id: UUID | str,
    run_id: UUID | str,
    *,
    client: AsyncSender,
    stream_mode: str | Sequence[str] | None | Unset = UNSET,
    cancel_on_disconnect: bool | None | Unset = False,
    last_event_id: str | None | Unset = UNSET,
) -> str:
    """Join a run's stream

     Streams the run's output as server-sent events from now on, or, for a resumable run, from after
    `Last-Event-ID`.

    Args:
        thread_id (UUID | str):
        run_id (UUID | str):
        stream_mode (str | Sequence[str] | None | Unset):
        cancel_on_disconnect (bool | None | Unset):  Default: False.
        last_event_id (str | None | Unset):

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
            thread_id=thread_id,
            run_id=run_id,
            stream_mode=stream_mode,
            cancel_on_disconnect=cancel_on_disconnect,
            last_event_id=last_event_id,
        ),
        parse_response,
    )


def stream(
    thread_id: UUID | str,
    run_id: UUID | str,
    *,
    client: SyncSender,
    stream_mode: str | Sequence[str] | None | Unset = UNSET,
    cancel_on_disconnect: bool | None | Unset = False,
    last_event_id: str | None | Unset = UNSET,
) -> AbstractContextManager[Iterator[EventPart]]:
    """Open the event stream: within the `with` block, an iterator over its events as they
    arrive; leaving the block closes it.

    A non-2xx answer raises its `errors` class on entering, and one that is not
    text/event-stream `errors.APIResponseValidationError`. A cut stream is resumed
    where it stopped (each event comes once, in order), up to the client's `max_reconnects`
    times in a row.
    """
    return client.stream_operation(
        get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            stream_mode=stream_mode,
            cancel_on_disconnect=cancel_on_disconnect,
            last_event_id=last_event_id,
        ),
        sys.modules[__name__],
        resumable=RESUMABLE,
    )


def astream(
    thread_id: UUID | str,
    run_id: UUID | str,
    *,
    client: AsyncSender,
    stream_mode: str | Sequence[str] | None | Unset = UNSET,
    cancel_on_disconnect: bool | None | Unset = False,
    last_event_id: str | None | Unset = UNSET,
) -> AbstractAsyncContextManager[AsyncIterator[EventPart]]:
    """The async `stream`: `async with astream(...) as events`, then `async for event in events`."""
    return client.astream_operation(
        get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            stream_mode=stream_mode,
            cancel_on_disconnect=cancel_on_disconnect,
            last_event_id=last_event_id,
        ),
        sys.modules[__name__],
        resumable=RESUMABLE,
    )

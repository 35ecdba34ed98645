"""Get a thread's history

`GET /threads/{thread_id}/history`

Returns the thread's past states, newest first.
"""

from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import orjson

from ...client import AsyncSender, SyncSender
from ...errors import APIResponseValidationError, decode_body, raise_for_status
from ...models.thread_state import ThreadState
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "get_thread_history"
"""The operation's id in openapi.yaml."""
PATH = "/threads/{thread_id}/history"
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


def get_kwargs(
    thread_id: UUID | str,
    *,
    limit: int | None | Unset = 1,
    before: str | None | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""

    params: dict[str, Any] = {}
    if not isinstance(limit, Unset) and limit is not None:
        params["limit"] = limit

    if not isinstance(before, Unset) and before is not None:
        params["before"] = before

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/threads/{path_segment(thread_id, 'thread_id')}/history",
    }
    if params:  # an empty `params` would make httpx parse the URL once more
        _kwargs["params"] = params

    return _kwargs


def parse_response(response: httpx.Response) -> list[ThreadState]:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = []
            _response_200 = orjson.loads(response.content)
            for response_200_item_data in _response_200:
                response_200_item = ThreadState.from_dict(response_200_item_data)

                response_200.append(response_200_item)

            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def build_response(response: httpx.Response) -> Response[list[ThreadState]]:
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
    limit: int | None | Unset = 1,
    before: str | None | Unset = UNSET,
) -> Response[list[ThreadState]]:
    """Get a thread's history

     Returns the thread's past states, newest first.

    Args:
        thread_id (UUID | str):
        limit (int | None | Unset):  Default: 1.
        before (str | None | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[list[ThreadState]]
    """

    return client.send_operation(
        get_kwargs(
            thread_id=thread_id,
            limit=limit,
            before=before,
        ),
        build_response,
    )


def sync(
    thread_id: UUID | str,
    *,
    client: SyncSender,
    limit: int | None | Unset = 1,
    before: str | None | Unset = UNSET,
) -> list[ThreadState]:
    """Get a thread's history

     Returns the thread's past states, newest first.

    Args:
        thread_id (UUID | str):
        limit (int | None | Unset):  Default: 1.
        before (str | None | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        list[ThreadState]
    """

    return client.send_operation(
        get_kwargs(
            thread_id=thread_id,
            limit=limit,
            before=before,
        ),
        parse_response,
    )


async def asyncio_detailed(
    thread_id: UUID | str,
    *,
    client: AsyncSender,
    limit: int | None | Unset = 1,
    before: str | None | Unset = UNSET,
) -> Response[list[ThreadState]]:
    """Get a thread's history

     Returns the thread's past states, newest first.

    Args:
        thread_id (UUID | str):
        limit (int | None | Unset):  Default: 1.
        before (str | None | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[list[ThreadState]]
    """

    return await client.asend_operation(
        get_kwargs(
            thread_id=thread_id,
            limit=limit,
            before=before,
        ),
        build_response,
    )


async def asyncio(
    thread_id: UUID | str,
    *,
    client: AsyncSender,
    limit: int | None | Unset = 1,
    before: str | None | Unset = UNSET,
) -> list[ThreadState]:
    """Get a thread's history

     Returns the thread's past states, newest first.

    Args:
        thread_id (UUID | str):
        limit (int | None | Unset):  Default: 1.
        before (str | None | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        list[ThreadState]
    """

    return await client.asend_operation(
        get_kwargs(
            thread_id=thread_id,
            limit=limit,
            before=before,
        ),
        parse_response,
    )

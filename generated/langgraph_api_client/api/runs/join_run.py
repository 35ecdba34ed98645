"""Wait for a run to end

`GET /threads/{thread_id}/runs/{run_id}/join`

Waits for the run to end and answers with the thread's final values. Errors, including a run
that does not exist, come as an `__error__` object in a 200 answer.
"""

from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import orjson

from ...client import AsyncSender, SyncSender
from ...errors import APIResponseValidationError, decode_body, raise_for_status
from ...types import Response, Unset, path_segment

OPERATION_ID = "join_run"
"""The operation's id in openapi.yaml."""
PATH = "/threads/{thread_id}/runs/{run_id}/join"
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
    cancel_on_disconnect: bool | None | Unset = False,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""

    params: dict[str, Any] = {}
    if not isinstance(cancel_on_disconnect, Unset) and cancel_on_disconnect is not None:
        params["cancel_on_disconnect"] = cancel_on_disconnect

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/threads/{path_segment(thread_id, 'thread_id')}/runs/{path_segment(run_id, 'run_id')}/join",
    }
    if params:  # an empty `params` would make httpx parse the URL once more
        _kwargs["params"] = params

    return _kwargs


def parse_response(response: httpx.Response) -> Any:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = orjson.loads(response.content) if response.content else None
            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def build_response(response: httpx.Response) -> Response[Any]:
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
    cancel_on_disconnect: bool | None | Unset = False,
) -> Response[Any]:
    """Wait for a run to end

     Waits for the run to end and answers with the thread's final values. Errors, including a run that
    does not exist, come as an `__error__` object in a 200 answer.

    Args:
        thread_id (UUID | str):
        run_id (UUID | str):
        cancel_on_disconnect (bool | None | Unset):  Default: False.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[Any]
    """

    return client.send_operation(
        get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            cancel_on_disconnect=cancel_on_disconnect,
        ),
        build_response,
    )


def sync(
    thread_id: UUID | str,
    run_id: UUID | str,
    *,
    client: SyncSender,
    cancel_on_disconnect: bool | None | Unset = False,
) -> Any:
    """Wait for a run to end

     Waits for the run to end and answers with the thread's final values. Errors, including a run that
    does not exist, come as an `__error__` object in a 200 answer.

    Args:
        thread_id (UUID | str):
        run_id (UUID | str):
        cancel_on_disconnect (bool | None | Unset):  Default: False.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Any
    """

    return client.send_operation(
        get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            cancel_on_disconnect=cancel_on_disconnect,
        ),
        parse_response,
    )


async def asyncio_detailed(
    thread_id: UUID | str,
    run_id: UUID | str,
    *,
    client: AsyncSender,
    cancel_on_disconnect: bool | None | Unset = False,
) -> Response[Any]:
    """Wait for a run to end

     Waits for the run to end and answers with the thread's final values. Errors, including a run that
    does not exist, come as an `__error__` object in a 200 answer.

    Args:
        thread_id (UUID | str):
        run_id (UUID | str):
        cancel_on_disconnect (bool | None | Unset):  Default: False.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[Any]
    """

    return await client.asend_operation(
        get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            cancel_on_disconnect=cancel_on_disconnect,
        ),
        build_response,
    )


async def asyncio(
    thread_id: UUID | str,
    run_id: UUID | str,
    *,
    client: AsyncSender,
    cancel_on_disconnect: bool | None | Unset = False,
) -> Any:
    """Wait for a run to end

     Waits for the run to end and answers with the thread's final values. Errors, including a run that
    does not exist, come as an `__error__` object in a 200 answer.

    Args:
        thread_id (UUID | str):
        run_id (UUID | str):
        cancel_on_disconnect (bool | None | Unset):  Default: False.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Any
    """

    return await client.asend_operation(
        get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            cancel_on_disconnect=cancel_on_disconnect,
        ),
        parse_response,
    )

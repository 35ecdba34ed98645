"""Cancel a run

`POST /threads/{thread_id}/runs/{run_id}/cancel`

Cancels a pending or running run. With `wait=true` the answer comes when the run has stopped,
holding the thread's values; otherwise it is 202 with no body.
"""

from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import orjson

from ...client import AsyncSender, SyncSender
from ...errors import APIResponseValidationError, decode_body, raise_for_status
from ...models.cancel_action import CancelAction
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "cancel_run"
"""The operation's id in openapi.yaml."""
PATH = "/threads/{thread_id}/runs/{run_id}/cancel"
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
CONTENT_LOCATION = "/threads/{thread_id}/runs/{run_id}"
"""The path a 2xx answer's `Content-Location` header holds (`x-path` in openapi.yaml): the
new run's; `{name}` stands for its id `name`, read with the path's shape."""


def get_kwargs(
    thread_id: UUID | str,
    run_id: UUID | str,
    *,
    wait: bool | None | Unset = False,
    action: CancelAction | str | None | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""

    params: dict[str, Any] = {}
    if not isinstance(wait, Unset) and wait is not None:
        params["wait"] = wait

    if not isinstance(action, Unset) and action is not None:
        params["action"] = str(action)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/threads/{path_segment(thread_id, 'thread_id')}/runs/{path_segment(run_id, 'run_id')}/cancel",
    }
    if params:  # an empty `params` would make httpx parse the URL once more
        _kwargs["params"] = params

    return _kwargs


def parse_response(response: httpx.Response) -> Any | None:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = orjson.loads(response.content) if response.content else None
            return response_200

        if response.status_code == 202:
            return None

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def build_response(response: httpx.Response) -> Response[Any | None]:
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
    wait: bool | None | Unset = False,
    action: CancelAction | str | None | Unset = UNSET,
) -> Response[Any | None]:
    """Cancel a run

     Cancels a pending or running run. With `wait=true` the answer comes when the run has stopped,
    holding the thread's values; otherwise it is 202 with no body.

    Args:
        thread_id (UUID | str):
        run_id (UUID | str):
        wait (bool | None | Unset):  Default: False.
        action (CancelAction | str | None | Unset): `interrupt` stops the run and keeps its
            checkpoints; `rollback` also deletes the run and its checkpoints.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[Any | None]
    """

    return client.send_operation(
        get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            wait=wait,
            action=action,
        ),
        build_response,
    )


def sync(
    thread_id: UUID | str,
    run_id: UUID | str,
    *,
    client: SyncSender,
    wait: bool | None | Unset = False,
    action: CancelAction | str | None | Unset = UNSET,
) -> Any | None:
    """Cancel a run

     Cancels a pending or running run. With `wait=true` the answer comes when the run has stopped,
    holding the thread's values; otherwise it is 202 with no body.

    Args:
        thread_id (UUID | str):
        run_id (UUID | str):
        wait (bool | None | Unset):  Default: False.
        action (CancelAction | str | None | Unset): `interrupt` stops the run and keeps its
            checkpoints; `rollback` also deletes the run and its checkpoints.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Any | None
    """

    return client.send_operation(
        get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            wait=wait,
            action=action,
        ),
        parse_response,
    )


async def asyncio_detailed(
    thread_id: UUID | str,
    run_id: UUID | str,
    *,
    client: AsyncSender,
    wait: bool | None | Unset = False,
    action: CancelAction | str | None | Unset = UNSET,
) -> Response[Any | None]:
    """Cancel a run

     Cancels a pending or running run. With `wait=true` the answer comes when the run has stopped,
    holding the thread's values; otherwise it is 202 with no body.

    Args:
        thread_id (UUID | str):
        run_id (UUID | str):
        wait (bool | None | Unset):  Default: False.
        action (CancelAction | str | None | Unset): `interrupt` stops the run and keeps its
            checkpoints; `rollback` also deletes the run and its checkpoints.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[Any | None]
    """

    return await client.asend_operation(
        get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            wait=wait,
            action=action,
        ),
        build_response,
    )


async def asyncio(
    thread_id: UUID | str,
    run_id: UUID | str,
    *,
    client: AsyncSender,
    wait: bool | None | Unset = False,
    action: CancelAction | str | None | Unset = UNSET,
) -> Any | None:
    """Cancel a run

     Cancels a pending or running run. With `wait=true` the answer comes when the run has stopped,
    holding the thread's values; otherwise it is 202 with no body.

    Args:
        thread_id (UUID | str):
        run_id (UUID | str):
        wait (bool | None | Unset):  Default: False.
        action (CancelAction | str | None | Unset): `interrupt` stops the run and keeps its
            checkpoints; `rollback` also deletes the run and its checkpoints.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Any | None
    """

    return await client.asend_operation(
        get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            wait=wait,
            action=action,
        ),
        parse_response,
    )

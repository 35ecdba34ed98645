"""Cancel several runs

`POST /runs/cancel`

Cancels the given runs of one thread, or every run with a given status.
"""

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AsyncSender, SyncSender
from ...errors import APIResponseValidationError, decode_body, raise_for_status
from ...models.cancel_action import CancelAction
from ...models.runs_cancel import RunsCancel
from ...types import UNSET, Response, Unset, encode_json

OPERATION_ID = "cancel_runs"
"""The operation's id in openapi.yaml."""
PATH = "/runs/cancel"
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
    *,
    body: RunsCancel,
    action: CancelAction | str | None | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    if not isinstance(action, Unset) and action is not None:
        params["action"] = str(action)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/runs/cancel",
    }
    if params:  # an empty `params` would make httpx parse the URL once more
        _kwargs["params"] = params

    json_body = body.to_dict()
    _kwargs["content"] = encode_json(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            return None

        if response.status_code == 204:
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
    body: RunsCancel,
    action: CancelAction | str | None | Unset = UNSET,
) -> Response[None]:
    """Cancel several runs

     Cancels the given runs of one thread, or every run with a given status.

    Args:
        action (CancelAction | str | None | Unset): `interrupt` stops the run and keeps its
            checkpoints; `rollback` also deletes the run and its checkpoints.
        body (RunsCancel): Body of cancel_runs: either `status`, or `thread_id` with `run_ids`.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[None]
    """

    return client.send_operation(
        get_kwargs(
            body=body,
            action=action,
        ),
        build_response,
    )


def sync(
    *,
    client: SyncSender,
    body: RunsCancel,
    action: CancelAction | str | None | Unset = UNSET,
) -> None:
    """Cancel several runs

     Cancels the given runs of one thread, or every run with a given status.

    Args:
        action (CancelAction | str | None | Unset): `interrupt` stops the run and keeps its
            checkpoints; `rollback` also deletes the run and its checkpoints.
        body (RunsCancel): Body of cancel_runs: either `status`, or `thread_id` with `run_ids`.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        None
    """

    return client.send_operation(
        get_kwargs(
            body=body,
            action=action,
        ),
        parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncSender,
    body: RunsCancel,
    action: CancelAction | str | None | Unset = UNSET,
) -> Response[None]:
    """Cancel several runs

     Cancels the given runs of one thread, or every run with a given status.

    Args:
        action (CancelAction | str | None | Unset): `interrupt` stops the run and keeps its
            checkpoints; `rollback` also deletes the run and its checkpoints.
        body (RunsCancel): Body of cancel_runs: either `status`, or `thread_id` with `run_ids`.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[None]
    """

    return await client.asend_operation(
        get_kwargs(
            body=body,
            action=action,
        ),
        build_response,
    )


async def asyncio(
    *,
    client: AsyncSender,
    body: RunsCancel,
    action: CancelAction | str | None | Unset = UNSET,
) -> None:
    """Cancel several runs

     Cancels the given runs of one thread, or every run with a given status.

    Args:
        action (CancelAction | str | None | Unset): `interrupt` stops the run and keeps its
            checkpoints; `rollback` also deletes the run and its checkpoints.
        body (RunsCancel): Body of cancel_runs: either `status`, or `thread_id` with `run_ids`.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        None
    """

    return await client.asend_operation(
        get_kwargs(
            body=body,
            action=action,
        ),
        parse_response,
    )

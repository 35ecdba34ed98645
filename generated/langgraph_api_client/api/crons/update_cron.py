"""Update a cron

`PATCH /runs/crons/{cron_id}`

Changes the cron's schedule, payload or state; absent fields are kept.
"""

from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import orjson

from ...client import AsyncSender, SyncSender
from ...errors import APIResponseValidationError, decode_body, raise_for_status
from ...models.cron import Cron
from ...models.cron_patch import CronPatch
from ...types import Response, encode_json, path_segment

OPERATION_ID = "update_cron"
"""The operation's id in openapi.yaml."""
PATH = "/runs/crons/{cron_id}"
"""The operation's path in openapi.yaml; `{name}` stands for the path parameter `name`."""
SINCE: str | None = "0.7.21"
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
    cron_id: UUID | str,
    *,
    body: CronPatch,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/runs/crons/{path_segment(cron_id, 'cron_id')}",
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Cron:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = Cron.from_dict(orjson.loads(response.content))

            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def build_response(response: httpx.Response) -> Response[Cron]:
    """`response` (read) with its parsed body; a non-2xx status raises its `errors` class."""
    parsed = parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    cron_id: UUID | str,
    *,
    client: SyncSender,
    body: CronPatch,
) -> Response[Cron]:
    """Update a cron

     Changes the cron's schedule, payload or state; absent fields are kept.

    Args:
        cron_id (UUID | str):
        body (CronPatch): Body of update_cron; absent fields are kept.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.
        errors.UnsupportedOperationError: If the server runs a langgraph-api older than
            0.7.21, which added the operation.

    Returns:
        Response[Cron]
    """

    return client.send_operation(
        get_kwargs(
            cron_id=cron_id,
            body=body,
        ),
        build_response,
    )


def sync(
    cron_id: UUID | str,
    *,
    client: SyncSender,
    body: CronPatch,
) -> Cron:
    """Update a cron

     Changes the cron's schedule, payload or state; absent fields are kept.

    Args:
        cron_id (UUID | str):
        body (CronPatch): Body of update_cron; absent fields are kept.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.
        errors.UnsupportedOperationError: If the server runs a langgraph-api older than
            0.7.21, which added the operation.

    Returns:
        Cron
    """

    return client.send_operation(
        get_kwargs(
            cron_id=cron_id,
            body=body,
        ),
        parse_response,
    )


async def asyncio_detailed(
    cron_id: UUID | str,
    *,
    client: AsyncSender,
    body: CronPatch,
) -> Response[Cron]:
    """Update a cron

     Changes the cron's schedule, payload or state; absent fields are kept.

    Args:
        cron_id (UUID | str):
        body (CronPatch): Body of update_cron; absent fields are kept.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.
        errors.UnsupportedOperationError: If the server runs a langgraph-api older than
            0.7.21, which added the operation.

    Returns:
        Response[Cron]
    """

    return await client.asend_operation(
        get_kwargs(
            cron_id=cron_id,
            body=body,
        ),
        build_response,
    )


async def asyncio(
    cron_id: UUID | str,
    *,
    client: AsyncSender,
    body: CronPatch,
) -> Cron:
    """Update a cron

     Changes the cron's schedule, payload or state; absent fields are kept.

    Args:
        cron_id (UUID | str):
        body (CronPatch): Body of update_cron; absent fields are kept.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.
        errors.UnsupportedOperationError: If the server runs a langgraph-api older than
            0.7.21, which added the operation.

    Returns:
        Cron
    """

    return await client.asend_operation(
        get_kwargs(
            cron_id=cron_id,
            body=body,
        ),
        parse_response,
    )

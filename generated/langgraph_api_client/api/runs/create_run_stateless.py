"""Create a stateless background run

`POST /runs`

Starts a run on a new temporary thread and returns at once.
"""

from http import HTTPStatus
from typing import Any

import httpx
import orjson

from ...client import AsyncSender, SyncSender
from ...errors import APIResponseValidationError, decode_body, raise_for_status
from ...models.run import Run
from ...models.run_create_stateless import RunCreateStateless
from ...types import Response, encode_json

OPERATION_ID = "create_run_stateless"
"""The operation's id in openapi.yaml."""
PATH = "/runs"
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
CONTENT_LOCATION = "/runs/{run_id}"
"""The path a 2xx answer's `Content-Location` header holds (`x-path` in openapi.yaml): the
new run's; `{name}` stands for its id `name`, read with the path's shape."""


def get_kwargs(
    *,
    body: RunCreateStateless,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/runs",
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Run:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = Run.from_dict(orjson.loads(response.content))

            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def build_response(response: httpx.Response) -> Response[Run]:
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
    body: RunCreateStateless,
) -> Response[Run]:
    """Create a stateless background run

     Starts a run on a new temporary thread and returns at once.

    Args:
        body (RunCreateStateless): Body of create_run_stateless, and one item of create_run_batch.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[Run]
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
    body: RunCreateStateless,
) -> Run:
    """Create a stateless background run

     Starts a run on a new temporary thread and returns at once.

    Args:
        body (RunCreateStateless): Body of create_run_stateless, and one item of create_run_batch.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Run
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
    body: RunCreateStateless,
) -> Response[Run]:
    """Create a stateless background run

     Starts a run on a new temporary thread and returns at once.

    Args:
        body (RunCreateStateless): Body of create_run_stateless, and one item of create_run_batch.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[Run]
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
    body: RunCreateStateless,
) -> Run:
    """Create a stateless background run

     Starts a run on a new temporary thread and returns at once.

    Args:
        body (RunCreateStateless): Body of create_run_stateless, and one item of create_run_batch.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Run
    """

    return await client.asend_operation(
        get_kwargs(
            body=body,
        ),
        parse_response,
    )

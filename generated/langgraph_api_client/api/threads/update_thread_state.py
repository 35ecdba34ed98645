"""Update a thread's state

`POST /threads/{thread_id}/state`

Writes values into the thread's state as if a node had run, creating a new checkpoint.
"""

from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import orjson

from ...client import Client
from ...errors import APIResponseValidationError, decode_body, raise_for_status, transport_errors
from ...models.thread_state_update import ThreadStateUpdate
from ...models.thread_state_update_response import ThreadStateUpdateResponse
from ...types import Response, encode_json, path_segment

OPERATION_ID = "update_thread_state"
"""The operation's id in openapi.yaml."""
SINCE: str | None = None
"""The first langgraph-api release that serves the operation (`x-since`); None: every release
of the supported window. An older server's 404 or 405 becomes `UnsupportedOperationError`."""


def get_kwargs(
    thread_id: UUID | str,
    *,
    body: ThreadStateUpdate,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/threads/{path_segment(thread_id, 'thread_id')}/state",
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ThreadStateUpdateResponse:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = ThreadStateUpdateResponse.from_dict(orjson.loads(response.content))

            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def _build_response(response: httpx.Response) -> Response[ThreadStateUpdateResponse]:
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
    client: Client,
    body: ThreadStateUpdate,
) -> Response[ThreadStateUpdateResponse]:
    """Update a thread's state

     Writes values into the thread's state as if a node had run, creating a new checkpoint.

    Args:
        thread_id (UUID | str):
        body (ThreadStateUpdate): Body of update_thread_state.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[ThreadStateUpdateResponse]
    """

    kwargs = get_kwargs(
        thread_id=thread_id,
        body=body,
    )

    with transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(response)


def sync(
    thread_id: UUID | str,
    *,
    client: Client,
    body: ThreadStateUpdate,
) -> ThreadStateUpdateResponse:
    """Update a thread's state

     Writes values into the thread's state as if a node had run, creating a new checkpoint.

    Args:
        thread_id (UUID | str):
        body (ThreadStateUpdate): Body of update_thread_state.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        ThreadStateUpdateResponse
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID | str,
    *,
    client: Client,
    body: ThreadStateUpdate,
) -> Response[ThreadStateUpdateResponse]:
    """Update a thread's state

     Writes values into the thread's state as if a node had run, creating a new checkpoint.

    Args:
        thread_id (UUID | str):
        body (ThreadStateUpdate): Body of update_thread_state.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[ThreadStateUpdateResponse]
    """

    kwargs = get_kwargs(
        thread_id=thread_id,
        body=body,
    )

    with transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    thread_id: UUID | str,
    *,
    client: Client,
    body: ThreadStateUpdate,
) -> ThreadStateUpdateResponse:
    """Update a thread's state

     Writes values into the thread's state as if a node had run, creating a new checkpoint.

    Args:
        thread_id (UUID | str):
        body (ThreadStateUpdate): Body of update_thread_state.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        ThreadStateUpdateResponse
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed

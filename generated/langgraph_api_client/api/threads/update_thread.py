"""Update a thread

`PATCH /threads/{thread_id}`

Merges metadata into the thread's metadata and/or sets its TTL.
"""

from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import orjson

from ...client import Client
from ...errors import APIResponseValidationError, decode_body, raise_for_status, transport_errors
from ...models.thread import Thread
from ...models.thread_patch import ThreadPatch
from ...types import UNSET, Response, Unset, encode_json, path_segment

OPERATION_ID = "update_thread"
"""The operation's id in openapi.yaml."""
SINCE: str | None = None
"""The first langgraph-api release that serves the operation (`x-since`); None: every release
of the supported window. An older server's 404 or 405 becomes `UnsupportedOperationError`."""


def get_kwargs(
    thread_id: UUID | str,
    *,
    body: ThreadPatch,
    prefer: str | None | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset) and prefer is not None:
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/threads/{path_segment(thread_id, 'thread_id')}",
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> None | Thread:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = Thread.from_dict(orjson.loads(response.content))

            return response_200

        if response.status_code == 204:
            return None

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def _build_response(response: httpx.Response) -> Response[None | Thread]:
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
    body: ThreadPatch,
    prefer: str | None | Unset = UNSET,
) -> Response[None | Thread]:
    """Update a thread

     Merges metadata into the thread's metadata and/or sets its TTL.

    Args:
        thread_id (UUID | str):
        prefer (str | None | Unset):
        body (ThreadPatch): Body of update_thread.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[None | Thread]
    """

    kwargs = get_kwargs(
        thread_id=thread_id,
        body=body,
        prefer=prefer,
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
    body: ThreadPatch,
    prefer: str | None | Unset = UNSET,
) -> None | Thread:
    """Update a thread

     Merges metadata into the thread's metadata and/or sets its TTL.

    Args:
        thread_id (UUID | str):
        prefer (str | None | Unset):
        body (ThreadPatch): Body of update_thread.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        None | Thread
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID | str,
    *,
    client: Client,
    body: ThreadPatch,
    prefer: str | None | Unset = UNSET,
) -> Response[None | Thread]:
    """Update a thread

     Merges metadata into the thread's metadata and/or sets its TTL.

    Args:
        thread_id (UUID | str):
        prefer (str | None | Unset):
        body (ThreadPatch): Body of update_thread.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[None | Thread]
    """

    kwargs = get_kwargs(
        thread_id=thread_id,
        body=body,
        prefer=prefer,
    )

    with transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    thread_id: UUID | str,
    *,
    client: Client,
    body: ThreadPatch,
    prefer: str | None | Unset = UNSET,
) -> None | Thread:
    """Update a thread

     Merges metadata into the thread's metadata and/or sets its TTL.

    Args:
        thread_id (UUID | str):
        prefer (str | None | Unset):
        body (ThreadPatch): Body of update_thread.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        None | Thread
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed

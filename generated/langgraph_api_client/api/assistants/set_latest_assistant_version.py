"""Set an assistant's latest version

`POST /assistants/{assistant_id}/latest`

Makes an earlier version of the assistant the latest one.
"""

from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import orjson

from ...client import Client
from ...errors import APIResponseValidationError, decode_body, raise_for_status, transport_errors
from ...models.assistant import Assistant
from ...models.assistant_version_change import AssistantVersionChange
from ...types import Response, encode_json, path_segment

OPERATION_ID = "set_latest_assistant_version"
"""The operation's id in openapi.yaml."""
SINCE: str | None = None
"""The first langgraph-api release that serves the operation (`x-since`); None: every release
of the supported window. An older server's 404 or 405 becomes `UnsupportedOperationError`."""


def get_kwargs(
    assistant_id: UUID | str,
    *,
    body: AssistantVersionChange,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/assistants/{path_segment(assistant_id, 'assistant_id')}/latest",
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Assistant:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = Assistant.from_dict(orjson.loads(response.content))

            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def _build_response(response: httpx.Response) -> Response[Assistant]:
    parsed = parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    assistant_id: UUID | str,
    *,
    client: Client,
    body: AssistantVersionChange,
) -> Response[Assistant]:
    """Set an assistant's latest version

     Makes an earlier version of the assistant the latest one.

    Args:
        assistant_id (UUID | str):
        body (AssistantVersionChange): Body of set_latest_assistant_version.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[Assistant]
    """

    kwargs = get_kwargs(
        assistant_id=assistant_id,
        body=body,
    )

    with transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(response)


def sync(
    assistant_id: UUID | str,
    *,
    client: Client,
    body: AssistantVersionChange,
) -> Assistant:
    """Set an assistant's latest version

     Makes an earlier version of the assistant the latest one.

    Args:
        assistant_id (UUID | str):
        body (AssistantVersionChange): Body of set_latest_assistant_version.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Assistant
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    assistant_id: UUID | str,
    *,
    client: Client,
    body: AssistantVersionChange,
) -> Response[Assistant]:
    """Set an assistant's latest version

     Makes an earlier version of the assistant the latest one.

    Args:
        assistant_id (UUID | str):
        body (AssistantVersionChange): Body of set_latest_assistant_version.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[Assistant]
    """

    kwargs = get_kwargs(
        assistant_id=assistant_id,
        body=body,
    )

    with transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    assistant_id: UUID | str,
    *,
    client: Client,
    body: AssistantVersionChange,
) -> Assistant:
    """Set an assistant's latest version

     Makes an earlier version of the assistant the latest one.

    Args:
        assistant_id (UUID | str):
        body (AssistantVersionChange): Body of set_latest_assistant_version.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Assistant
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
            body=body,
        )
    ).parsed

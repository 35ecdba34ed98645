"""Create a stateless run and wait for its output

`POST /runs/wait`

Starts a run on a new temporary thread and answers with its final values; errors come as an
`__error__` object in a 200 answer.
"""

from http import HTTPStatus
from typing import Any

import httpx
import orjson

from ...client import Client
from ...errors import APIResponseValidationError, decode_body, raise_for_status, transport_errors
from ...models.run_create_streaming_stateless import RunCreateStreamingStateless
from ...types import Response, encode_json

OPERATION_ID = "wait_run_stateless"
"""The operation's id in openapi.yaml."""
SINCE: str | None = None
"""The first langgraph-api release that serves the operation (`x-since`); None: every release
of the supported window. An older server's 404 or 405 becomes `UnsupportedOperationError`."""


def get_kwargs(
    *,
    body: RunCreateStreamingStateless,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/runs/wait",
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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


def _build_response(response: httpx.Response) -> Response[Any]:
    parsed = parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: Client,
    body: RunCreateStreamingStateless,
) -> Response[Any]:
    """Create a stateless run and wait for its output

     Starts a run on a new temporary thread and answers with its final values; errors come as an
    `__error__` object in a 200 answer.

    Args:
        body (RunCreateStreamingStateless): Body of stream_run_stateless and wait_run_stateless.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[Any]
    """

    kwargs = get_kwargs(
        body=body,
    )

    with transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(response)


def sync(
    *,
    client: Client,
    body: RunCreateStreamingStateless,
) -> Any:
    """Create a stateless run and wait for its output

     Starts a run on a new temporary thread and answers with its final values; errors come as an
    `__error__` object in a 200 answer.

    Args:
        body (RunCreateStreamingStateless): Body of stream_run_stateless and wait_run_stateless.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: RunCreateStreamingStateless,
) -> Response[Any]:
    """Create a stateless run and wait for its output

     Starts a run on a new temporary thread and answers with its final values; errors come as an
    `__error__` object in a 200 answer.

    Args:
        body (RunCreateStreamingStateless): Body of stream_run_stateless and wait_run_stateless.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[Any]
    """

    kwargs = get_kwargs(
        body=body,
    )

    with transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: Client,
    body: RunCreateStreamingStateless,
) -> Any:
    """Create a stateless run and wait for its output

     Starts a run on a new temporary thread and answers with its final values; errors come as an
    `__error__` object in a 200 answer.

    Args:
        body (RunCreateStreamingStateless): Body of stream_run_stateless and wait_run_stateless.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

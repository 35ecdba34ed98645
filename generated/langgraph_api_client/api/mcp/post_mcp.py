"""MCP Post

`POST /mcp/`

Implemented according to the Streamable HTTP Transport specification.
Sends a JSON-RPC 2.0 message to the server.

- **Request**: Provide an object with `jsonrpc`, `id`, `method`, and optional `params`.
- **Response**: Returns a JSON-RPC response or acknowledgment.

**Notes:**
- Stateless: Sessions are not persisted across requests.
"""

from http import HTTPStatus
from typing import Any

import httpx
import orjson

from ...client import Client
from ...errors import APIResponseValidationError, decode_body, raise_for_status, transport_errors
from ...models.post_mcp_accept import PostMcpAccept
from ...models.post_mcp_body import PostMcpBody
from ...models.post_mcp_response_200 import PostMcpResponse200
from ...types import Response, encode_json


def get_kwargs(
    *,
    body: PostMcpBody,
    accept: PostMcpAccept,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}
    headers["Accept"] = str(accept)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mcp/",
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> None | PostMcpResponse200:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = PostMcpResponse200.from_dict(orjson.loads(response.content))

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


def _build_response(response: httpx.Response) -> Response[None | PostMcpResponse200]:
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
    body: PostMcpBody,
    accept: PostMcpAccept,
) -> Response[None | PostMcpResponse200]:
    """MCP Post

     Implemented according to the Streamable HTTP Transport specification.
    Sends a JSON-RPC 2.0 message to the server.

    - **Request**: Provide an object with `jsonrpc`, `id`, `method`, and optional `params`.
    - **Response**: Returns a JSON-RPC response or acknowledgment.

    **Notes:**
    - Stateless: Sessions are not persisted across requests.

    Args:
        accept (PostMcpAccept):
        body (PostMcpBody): A JSON-RPC 2.0 request, notification, or response object.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[None | PostMcpResponse200]
    """

    kwargs = get_kwargs(
        body=body,
        accept=accept,
    )

    with transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(response)


def sync(
    *,
    client: Client,
    body: PostMcpBody,
    accept: PostMcpAccept,
) -> None | PostMcpResponse200:
    """MCP Post

     Implemented according to the Streamable HTTP Transport specification.
    Sends a JSON-RPC 2.0 message to the server.

    - **Request**: Provide an object with `jsonrpc`, `id`, `method`, and optional `params`.
    - **Response**: Returns a JSON-RPC response or acknowledgment.

    **Notes:**
    - Stateless: Sessions are not persisted across requests.

    Args:
        accept (PostMcpAccept):
        body (PostMcpBody): A JSON-RPC 2.0 request, notification, or response object.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        None | PostMcpResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: PostMcpBody,
    accept: PostMcpAccept,
) -> Response[None | PostMcpResponse200]:
    """MCP Post

     Implemented according to the Streamable HTTP Transport specification.
    Sends a JSON-RPC 2.0 message to the server.

    - **Request**: Provide an object with `jsonrpc`, `id`, `method`, and optional `params`.
    - **Response**: Returns a JSON-RPC response or acknowledgment.

    **Notes:**
    - Stateless: Sessions are not persisted across requests.

    Args:
        accept (PostMcpAccept):
        body (PostMcpBody): A JSON-RPC 2.0 request, notification, or response object.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[None | PostMcpResponse200]
    """

    kwargs = get_kwargs(
        body=body,
        accept=accept,
    )

    with transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: Client,
    body: PostMcpBody,
    accept: PostMcpAccept,
) -> None | PostMcpResponse200:
    """MCP Post

     Implemented according to the Streamable HTTP Transport specification.
    Sends a JSON-RPC 2.0 message to the server.

    - **Request**: Provide an object with `jsonrpc`, `id`, `method`, and optional `params`.
    - **Response**: Returns a JSON-RPC response or acknowledgment.

    **Notes:**
    - Stateless: Sessions are not persisted across requests.

    Args:
        accept (PostMcpAccept):
        body (PostMcpBody): A JSON-RPC 2.0 request, notification, or response object.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        None | PostMcpResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

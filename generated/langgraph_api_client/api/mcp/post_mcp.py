"""Send an MCP message

`POST /mcp`

MCP streamable-HTTP endpoint, stateless: each JSON-RPC request is answered on its own.
`tools/list` lists the assistants as tools and `tools/call` runs one.
"""

from http import HTTPStatus
from typing import Any

import httpx
import orjson

from ...client import Client
from ...errors import APIResponseValidationError, decode_body, raise_for_status, transport_errors
from ...models.mcp_request import McpRequest
from ...models.mcp_response import McpResponse
from ...types import Response, encode_json

OPERATION_ID = "post_mcp"
"""The operation's id in openapi.yaml."""
SINCE: str | None = None
"""The first langgraph-api release that serves the operation (`x-since`); None: every release
of the supported window. An older server's 404 or 405 becomes `UnsupportedOperationError`."""


def get_kwargs(
    *,
    body: McpRequest,
    accept: str = "application/json, text/event-stream",
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}
    headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mcp",
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> McpResponse | None:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = McpResponse.from_dict(orjson.loads(response.content))

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


def _build_response(response: httpx.Response) -> Response[McpResponse | None]:
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
    body: McpRequest,
    accept: str = "application/json, text/event-stream",
) -> Response[McpResponse | None]:
    """Send an MCP message

     MCP streamable-HTTP endpoint, stateless: each JSON-RPC request is answered on its own. `tools/list`
    lists the assistants as tools and `tools/call` runs one.

    Args:
        accept (str):  Default: 'application/json, text/event-stream'.
        body (McpRequest): A JSON-RPC 2.0 request or notification of the MCP protocol.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[McpResponse | None]
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
    body: McpRequest,
    accept: str = "application/json, text/event-stream",
) -> McpResponse | None:
    """Send an MCP message

     MCP streamable-HTTP endpoint, stateless: each JSON-RPC request is answered on its own. `tools/list`
    lists the assistants as tools and `tools/call` runs one.

    Args:
        accept (str):  Default: 'application/json, text/event-stream'.
        body (McpRequest): A JSON-RPC 2.0 request or notification of the MCP protocol.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        McpResponse | None
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: McpRequest,
    accept: str = "application/json, text/event-stream",
) -> Response[McpResponse | None]:
    """Send an MCP message

     MCP streamable-HTTP endpoint, stateless: each JSON-RPC request is answered on its own. `tools/list`
    lists the assistants as tools and `tools/call` runs one.

    Args:
        accept (str):  Default: 'application/json, text/event-stream'.
        body (McpRequest): A JSON-RPC 2.0 request or notification of the MCP protocol.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[McpResponse | None]
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
    body: McpRequest,
    accept: str = "application/json, text/event-stream",
) -> McpResponse | None:
    """Send an MCP message

     MCP streamable-HTTP endpoint, stateless: each JSON-RPC request is answered on its own. `tools/list`
    lists the assistants as tools and `tools/call` runs one.

    Args:
        accept (str):  Default: 'application/json, text/event-stream'.
        body (McpRequest): A JSON-RPC 2.0 request or notification of the MCP protocol.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        McpResponse | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

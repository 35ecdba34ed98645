"""List namespaces with optional match conditions.

`POST /store/namespaces`
"""

from http import HTTPStatus
from typing import Any, cast

import httpx
import orjson

from ...client import Client
from ...errors import APIResponseValidationError, decode_body, raise_for_status, transport_errors
from ...models.store_list_namespaces_request import StoreListNamespacesRequest
from ...types import Response, encode_json


def get_kwargs(
    *,
    body: StoreListNamespacesRequest,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/store/namespaces",
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> list[list[str]]:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = []
            _response_200 = orjson.loads(response.content)
            for componentsschemas_list_namespace_response_item_data in _response_200:
                componentsschemas_list_namespace_response_item = cast(
                    list[str], componentsschemas_list_namespace_response_item_data
                )

                response_200.append(componentsschemas_list_namespace_response_item)

            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def _build_response(response: httpx.Response) -> Response[list[list[str]]]:
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
    body: StoreListNamespacesRequest,
) -> Response[list[list[str]]]:
    """List namespaces with optional match conditions.

    Args:
        body (StoreListNamespacesRequest):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[list[list[str]]]
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
    body: StoreListNamespacesRequest,
) -> list[list[str]]:
    """List namespaces with optional match conditions.

    Args:
        body (StoreListNamespacesRequest):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        list[list[str]]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: StoreListNamespacesRequest,
) -> Response[list[list[str]]]:
    """List namespaces with optional match conditions.

    Args:
        body (StoreListNamespacesRequest):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[list[list[str]]]
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
    body: StoreListNamespacesRequest,
) -> list[list[str]]:
    """List namespaces with optional match conditions.

    Args:
        body (StoreListNamespacesRequest):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        list[list[str]]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

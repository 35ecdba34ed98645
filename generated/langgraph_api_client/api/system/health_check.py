"""Health Check

`GET /ok`

Check the health status of the server. Optionally check database connectivity.
"""

from http import HTTPStatus
from typing import Any

import httpx
import orjson

from ...client import Client
from ...errors import APIResponseValidationError, decode_body, raise_for_status, transport_errors
from ...models.health_check_check_database import HealthCheckCheckDatabase
from ...models.health_check_health_response import HealthCheckHealthResponse
from ...types import UNSET, Response, Unset


def get_kwargs(
    *,
    check_db: HealthCheckCheckDatabase | Unset = HealthCheckCheckDatabase.VALUE_0,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""

    params: dict[str, Any] = {}

    json_check_db: int | Unset = UNSET
    if not isinstance(check_db, Unset):
        json_check_db = check_db.value

    params["check_db"] = json_check_db

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ok",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> HealthCheckHealthResponse:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = HealthCheckHealthResponse.from_dict(orjson.loads(response.content))

            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def _build_response(response: httpx.Response) -> Response[HealthCheckHealthResponse]:
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
    check_db: HealthCheckCheckDatabase | Unset = HealthCheckCheckDatabase.VALUE_0,
) -> Response[HealthCheckHealthResponse]:
    """Health Check

     Check the health status of the server. Optionally check database connectivity.

    Args:
        check_db (HealthCheckCheckDatabase | Unset): Whether to check database connectivity
            (0=false, 1=true) Default: HealthCheckCheckDatabase.VALUE_0.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[HealthCheckHealthResponse]
    """

    kwargs = get_kwargs(
        check_db=check_db,
    )

    with transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(response)


def sync(
    *,
    client: Client,
    check_db: HealthCheckCheckDatabase | Unset = HealthCheckCheckDatabase.VALUE_0,
) -> HealthCheckHealthResponse:
    """Health Check

     Check the health status of the server. Optionally check database connectivity.

    Args:
        check_db (HealthCheckCheckDatabase | Unset): Whether to check database connectivity
            (0=false, 1=true) Default: HealthCheckCheckDatabase.VALUE_0.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        HealthCheckHealthResponse
    """

    return sync_detailed(
        client=client,
        check_db=check_db,
    ).parsed


async def asyncio_detailed(
    *,
    client: Client,
    check_db: HealthCheckCheckDatabase | Unset = HealthCheckCheckDatabase.VALUE_0,
) -> Response[HealthCheckHealthResponse]:
    """Health Check

     Check the health status of the server. Optionally check database connectivity.

    Args:
        check_db (HealthCheckCheckDatabase | Unset): Whether to check database connectivity
            (0=false, 1=true) Default: HealthCheckCheckDatabase.VALUE_0.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[HealthCheckHealthResponse]
    """

    kwargs = get_kwargs(
        check_db=check_db,
    )

    with transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: Client,
    check_db: HealthCheckCheckDatabase | Unset = HealthCheckCheckDatabase.VALUE_0,
) -> HealthCheckHealthResponse:
    """Health Check

     Check the health status of the server. Optionally check database connectivity.

    Args:
        check_db (HealthCheckCheckDatabase | Unset): Whether to check database connectivity
            (0=false, 1=true) Default: HealthCheckCheckDatabase.VALUE_0.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        HealthCheckHealthResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            check_db=check_db,
        )
    ).parsed

"""Health check

`GET /ok`

Answers when the server is up; with `check_db=1` it also checks its database.
"""

from http import HTTPStatus
from typing import Any

import httpx
import orjson

from ...client import Client
from ...errors import APIResponseValidationError, decode_body, raise_for_status, transport_errors
from ...models.health_response import HealthResponse
from ...types import Response, Unset

OPERATION_ID = "health_check"
"""The operation's id in openapi.yaml."""
SINCE: str | None = None
"""The first langgraph-api release that serves the operation (`x-since`); None: every release
of the supported window. An older server's 404 or 405 becomes `UnsupportedOperationError`."""


def get_kwargs(
    *,
    check_db: int | None | Unset = 0,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""

    params: dict[str, Any] = {}
    if not isinstance(check_db, Unset) and check_db is not None:
        params["check_db"] = check_db

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ok",
    }
    if params:  # an empty `params` would make httpx parse the URL once more
        _kwargs["params"] = params

    return _kwargs


def parse_response(response: httpx.Response) -> HealthResponse:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = HealthResponse.from_dict(orjson.loads(response.content))

            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def _build_response(response: httpx.Response) -> Response[HealthResponse]:
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
    check_db: int | None | Unset = 0,
) -> Response[HealthResponse]:
    """Health check

     Answers when the server is up; with `check_db=1` it also checks its database.

    Args:
        check_db (int | None | Unset):  Default: 0.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[HealthResponse]
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
    check_db: int | None | Unset = 0,
) -> HealthResponse:
    """Health check

     Answers when the server is up; with `check_db=1` it also checks its database.

    Args:
        check_db (int | None | Unset):  Default: 0.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        HealthResponse
    """

    return sync_detailed(
        client=client,
        check_db=check_db,
    ).parsed


async def asyncio_detailed(
    *,
    client: Client,
    check_db: int | None | Unset = 0,
) -> Response[HealthResponse]:
    """Health check

     Answers when the server is up; with `check_db=1` it also checks its database.

    Args:
        check_db (int | None | Unset):  Default: 0.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[HealthResponse]
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
    check_db: int | None | Unset = 0,
) -> HealthResponse:
    """Health check

     Answers when the server is up; with `check_db=1` it also checks its database.

    Args:
        check_db (int | None | Unset):  Default: 0.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        HealthResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            check_db=check_db,
        )
    ).parsed

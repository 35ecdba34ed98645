"""List Runs

`GET /threads/{thread_id}/runs`

List runs for a thread.
"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
import orjson

from ...client import Client
from ...errors import APIResponseValidationError, decode_body, raise_for_status, transport_errors
from ...models.list_runs_select_item import ListRunsSelectItem
from ...models.list_runs_status import ListRunsStatus
from ...models.run import Run
from ...types import UNSET, Response, Unset


def get_kwargs(
    thread_id: UUID,
    *,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    status: ListRunsStatus | Unset = UNSET,
    select: list[ListRunsSelectItem] | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_select: list[str] | Unset = UNSET
    if not isinstance(select, Unset):
        json_select = []
        for select_item_data in select:
            select_item = select_item_data.value
            json_select.append(select_item)

    params["select"] = json_select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/runs".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> list[Run]:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = []
            _response_200 = orjson.loads(response.content)
            for response_200_item_data in _response_200:
                response_200_item = Run.from_dict(response_200_item_data)

                response_200.append(response_200_item)

            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def _build_response(response: httpx.Response) -> Response[list[Run]]:
    parsed = parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    thread_id: UUID,
    *,
    client: Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    status: ListRunsStatus | Unset = UNSET,
    select: list[ListRunsSelectItem] | Unset = UNSET,
) -> Response[list[Run]]:
    """List Runs

     List runs for a thread.

    Args:
        thread_id (UUID): The ID of the thread.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        status (ListRunsStatus | Unset):
        select (list[ListRunsSelectItem] | Unset): Specify which fields to return. If not
            provided, all fields are returned.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[list[Run]]
    """

    kwargs = get_kwargs(
        thread_id=thread_id,
        limit=limit,
        offset=offset,
        status=status,
        select=select,
    )

    with transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(response)


def sync(
    thread_id: UUID,
    *,
    client: Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    status: ListRunsStatus | Unset = UNSET,
    select: list[ListRunsSelectItem] | Unset = UNSET,
) -> list[Run]:
    """List Runs

     List runs for a thread.

    Args:
        thread_id (UUID): The ID of the thread.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        status (ListRunsStatus | Unset):
        select (list[ListRunsSelectItem] | Unset): Specify which fields to return. If not
            provided, all fields are returned.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        list[Run]
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        limit=limit,
        offset=offset,
        status=status,
        select=select,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    *,
    client: Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    status: ListRunsStatus | Unset = UNSET,
    select: list[ListRunsSelectItem] | Unset = UNSET,
) -> Response[list[Run]]:
    """List Runs

     List runs for a thread.

    Args:
        thread_id (UUID): The ID of the thread.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        status (ListRunsStatus | Unset):
        select (list[ListRunsSelectItem] | Unset): Specify which fields to return. If not
            provided, all fields are returned.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[list[Run]]
    """

    kwargs = get_kwargs(
        thread_id=thread_id,
        limit=limit,
        offset=offset,
        status=status,
        select=select,
    )

    with transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    thread_id: UUID,
    *,
    client: Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    status: ListRunsStatus | Unset = UNSET,
    select: list[ListRunsSelectItem] | Unset = UNSET,
) -> list[Run]:
    """List Runs

     List runs for a thread.

    Args:
        thread_id (UUID): The ID of the thread.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        status (ListRunsStatus | Unset):
        select (list[ListRunsSelectItem] | Unset): Specify which fields to return. If not
            provided, all fields are returned.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        list[Run]
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            limit=limit,
            offset=offset,
            status=status,
            select=select,
        )
    ).parsed

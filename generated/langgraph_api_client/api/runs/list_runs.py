"""List a thread's runs

`GET /threads/{thread_id}/runs`

Lists the runs of a thread, newest first.
"""

from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import orjson

from ...client import AsyncSender, SyncSender
from ...errors import APIResponseValidationError, decode_body, raise_for_status
from ...models.run import Run
from ...models.run_select_field import RunSelectField
from ...models.run_selection import RunSelection
from ...models.run_status import RunStatus
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "list_runs"
"""The operation's id in openapi.yaml."""
PATH = "/threads/{thread_id}/runs"
"""The operation's path in openapi.yaml; `{name}` stands for the path parameter `name`."""
SINCE: str | None = None
"""The first langgraph-api release that serves the operation (`x-since`); None: every release
of the supported window. An older server's 404 or 405 becomes `UnsupportedOperationError`."""
RESUMABLE = False
"""Whether a cut answer is resumed (`x-resumable`): an event stream from where it stopped, a
long answer fetched again from its `Location`."""
RETRY_SAFE = True
"""Whether sending the request again does no harm, so that the client retries it after a
connection error or a 408, 429, 502, 503 or 504: GET, PUT and DELETE, and a POST that only
reads (`x-retry-safe`)."""


def get_kwargs(
    thread_id: UUID | str,
    *,
    limit: int | None | Unset = 10,
    offset: int | None | Unset = 0,
    status: RunStatus | str | None | Unset = UNSET,
    select: list[RunSelectField | str] | None | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""

    params: dict[str, Any] = {}
    if not isinstance(limit, Unset) and limit is not None:
        params["limit"] = limit

    if not isinstance(offset, Unset) and offset is not None:
        params["offset"] = offset

    if not isinstance(status, Unset) and status is not None:
        params["status"] = str(status)

    if not isinstance(select, Unset) and select is not None:
        params["select"] = [str(item) for item in select]

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/threads/{path_segment(thread_id, 'thread_id')}/runs",
    }
    if params:  # an empty `params` would make httpx parse the URL once more
        _kwargs["params"] = params

    return _kwargs


def parse_response(response: httpx.Response) -> list[Run | RunSelection]:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = []
            _response_200 = orjson.loads(response.content)
            for response_200_item_data in _response_200:

                def _parse_response_200_item(data: object) -> Run | RunSelection:
                    try:
                        if not isinstance(data, dict) or not Run.fits(data):
                            raise TypeError()
                        response_200_item_type_0 = Run.from_dict(data)

                        return response_200_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"not a form this field takes: {type(data).__name__}")
                    response_200_item_type_1 = RunSelection.from_dict(data)

                    return response_200_item_type_1

                response_200_item = _parse_response_200_item(response_200_item_data)

                response_200.append(response_200_item)

            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def build_response(response: httpx.Response) -> Response[list[Run | RunSelection]]:
    """`response` (read) with its parsed body; a non-2xx status raises its `errors` class."""
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
    client: SyncSender,
    limit: int | None | Unset = 10,
    offset: int | None | Unset = 0,
    status: RunStatus | str | None | Unset = UNSET,
    select: list[RunSelectField | str] | None | Unset = UNSET,
) -> Response[list[Run | RunSelection]]:
    """List a thread's runs

     Lists the runs of a thread, newest first.

    Args:
        thread_id (UUID | str):
        limit (int | None | Unset):  Default: 10.
        offset (int | None | Unset):  Default: 0.
        status (RunStatus | str | None | Unset): The status of a run.
        select (list[RunSelectField | str] | None | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[list[Run | RunSelection]]
    """

    return client.send_operation(
        get_kwargs(
            thread_id=thread_id,
            limit=limit,
            offset=offset,
            status=status,
            select=select,
        ),
        build_response,
    )


def sync(
    thread_id: UUID | str,
    *,
    client: SyncSender,
    limit: int | None | Unset = 10,
    offset: int | None | Unset = 0,
    status: RunStatus | str | None | Unset = UNSET,
    select: list[RunSelectField | str] | None | Unset = UNSET,
) -> list[Run | RunSelection]:
    """List a thread's runs

     Lists the runs of a thread, newest first.

    Args:
        thread_id (UUID | str):
        limit (int | None | Unset):  Default: 10.
        offset (int | None | Unset):  Default: 0.
        status (RunStatus | str | None | Unset): The status of a run.
        select (list[RunSelectField | str] | None | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        list[Run | RunSelection]
    """

    return client.send_operation(
        get_kwargs(
            thread_id=thread_id,
            limit=limit,
            offset=offset,
            status=status,
            select=select,
        ),
        parse_response,
    )


async def asyncio_detailed(
    thread_id: UUID | str,
    *,
    client: AsyncSender,
    limit: int | None | Unset = 10,
    offset: int | None | Unset = 0,
    status: RunStatus | str | None | Unset = UNSET,
    select: list[RunSelectField | str] | None | Unset = UNSET,
) -> Response[list[Run | RunSelection]]:
    """List a thread's runs

     Lists the runs of a thread, newest first.

    Args:
        thread_id (UUID | str):
        limit (int | None | Unset):  Default: 10.
        offset (int | None | Unset):  Default: 0.
        status (RunStatus | str | None | Unset): The status of a run.
        select (list[RunSelectField | str] | None | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[list[Run | RunSelection]]
    """

    return await client.asend_operation(
        get_kwargs(
            thread_id=thread_id,
            limit=limit,
            offset=offset,
            status=status,
            select=select,
        ),
        build_response,
    )


async def asyncio(
    thread_id: UUID | str,
    *,
    client: AsyncSender,
    limit: int | None | Unset = 10,
    offset: int | None | Unset = 0,
    status: RunStatus | str | None | Unset = UNSET,
    select: list[RunSelectField | str] | None | Unset = UNSET,
) -> list[Run | RunSelection]:
    """List a thread's runs

     Lists the runs of a thread, newest first.

    Args:
        thread_id (UUID | str):
        limit (int | None | Unset):  Default: 10.
        offset (int | None | Unset):  Default: 0.
        status (RunStatus | str | None | Unset): The status of a run.
        select (list[RunSelectField | str] | None | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        list[Run | RunSelection]
    """

    return await client.asend_operation(
        get_kwargs(
            thread_id=thread_id,
            limit=limit,
            offset=offset,
            status=status,
            select=select,
        ),
        parse_response,
    )

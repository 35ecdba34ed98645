"""Search assistants

`POST /assistants/search`

Lists assistants matching the filters, paginated and sorted. With `select`, each item holds only
the selected fields.
"""

from http import HTTPStatus
from typing import Any

import httpx
import orjson

from ...client import AsyncSender, SyncSender
from ...errors import APIResponseValidationError, decode_body, raise_for_status
from ...models.assistant import Assistant
from ...models.assistant_search_request import AssistantSearchRequest
from ...models.assistant_selection import AssistantSelection
from ...types import Response, encode_json

OPERATION_ID = "search_assistants"
"""The operation's id in openapi.yaml."""
PATH = "/assistants/search"
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
PAGINATION_NEXT = "x-pagination-next"
"""The answer's header holding the offset of the next page while more items follow
(`x-pagination`); a server that sends none is read until a page comes back short."""
PAGINATION_TOTAL = "x-pagination-total"
"""The answer's header holding how many items match: alone, it marks the last page."""


def get_kwargs(
    *,
    body: AssistantSearchRequest,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assistants/search",
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> list[Assistant | AssistantSelection]:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:
            response_200 = []
            _response_200 = orjson.loads(response.content)
            for response_200_item_data in _response_200:

                def _parse_response_200_item(data: object) -> Assistant | AssistantSelection:
                    try:
                        if not isinstance(data, dict) or not Assistant.fits(data):
                            raise TypeError()
                        response_200_item_type_0 = Assistant.from_dict(data)

                        return response_200_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"not a form this field takes: {type(data).__name__}")
                    response_200_item_type_1 = AssistantSelection.from_dict(data)

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


def build_response(response: httpx.Response) -> Response[list[Assistant | AssistantSelection]]:
    """`response` (read) with its parsed body; a non-2xx status raises its `errors` class."""
    parsed = parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: SyncSender,
    body: AssistantSearchRequest,
) -> Response[list[Assistant | AssistantSelection]]:
    """Search assistants

     Lists assistants matching the filters, paginated and sorted. With `select`, each item holds only the
    selected fields.

    Args:
        body (AssistantSearchRequest): Body of search_assistants.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[list[Assistant | AssistantSelection]]
    """

    return client.send_operation(
        get_kwargs(
            body=body,
        ),
        build_response,
    )


def sync(
    *,
    client: SyncSender,
    body: AssistantSearchRequest,
) -> list[Assistant | AssistantSelection]:
    """Search assistants

     Lists assistants matching the filters, paginated and sorted. With `select`, each item holds only the
    selected fields.

    Args:
        body (AssistantSearchRequest): Body of search_assistants.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        list[Assistant | AssistantSelection]
    """

    return client.send_operation(
        get_kwargs(
            body=body,
        ),
        parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncSender,
    body: AssistantSearchRequest,
) -> Response[list[Assistant | AssistantSelection]]:
    """Search assistants

     Lists assistants matching the filters, paginated and sorted. With `select`, each item holds only the
    selected fields.

    Args:
        body (AssistantSearchRequest): Body of search_assistants.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[list[Assistant | AssistantSelection]]
    """

    return await client.asend_operation(
        get_kwargs(
            body=body,
        ),
        build_response,
    )


async def asyncio(
    *,
    client: AsyncSender,
    body: AssistantSearchRequest,
) -> list[Assistant | AssistantSelection]:
    """Search assistants

     Lists assistants matching the filters, paginated and sorted. With `select`, each item holds only the
    selected fields.

    Args:
        body (AssistantSearchRequest): Body of search_assistants.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        list[Assistant | AssistantSelection]
    """

    return await client.asend_operation(
        get_kwargs(
            body=body,
        ),
        parse_response,
    )

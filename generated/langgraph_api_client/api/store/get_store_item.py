"""Get an item

`GET /store/items`

Returns the item under a namespace and key, or null when there is none.
"""

from collections.abc import Sequence
from http import HTTPStatus
from typing import Any, cast

import httpx
import orjson

from ...client import AsyncSender, SyncSender
from ...errors import APIResponseValidationError, decode_body, raise_for_status
from ...models.item import Item
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_store_item"
"""The operation's id in openapi.yaml."""
PATH = "/store/items"
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
    *,
    key: str,
    namespace: str | Sequence[str] | None | Unset = UNSET,
    refresh_ttl: bool | None | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""

    params: dict[str, Any] = {}
    params["key"] = key

    if not isinstance(namespace, Unset) and namespace is not None:
        params["namespace"] = namespace if isinstance(namespace, str) else ".".join(namespace)

    if not isinstance(refresh_ttl, Unset) and refresh_ttl is not None:
        params["refresh_ttl"] = refresh_ttl

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/store/items",
    }
    if params:  # an empty `params` would make httpx parse the URL once more
        _kwargs["params"] = params

    return _kwargs


def parse_response(response: httpx.Response) -> Item | None:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 200:

            def _parse_response_200(data: object) -> Item | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict) or not Item.fits(data):
                        raise TypeError()
                    response_200_type_0 = Item.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Item | None, data)

            response_200 = _parse_response_200(orjson.loads(response.content))

            return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def build_response(response: httpx.Response) -> Response[Item | None]:
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
    key: str,
    namespace: str | Sequence[str] | None | Unset = UNSET,
    refresh_ttl: bool | None | Unset = UNSET,
) -> Response[Item | None]:
    """Get an item

     Returns the item under a namespace and key, or null when there is none.

    Args:
        key (str):
        namespace (str | Sequence[str] | None | Unset):
        refresh_ttl (bool | None | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[Item | None]
    """

    return client.send_operation(
        get_kwargs(
            key=key,
            namespace=namespace,
            refresh_ttl=refresh_ttl,
        ),
        build_response,
    )


def sync(
    *,
    client: SyncSender,
    key: str,
    namespace: str | Sequence[str] | None | Unset = UNSET,
    refresh_ttl: bool | None | Unset = UNSET,
) -> Item | None:
    """Get an item

     Returns the item under a namespace and key, or null when there is none.

    Args:
        key (str):
        namespace (str | Sequence[str] | None | Unset):
        refresh_ttl (bool | None | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Item | None
    """

    return client.send_operation(
        get_kwargs(
            key=key,
            namespace=namespace,
            refresh_ttl=refresh_ttl,
        ),
        parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncSender,
    key: str,
    namespace: str | Sequence[str] | None | Unset = UNSET,
    refresh_ttl: bool | None | Unset = UNSET,
) -> Response[Item | None]:
    """Get an item

     Returns the item under a namespace and key, or null when there is none.

    Args:
        key (str):
        namespace (str | Sequence[str] | None | Unset):
        refresh_ttl (bool | None | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Response[Item | None]
    """

    return await client.asend_operation(
        get_kwargs(
            key=key,
            namespace=namespace,
            refresh_ttl=refresh_ttl,
        ),
        build_response,
    )


async def asyncio(
    *,
    client: AsyncSender,
    key: str,
    namespace: str | Sequence[str] | None | Unset = UNSET,
    refresh_ttl: bool | None | Unset = UNSET,
) -> Item | None:
    """Get an item

     Returns the item under a namespace and key, or null when there is none.

    Args:
        key (str):
        namespace (str | Sequence[str] | None | Unset):
        refresh_ttl (bool | None | Unset):

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after the client's
            timeout), once the client's retries of a request safe to repeat are spent.

    Returns:
        Item | None
    """

    return await client.asend_operation(
        get_kwargs(
            key=key,
            namespace=namespace,
            refresh_ttl=refresh_ttl,
        ),
        parse_response,
    )

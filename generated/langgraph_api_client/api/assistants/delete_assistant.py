"""Delete an assistant

`DELETE /assistants/{assistant_id}`

Deletes the assistant and all its versions.
"""

from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ...client import Client
from ...errors import APIResponseValidationError, decode_body, raise_for_status, transport_errors
from ...types import Response, Unset, path_segment

OPERATION_ID = "delete_assistant"
"""The operation's id in openapi.yaml."""
SINCE: str | None = None
"""The first langgraph-api release that serves the operation (`x-since`); None: every release
of the supported window. An older server's 404 or 405 becomes `UnsupportedOperationError`."""


def get_kwargs(
    assistant_id: UUID | str,
    *,
    delete_threads: bool | None | Unset = False,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request`: method, url, params, content, headers."""

    params: dict[str, Any] = {}
    if not isinstance(delete_threads, Unset) and delete_threads is not None:
        params["delete_threads"] = delete_threads

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/assistants/{path_segment(assistant_id, 'assistant_id')}",
    }
    if params:  # an empty `params` would make httpx parse the URL once more
        _kwargs["params"] = params

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """The parsed body of a 2xx `response` (read); any other status raises its `errors` class."""
    raise_for_status(response)
    try:
        if response.status_code == 204:
            return None

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            response, decode_body(response), message=f"the answer does not match the spec: {exc!r}"
        ) from exc
    raise APIResponseValidationError(
        response, decode_body(response), message="the spec documents no such success status"
    )


def _build_response(response: httpx.Response) -> Response[None]:
    parse_response(response)
    parsed = None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    assistant_id: UUID | str,
    *,
    client: Client,
    delete_threads: bool | None | Unset = False,
) -> Response[None]:
    """Delete an assistant

     Deletes the assistant and all its versions.

    Args:
        assistant_id (UUID | str):
        delete_threads (bool | None | Unset):  Default: False.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = get_kwargs(
        assistant_id=assistant_id,
        delete_threads=delete_threads,
    )

    with transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(response)


def sync(
    assistant_id: UUID | str,
    *,
    client: Client,
    delete_threads: bool | None | Unset = False,
) -> None:
    """Delete an assistant

     Deletes the assistant and all its versions.

    Args:
        assistant_id (UUID | str):
        delete_threads (bool | None | Unset):  Default: False.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        None
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
        delete_threads=delete_threads,
    ).parsed


async def asyncio_detailed(
    assistant_id: UUID | str,
    *,
    client: Client,
    delete_threads: bool | None | Unset = False,
) -> Response[None]:
    """Delete an assistant

     Deletes the assistant and all its versions.

    Args:
        assistant_id (UUID | str):
        delete_threads (bool | None | Unset):  Default: False.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = get_kwargs(
        assistant_id=assistant_id,
        delete_threads=delete_threads,
    )

    with transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    assistant_id: UUID | str,
    *,
    client: Client,
    delete_threads: bool | None | Unset = False,
) -> None:
    """Delete an assistant

     Deletes the assistant and all its versions.

    Args:
        assistant_id (UUID | str):
        delete_threads (bool | None | Unset):  Default: False.

    Raises:
        errors.APIStatusError: For any non-2xx answer, as its subclass for the status
            (errors.NotFoundError for 404, ...), documented or not.
        errors.APIResponseValidationError: If a 2xx answer does not match the spec.
        errors.APIConnectionError: If no answer arrives (errors.APITimeoutError after Client.timeout).

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
            delete_threads=delete_threads,
        )
    ).parsed

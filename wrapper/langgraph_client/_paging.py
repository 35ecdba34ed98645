"""The one paging loop behind every ``iter_*`` method: fetch a page, yield its items, go on.

A resource's ``iter_*`` method hands ``pages`` itself, its own list method (the async
definition, which both clients share), the page size and the list method's arguments, each
named; ``pages`` calls that method once per page, with ``limit=page_size`` and the position
of the page:

- by offset (``search``, ``list``): the next offset is the server's next-page header where
  it sends one (the headers are named in the generated module of the operation, from
  ``x-pagination`` in openapi.yaml: langgraph-api sends ``X-Pagination-Next`` on assistant,
  thread and cron searches while more follow, and ``X-Pagination-Total`` alone on the last
  page); a server that sends neither (older ones, and every server for runs and store
  items) is read until a page comes back shorter than ``page_size``, the offset moving by
  the items received;
- by cursor (``get_history``): ``next_page(last item)`` gives the arguments of the next page,
  read until a page comes back short.

Each page is fetched only when the caller has taken every item of the one before. While the
result set does not change, no item is skipped or repeated.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Any

from ._constants import DEFAULT_PAGE_SIZE
from ._resource import Resource


async def pages(
    resource: Resource,
    list_method: Callable[..., Any],
    page_size: int,
    /,
    *args: Any,
    page_items: Callable[[Any], Sequence[Any]] = list,
    next_page: Callable[[Any], Mapping[str, Any]] | None = None,
    operation: str | None = None,
    **arguments: Any,
) -> AsyncIterator[Any]:
    """Every item ``list_method`` finds, page by page.

    ``list_method`` is called on a view of ``resource`` with ``args`` and ``arguments``, plus
    ``limit=page_size`` and the page's position. ``page_items`` takes the list out of an
    answer (``store.search_items`` answers a mapping); ``next_page``, for cursor paging, names
    the next page's arguments from the last item of a full page (else pages go by offset).
    ``operation`` names the generated module of the operation (``"threads.search_threads"``)
    whose ``PAGINATION_NEXT`` and ``PAGINATION_TOTAL`` headers page it.
    """
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ValueError(f"page_size must be a positive int, not {page_size!r}")
    arguments["limit"] = page_size
    if next_page is None:
        arguments["offset"] = 0
    module = (
        None
        if operation is None
        else importlib.import_module(f"langgraph_api_client.api.{operation}")
    )
    next_header: str | None = getattr(module, "PAGINATION_NEXT", None)
    total_header: str | None = getattr(module, "PAGINATION_TOTAL", None)
    # A view of the resource over a core of its own, which keeps each answer's headers.
    core = resource._core.with_options()
    core.responses = []
    view = type(resource)(core)
    while True:
        page = page_items(await list_method(view, *args, **arguments))
        headers = core.responses[-1].headers if core.responses else {}
        core.responses.clear()
        for item in page:
            yield item
        if next_page is not None:
            if len(page) < page_size:
                return
            arguments.update(next_page(page[-1]))
            continue
        offset: int = arguments["offset"]
        following = headers.get(next_header) if next_header else None
        last = following is None and total_header is not None and total_header in headers
        if following is not None and following.isdigit() and int(following) > offset:
            arguments["offset"] = int(following)
        elif last or len(page) < page_size:
            return  # the server said this page is the last, or it came back short
        else:
            arguments["offset"] = offset + len(page)


__all__ = ["DEFAULT_PAGE_SIZE", "pages"]

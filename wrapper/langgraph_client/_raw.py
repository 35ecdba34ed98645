"""``client.with_raw_response(method, ...)``: a call's result together with its HTTP answer.

The method runs as usual, on a copy of its resource whose core keeps every final response it
receives (after retries); the last one is the call's answer. Written once for both clients:
an async method gives a coroutine, which is awaited, a sync one gives its result at once.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Mapping
from typing import Any, Generic, TypeVar

import httpx

from ._core import ATTEMPTS, _CoreBase

T = TypeVar("T")


class RawResponse(Generic[T]):
    """The HTTP answer of one client call, and the result the call returned (``parse()``).

    ``status_code``, ``headers``, ``url``, ``method``, ``elapsed``, ``content`` and ``text``
    are those of ``http_response`` (the ``httpx.Response``); ``retries_taken`` says how many
    times the request was repeated before this answer. A call that sends several requests
    (a run joined after it was created, a stream resumed) answers with its last one.
    """

    __slots__ = ("_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parsed: T) -> None:
        self.http_response = http_response
        self._parsed = parsed

    def parse(self) -> T:
        """What the call returned: the typed result, as without ``with_raw_response``."""
        return self._parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def url(self) -> httpx.URL:
        return self.http_response.request.url

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def elapsed(self) -> datetime.timedelta:
        return self.http_response.elapsed

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def retries_taken(self) -> int:
        attempts: int = self.http_response.extensions.get(ATTEMPTS, 1)
        return attempts - 1

    def __repr__(self) -> str:
        answer = self.http_response
        return f"<RawResponse [{answer.status_code}] {self.method} {self.url.path}>"


def raw_call(
    client: Any, method: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> Any:
    """Run ``method`` (a bound method of ``client`` or of one of its resources) so that its
    final HTTP answer is kept; the ``RawResponse``, or a coroutine giving it."""
    owner: Any = getattr(method, "__self__", None)
    function = getattr(method, "__func__", None)
    core = getattr(owner, "_core", None)
    if function is None or not isinstance(core, _CoreBase):
        raise TypeError(
            "with_raw_response takes a method of the client, such as client.threads.get, "
            f"not {method!r}"
        )
    if core.http is not client._core.http:
        raise TypeError(f"{method!r} belongs to another client than this one")
    keeping = core.with_options()
    keeping.responses = []
    if hasattr(owner, "_init"):  # the client itself (``client.info``)
        twin = object.__new__(type(owner))
        twin._init(keeping)
    else:
        twin = type(owner)(keeping)
    name = function.__qualname__
    outcome = function(twin, *args, **kwargs)
    if isinstance(outcome, Coroutine):
        return _finish(keeping, name, outcome)
    if isinstance(outcome, (Iterator, AsyncIterator)):
        getattr(outcome, "close", lambda: None)()
    return _answer(keeping, name, outcome)


async def _finish(
    core: _CoreBase[Any], name: str, pending: Coroutine[Any, Any, T]
) -> RawResponse[T]:
    return _answer(core, name, await pending)


def _answer(core: _CoreBase[Any], name: str, parsed: T) -> RawResponse[T]:
    if not core.responses:  # a stream, or an object that sends its requests later
        raise TypeError(
            f"{name} gives {type(parsed).__name__}, whose requests are sent as it is used; "
            "with_raw_response takes the calls that return one result"
        )
    return RawResponse(core.responses[-1], parsed)


__all__ = ["RawResponse", "raw_call"]

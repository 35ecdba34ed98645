"""``client.runs``: start graph runs, stream them, wait for them, list, cancel, join them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator, Mapping, Sequence
from contextlib import aclosing
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeAlias, cast

import httpx
from langgraph_api_client.resources import (
    NOT_GIVEN,
    QueryParams,
    RunsMethods,
    RunsResumeOverloads,
    RunsStreamOverloads,
    SyncRunsMethods,
    checked,
    stream_modes,
)
from langgraph_api_client.sync import AsyncStream, async_stream, syncify, syncify_stream

from ._core import RUN_IDS, _ResumeCursor
from ._resource import Resource
from .sse import StreamPart

if TYPE_CHECKING:
    from langgraph_api_client.models import (
        Run,
        RunCreateStateful,
        RunCreateStateless,
        RunCreateStreamingStateful,
        RunCreateStreamingStateless,
    )

    from ._resume import ResumeToken
    from .client import TimeoutTypes
    from .schema import (
        RunCreate,
        RunCreateMetadata,
        StreamMode,
        StreamPartV2,
        StreamVersion,
    )

OnRunCreated = Callable[["RunCreateMetadata"], None] | None
#: The body of a run's start, on a thread or stateless, streamed (or waited for) or not.
RunBody: TypeAlias = (
    "RunCreateStateful | RunCreateStateless | RunCreateStreamingStateful"
    " | RunCreateStreamingStateless"
)


def _run_created_hook(
    on_run_created: OnRunCreated, token: ResumeToken | None = None
) -> Callable[[httpx.Response], None] | None:
    """An ``on_response`` hook telling ``on_run_created`` (and ``token``) which run the server
    started, as the core read it from the answer's ``Content-Location``."""
    if on_run_created is None and token is None:
        return None

    def hook(response: httpx.Response) -> None:
        found = response.extensions.get(RUN_IDS)
        if found:
            from .schema import RunCreateMetadata

            run = RunCreateMetadata(run_id=found["run_id"], thread_id=found.get("thread_id"))
            if token is not None:
                token._ran(run["thread_id"], run["run_id"])
            if on_run_created is not None:
                on_run_created(run)

    return hook


def stream_part_v2(part: StreamPart) -> StreamPartV2 | None:
    """A stream part in the "v2" format: its mode as ``type``, the subgraph namespace
    (``"updates|a|b"`` -> ``["a", "b"]``) as ``ns``, and a values event's interrupts apart
    (``interrupts``, empty on other parts); None for the ``end`` event, which is no part."""
    kind, *namespace = part.event.split("|")
    if kind == "end":
        return None
    data = part.data
    interrupts: Any = []
    if kind == "values" and isinstance(data, dict) and "__interrupt__" in data:
        data = dict(data)
        interrupts = data.pop("__interrupt__")
    return cast(
        "StreamPartV2", {"type": kind, "ns": namespace, "data": data, "interrupts": interrupts}
    )


async def _parts(
    parts: AsyncGenerator[StreamPart, None],
    version: StreamVersion,
    token: ResumeToken | None,
    cursor: _ResumeCursor | None = None,
) -> AsyncGenerator[Any, None]:
    """A stream's parts as the caller asked for them: ``StreamPart``s ("v1") or typed dicts
    ("v2"); those ``cursor`` has already delivered left out; where it stands noted in
    ``token``."""
    if token is not None and cursor is None:
        cursor = _ResumeCursor(None)
    async with aclosing(parts):
        async for part in parts:
            if cursor is not None:
                if not cursor.accept(part):
                    continue
                if token is not None:
                    token._noted(cursor)
            if version == "v1":
                yield part
            else:
                typed = stream_part_v2(part)
                if typed is not None:
                    yield typed


class RunsClient(Resource, RunsMethods):
    """Runs: one execution of an assistant's graph, on a thread or stateless."""

    stream = cast(
        "RunsStreamOverloads[AsyncStream[StreamPart], AsyncStream[StreamPartV2]]",
        async_stream(RunsMethods._stream),
    )

    def _resume(
        self,
        token: Mapping[str, Any],
        *,
        version: StreamVersion = "v1",
        resume_token: ResumeToken | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> AsyncIterator[Any]:
        """Go on with the stream a ``ResumeToken`` stands for (from ``runs.stream``'s
        ``resume_token``, maybe read back with ``ResumeToken.from_json``): its parts not
        yet delivered, each once, in order, as ``version`` says. The run must have been
        started with ``stream_resumable=True`` on a thread (a stateless run has no thread to
        join). ``resume_token`` is kept up to date as in ``runs.stream``."""
        from ._resume import ResumeToken

        start = token if isinstance(token, ResumeToken) else ResumeToken(token)
        if not start["thread_id"] or not start["run_id"]:
            raise ValueError("the resume token names no run: its stream had not started")
        cursor, last_event_id = start._cursor()
        if resume_token is not None and resume_token is not start:
            resume_token.update(start)
        call: dict[str, Any] = {"headers": headers, "params": params, "timeout": timeout}
        run = (start["thread_id"], start["run_id"])
        parts = self._join(*run, start["stream_mode"], last_event_id=last_event_id, **call)
        return _parts(parts, version, resume_token, cursor)

    resume = cast(
        "RunsResumeOverloads[AsyncStream[StreamPart], AsyncStream[StreamPartV2]]",
        async_stream(_resume),
    )

    def _start_run(
        self,
        endpoint: ModuleType,
        kwargs: Mapping[str, Any],
        body: RunBody,
        *,
        thread_id: str | None,
        on_run_created: OnRunCreated,
        strict_resume: bool | None,
        raise_error: bool = False,
        version: StreamVersion | None = None,
        resume_token: ResumeToken | None = None,
        **call: Any,
    ) -> Any:
        """Send the request ``create``, ``wait`` or ``stream`` built (``call``: its headers,
        params and timeout), ``on_run_created`` told of the run. A coroutine of the answer
        (``wait``'s values raise ``RunFailedError`` with ``raise_error``), or for a stream
        (``version`` given) its parts as ``version`` says, noted in ``resume_token``."""
        if strict_resume:
            raise ValueError(
                "strict_resume=True: no langgraph-api server this client supports (up to 0.16.7)"
                " reads it, so the resume would not be strict; leave it out"
            )
        hook = _run_created_hook(on_run_created, resume_token)
        if version is None:
            return self._answer(endpoint, kwargs, hook, raise_error, call)
        if resume_token is not None:
            stream_mode, subgraphs = body.get("stream_mode") or [], body.get("stream_subgraphs")
            resume_token._start(thread_id, stream_mode, bool(subgraphs))
        parts = self._core.stream(
            kwargs,
            on_response=hook,
            resumable=bool(body.get("stream_resumable")),
            endpoint=endpoint,
            **call,
        )
        # The parts as they come when nothing is to be done to them: one generator fewer.
        plain = version == "v1" and resume_token is None
        return parts if plain else _parts(parts, version, resume_token)

    def _join(
        self,
        thread_id: str,
        run_id: str,
        stream_mode: StreamMode | Sequence[StreamMode] | None,
        *,
        cancel_on_disconnect: bool = False,
        **call: Any,
    ) -> AsyncGenerator[StreamPart, None]:
        """The run's stream joined (``call``: ``last_event_id``, headers, params, timeout)."""
        from langgraph_api_client.api.runs import join_run_stream as op

        kwargs = op.get_kwargs(
            thread_id,
            run_id,
            cancel_on_disconnect=cancel_on_disconnect,
            stream_mode=stream_modes(stream_mode) or None,
        )
        return self._core.stream(kwargs, endpoint=op, **call)

    async def _answer(
        self,
        endpoint: ModuleType,
        kwargs: Mapping[str, Any],
        hook: Callable[[httpx.Response], None] | None,
        raise_error: bool,
        call: Mapping[str, Any],
    ) -> Any:
        result = await self._core.call(kwargs, endpoint.parse_response, on_response=hook, **call)
        error = result.get("__error__") if raise_error and isinstance(result, dict) else None
        if isinstance(error, dict):
            from .errors import RunFailedError

            raise RunFailedError(error)
        return result

    async def create_batch(
        self,
        payloads: builtins.list[RunCreate],
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> builtins.list[Run]:
        """Start several stateless runs in one request; the runs, in order."""
        from langgraph_api_client.api.runs import create_run_batch as op
        from langgraph_api_client.models import RunCreateStateless

        bodies = []
        for payload in payloads:
            fields: dict[str, Any] = dict(payload)
            assistant_id = fields.pop("assistant_id", None)
            if not isinstance(assistant_id, str):
                raise TypeError("every payload of create_batch needs an assistant_id string")
            body = RunsMethods._create_body(None, assistant_id, **fields)
            assert isinstance(body, RunCreateStateless)
            bodies.append(checked(body))
        kwargs = op.get_kwargs(body=bodies)
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    @async_stream
    def join_stream(
        self,
        thread_id: str,
        run_id: str,
        *,
        cancel_on_disconnect: bool = False,
        stream_mode: StreamMode | Sequence[StreamMode] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        last_event_id: str | None = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> AsyncIterator[StreamPart]:
        """The run's events as they happen (from ``last_event_id`` on, if given)."""
        return self._join(
            thread_id,
            run_id,
            stream_mode,
            cancel_on_disconnect=cancel_on_disconnect,
            last_event_id=last_event_id,
            headers=headers,
            params=params,
            timeout=timeout,
        )


class SyncRunsClient(Resource, SyncRunsMethods):
    """The blocking twin of ``RunsClient``: the same methods, the same bodies."""

    _start_run = RunsClient._start_run
    _answer = RunsClient._answer
    _join = RunsClient._join
    stream = cast(
        "RunsStreamOverloads[Iterator[StreamPart], Iterator[StreamPartV2]]",
        syncify_stream(RunsClient.stream),
    )
    resume = cast(
        "RunsResumeOverloads[Iterator[StreamPart], Iterator[StreamPartV2]]",
        syncify_stream(RunsClient.resume),
    )
    create_batch = syncify(RunsClient.create_batch)
    join_stream = syncify_stream(RunsClient.join_stream)

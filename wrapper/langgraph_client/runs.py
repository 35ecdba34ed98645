"""``client.runs``: start graph runs, stream them, wait for them, list, cancel, join them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator, Mapping, Sequence
from contextlib import aclosing
from types import ModuleType
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Protocol,
    TypeAlias,
    TypedDict,
    TypeVar,
    Unpack,
    cast,
    overload,
)

import httpx
from langgraph_api_client.resources import NOT_GIVEN, QueryParams, RunsMethods
from langgraph_api_client.types import Unset

from ._paging import DEFAULT_PAGE_SIZE, pages
from ._resource import Resource, checked, given, json_object, modes, nodes
from ._resource import checkpoint_during as deprecated_field
from ._sync import AsyncStream, async_stream, syncify, syncify_stream
from .sse import StreamPart

if TYPE_CHECKING:
    from langgraph_api_client.models import Checkpoint as CheckpointModel
    from langgraph_api_client.models import Command as CommandModel
    from langgraph_api_client.models import Config as ConfigModel
    from langgraph_api_client.models import (
        JsonObject,
        LangSmithTracer,
        Metadata,
        Run,
        RunCreateStateful,
        RunCreateStateless,
        RunCreateStreamingStateful,
        RunCreateStreamingStateless,
        RunSelection,
    )

    from ._core import _ResumeCursor
    from ._resume import ResumeToken
    from .client import TimeoutTypes
    from .schema import (
        All,
        Checkpoint,
        Command,
        Config,
        Context,
        DisconnectMode,
        Durability,
        IfNotExists,
        Input,
        MultitaskStrategy,
        OnCompletionBehavior,
        RunCreate,
        RunCreateMetadata,
        RunStatus,
        StreamMode,
        StreamPartV2,
        StreamVersion,
    )

OnRunCreated = Callable[["RunCreateMetadata"], None] | None


def _run_created_hook(
    on_run_created: OnRunCreated, endpoint: ModuleType
) -> Callable[[httpx.Response], None] | None:
    """An ``on_response`` hook telling ``on_run_created`` which run the server started, as
    the answer's ``Content-Location`` (in the endpoint's ``CONTENT_LOCATION`` shape) says."""
    if on_run_created is None:
        return None
    callback = on_run_created

    def hook(response: httpx.Response) -> None:
        from ._core import path_params

        where = response.headers.get("content-location", "")
        found = path_params(endpoint.CONTENT_LOCATION, where)
        if found:
            from .schema import RunCreateMetadata

            run = RunCreateMetadata(run_id=found["run_id"], thread_id=found.get("thread_id"))
            callback(run)

    return hook


class RunFields(TypedDict):
    """A run's fields that all four run bodies declare, as their constructors take them."""

    input_: Any
    command: CommandModel | Unset
    stream_mode: list[str] | Unset
    stream_subgraphs: bool
    stream_resumable: bool
    metadata: Metadata | Unset
    config: ConfigModel | Unset
    context: JsonObject | Unset
    checkpoint: CheckpointModel | Unset
    interrupt_before: str | list[str] | Unset
    interrupt_after: str | list[str] | Unset
    feedback_keys: list[str] | Unset
    webhook: str | Unset
    after_seconds: int | Unset
    checkpoint_during: bool | Unset
    durability: str | Unset
    langsmith_tracer: LangSmithTracer | Unset


RunBody: TypeAlias = (
    "RunCreateStateful | RunCreateStateless | RunCreateStreamingStateful"
    " | RunCreateStreamingStateless"
)


class RunOptions(TypedDict, total=False):
    """The options that start a run, as ``runs.stream`` takes them (``create`` and ``wait``
    take most of them): the one list ``run_body`` reads."""

    input: Input | None
    command: Command | None
    stream_mode: StreamMode | Sequence[StreamMode]
    stream_subgraphs: bool
    stream_resumable: bool
    metadata: Mapping[str, Any] | None
    config: Config | None
    context: Context | None
    checkpoint: Checkpoint | None
    checkpoint_id: str | None
    checkpoint_during: bool | None
    interrupt_before: All | Sequence[str] | None
    interrupt_after: All | Sequence[str] | None
    feedback_keys: Sequence[str] | None
    on_disconnect: DisconnectMode | None
    on_completion: OnCompletionBehavior | None
    webhook: str | None
    multitask_strategy: MultitaskStrategy | None
    if_not_exists: IfNotExists | None
    after_seconds: int | None
    langsmith_tracing: Mapping[str, Any] | None
    durability: Durability | None
    strict_resume: bool | None


def run_body(
    thread_id: str | None, assistant_id: str, *, streaming: bool, **options: Unpack[RunOptions]
) -> RunBody:
    """The request model that starts a run: on ``thread_id`` or stateless (None), answered
    with a stream or the run's values (``streaming``) or the run at once. An option left
    out or None is not sent, nor one the route's model does not declare (the thread's
    ``checkpoint_id``, ``multitask_strategy`` and ``if_not_exists`` on a stateless run,
    ``on_completion`` on a thread, ``on_disconnect`` without ``streaming``): the servers
    ignore those there. An unknown option raises ``TypeError``."""
    from langgraph_api_client.models import Checkpoint as CheckpointModel
    from langgraph_api_client.models import Command as CommandModel
    from langgraph_api_client.models import Config as ConfigModel
    from langgraph_api_client.models import (
        JsonObject,
        LangSmithTracer,
        Metadata,
        RunCreateStateful,
        RunCreateStateless,
        RunCreateStreamingStateful,
        RunCreateStreamingStateless,
    )

    unknown = options.keys() - RunOptions.__optional_keys__
    if unknown:
        raise TypeError(f"unknown run option(s): {', '.join(sorted(unknown))}")
    if options.get("strict_resume"):
        raise ValueError(
            "strict_resume=True: no langgraph-api server this client supports (up to 0.16.7)"
            " reads it, so the resume would not be strict; leave it out"
        )
    feedback_keys = options.get("feedback_keys")
    fields = RunFields(
        input_=given(options.get("input")),
        command=json_object(CommandModel, _command(options.get("command"))),
        stream_mode=given(modes(options.get("stream_mode"))),
        stream_subgraphs=options.get("stream_subgraphs", False),
        stream_resumable=options.get("stream_resumable", False),
        metadata=json_object(Metadata, options.get("metadata")),
        config=json_object(ConfigModel, options.get("config")),
        context=json_object(JsonObject, options.get("context")),
        checkpoint=json_object(CheckpointModel, options.get("checkpoint")),
        interrupt_before=given(nodes(options.get("interrupt_before"))),
        interrupt_after=given(nodes(options.get("interrupt_after"))),
        feedback_keys=given(list(feedback_keys) if feedback_keys is not None else None),
        webhook=given(options.get("webhook")),
        after_seconds=given(options.get("after_seconds")),
        checkpoint_during=deprecated_field(options.get("checkpoint_during")),
        durability=given(options.get("durability")),
        langsmith_tracer=json_object(LangSmithTracer, options.get("langsmith_tracing")),
    )
    if thread_id is None:
        if streaming:
            return RunCreateStreamingStateless(
                assistant_id=assistant_id,
                on_completion=given(options.get("on_completion")),
                on_disconnect=given(options.get("on_disconnect")),
                **fields,
            )
        return RunCreateStateless(
            assistant_id=assistant_id, on_completion=given(options.get("on_completion")), **fields
        )
    if streaming:
        return RunCreateStreamingStateful(
            assistant_id=assistant_id,
            checkpoint_id=given(options.get("checkpoint_id")),
            multitask_strategy=given(options.get("multitask_strategy")),
            if_not_exists=given(options.get("if_not_exists")),
            on_disconnect=given(options.get("on_disconnect")),
            **fields,
        )
    return RunCreateStateful(
        assistant_id=assistant_id,
        checkpoint_id=given(options.get("checkpoint_id")),
        multitask_strategy=given(options.get("multitask_strategy")),
        if_not_exists=given(options.get("if_not_exists")),
        **fields,
    )


def run_route(
    operation: Literal["create_run", "stream_run", "wait_run"], thread_id: str | None, body: RunBody
) -> tuple[dict[str, Any], ModuleType]:
    """The request that sends ``body`` to ``operation`` (its ``_stateless`` twin when
    ``thread_id`` is None), after ``checked``, and the operation's endpoint module."""
    import importlib

    if thread_id is None:
        endpoint = importlib.import_module(f"langgraph_api_client.api.runs.{operation}_stateless")
        return endpoint.get_kwargs(body=checked(body)), endpoint
    endpoint = importlib.import_module(f"langgraph_api_client.api.runs.{operation}")
    return endpoint.get_kwargs(thread_id, body=checked(body)), endpoint


def _command(command: Command | Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """A command's fields that are set (``Command(resume=...)`` leaves ``goto`` and
    ``update`` out); a value that is not a mapping is left for ``checked`` to refuse."""
    if not isinstance(command, Mapping):
        return command
    return {key: value for key, value in command.items() if value is not None}


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


def _noting_run(on_run_created: OnRunCreated, token: ResumeToken | None) -> OnRunCreated:
    """``on_run_created``, also writing the new run's ids into ``token``."""
    if token is None:
        return on_run_created

    def noted(created: RunCreateMetadata) -> None:
        token._ran(created["thread_id"], created["run_id"])
        if on_run_created is not None:
            on_run_created(created)

    return noted


async def _parts(
    parts: AsyncGenerator[StreamPart, None],
    version: StreamVersion,
    token: ResumeToken | None,
    cursor: _ResumeCursor | None = None,
) -> AsyncGenerator[Any, None]:
    """A stream's parts as the caller asked for them: ``StreamPart``s ("v1") or typed dicts
    ("v2"); noted in ``token``; those ``cursor`` has already delivered left out."""
    async with aclosing(parts):
        async for part in parts:
            if cursor is not None and not cursor.accept(part):
                continue
            if token is not None:
                token._delivered(part)
            if version == "v1":
                yield part
            else:
                typed = stream_part_v2(part)
                if typed is not None:
                    yield typed


class _StreamOptions(RunOptions, total=False):
    """The keyword arguments of ``runs.stream`` but ``version``, for its overloads."""

    headers: Mapping[str, str] | None
    params: QueryParams
    on_run_created: OnRunCreated
    timeout: TimeoutTypes | None
    resume_token: ResumeToken | None


class _ResumeOptions(TypedDict, total=False):
    """The keyword arguments of ``runs.resume`` but ``version``, for its overloads."""

    resume_token: ResumeToken | None
    headers: Mapping[str, str] | None
    params: QueryParams
    timeout: TimeoutTypes | None


One = TypeVar("One", covariant=True)
Two = TypeVar("Two", covariant=True)


class _ByVersion(Protocol[One, Two]):
    """``runs.stream`` as a type checker sees it: ``One`` for ``version="v1"``, ``Two`` for
    "v2" (parts in an async stream or an iterator, as the client is)."""

    @overload
    def __call__(
        self,
        thread_id: str | None,
        assistant_id: str,
        *,
        version: Literal["v1"] = "v1",
        **options: Unpack[_StreamOptions],
    ) -> One: ...

    @overload
    def __call__(
        self,
        thread_id: str | None,
        assistant_id: str,
        *,
        version: Literal["v2"],
        **options: Unpack[_StreamOptions],
    ) -> Two: ...


class _ResumeByVersion(Protocol[One, Two]):
    """``runs.resume`` as a type checker sees it, as ``_ByVersion``."""

    @overload
    def __call__(
        self,
        token: Mapping[str, Any],
        *,
        version: Literal["v1"] = "v1",
        **options: Unpack[_ResumeOptions],
    ) -> One: ...

    @overload
    def __call__(
        self,
        token: Mapping[str, Any],
        *,
        version: Literal["v2"],
        **options: Unpack[_ResumeOptions],
    ) -> Two: ...


# The types of the methods: the same method, typed by its client's result (one body each).
def _stream_by_version(
    method: Callable[..., AsyncStream[Any]],
) -> _ByVersion[AsyncStream[StreamPart], AsyncStream[StreamPartV2]]:
    return method


def _sync_stream_by_version(
    method: Callable[..., Iterator[Any]],
) -> _ByVersion[Iterator[StreamPart], Iterator[StreamPartV2]]:
    return method


def _resume_by_version(
    method: Callable[..., AsyncStream[Any]],
) -> _ResumeByVersion[AsyncStream[StreamPart], AsyncStream[StreamPartV2]]:
    return method


def _sync_resume_by_version(
    method: Callable[..., Iterator[Any]],
) -> _ResumeByVersion[Iterator[StreamPart], Iterator[StreamPartV2]]:
    return method


class RunsClient(Resource, RunsMethods):
    """Runs: one execution of an assistant's graph, on a thread or stateless."""

    @_stream_by_version
    @async_stream
    async def stream(
        self,
        thread_id: str | None,
        assistant_id: str,
        *,
        input: Input | None = None,
        command: Command | None = None,
        stream_mode: StreamMode | Sequence[StreamMode] = "values",
        stream_subgraphs: bool = False,
        stream_resumable: bool = False,
        metadata: Mapping[str, Any] | None = None,
        config: Config | None = None,
        context: Context | None = None,
        checkpoint: Checkpoint | None = None,
        checkpoint_id: str | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: All | Sequence[str] | None = None,
        interrupt_after: All | Sequence[str] | None = None,
        feedback_keys: Sequence[str] | None = None,
        on_disconnect: DisconnectMode | None = None,
        on_completion: OnCompletionBehavior | None = None,
        webhook: str | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        if_not_exists: IfNotExists | None = None,
        after_seconds: int | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        on_run_created: OnRunCreated = None,
        durability: Durability | None = None,
        strict_resume: bool | None = None,
        version: StreamVersion = "v1",
        timeout: TimeoutTypes | None = NOT_GIVEN,
        resume_token: ResumeToken | None = None,
    ) -> AsyncIterator[Any]:
        """Start a run and yield its events as they happen: ``StreamPart(event, data, id)``,
        or with ``version="v2"`` typed dicts ``{"type", "ns", "data", "interrupts"}``
        (``StreamPartV2``: a type checker narrows a part on ``part["type"]``).

        ``thread_id=None`` runs statelessly. ``stream_mode`` picks the events (values,
        updates, messages, messages-tuple, events, debug, custom, tasks, checkpoints; one or
        several). With ``stream_resumable=True`` a cut stream is resumed where it stopped.
        ``on_run_created`` is called with the new run's ids before the first event.
        ``resume_token``, an empty ``ResumeToken()``, is kept up to date with where the
        stream stands: ``runs.resume(token)`` goes on from there, in any client.
        """
        body = run_body(
            thread_id,
            assistant_id,
            streaming=True,
            input=input,
            command=command,
            stream_mode=stream_mode,
            stream_subgraphs=stream_subgraphs,
            stream_resumable=stream_resumable,
            metadata=metadata,
            config=config,
            context=context,
            checkpoint=checkpoint,
            checkpoint_id=checkpoint_id,
            checkpoint_during=checkpoint_during,
            interrupt_before=interrupt_before,
            interrupt_after=interrupt_after,
            feedback_keys=feedback_keys,
            on_disconnect=on_disconnect,
            on_completion=on_completion,
            webhook=webhook,
            multitask_strategy=multitask_strategy,
            if_not_exists=if_not_exists,
            after_seconds=after_seconds,
            langsmith_tracing=langsmith_tracing,
            durability=durability,
            strict_resume=strict_resume,
        )
        kwargs, endpoint = run_route("stream_run", thread_id, body)
        if resume_token is not None:
            resume_token._start(thread_id, None, modes(stream_mode) or [], stream_subgraphs)
        parts = self._core.stream(
            kwargs,
            headers=headers,
            params=params,
            on_response=_run_created_hook(_noting_run(on_run_created, resume_token), endpoint),
            resumable=stream_resumable,
            endpoint=endpoint,
            timeout=timeout,
        )
        # The parts as they come when nothing is to be done to them: one generator fewer.
        plain = version == "v1" and resume_token is None
        async with aclosing(parts if plain else _parts(parts, version, resume_token)) as typed:
            async for part in typed:
                yield part

    @_resume_by_version
    @async_stream
    async def resume(
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
        from langgraph_api_client.api.runs import join_run_stream as op

        from ._resume import ResumeToken

        start = token if isinstance(token, ResumeToken) else ResumeToken(token)
        if not start["thread_id"] or not start["run_id"]:
            raise ValueError("the resume token names no run: its stream had not started")
        cursor, last_event_id = start._cursor()
        if resume_token is not None and resume_token is not start:
            resume_token.update(start)
        kwargs = op.get_kwargs(
            start["thread_id"],
            start["run_id"],
            stream_mode=modes(start["stream_mode"]) or None,
        )
        parts = self._core.stream(
            kwargs,
            headers=headers,
            params=params,
            last_event_id=last_event_id,
            endpoint=op,
            timeout=timeout,
        )
        async with aclosing(_parts(parts, version, resume_token, cursor)) as typed:
            async for part in typed:
                yield part

    async def create(
        self,
        thread_id: str | None,
        assistant_id: str,
        *,
        input: Input | None = None,
        command: Command | None = None,
        stream_mode: StreamMode | Sequence[StreamMode] = "values",
        stream_subgraphs: bool = False,
        stream_resumable: bool = False,
        metadata: Mapping[str, Any] | None = None,
        config: Config | None = None,
        context: Context | None = None,
        checkpoint: Checkpoint | None = None,
        checkpoint_id: str | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: All | Sequence[str] | None = None,
        interrupt_after: All | Sequence[str] | None = None,
        webhook: str | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        if_not_exists: IfNotExists | None = None,
        on_completion: OnCompletionBehavior | None = None,
        after_seconds: int | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        on_run_created: OnRunCreated = None,
        durability: Durability | None = None,
        strict_resume: bool | None = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Run:
        """Start a run in the background and return it at once (``thread_id=None``:
        stateless). Follow it with ``join``, ``join_stream`` or ``get``."""
        body = run_body(
            thread_id,
            assistant_id,
            streaming=False,
            input=input,
            command=command,
            stream_mode=stream_mode,
            stream_subgraphs=stream_subgraphs,
            stream_resumable=stream_resumable,
            metadata=metadata,
            config=config,
            context=context,
            checkpoint=checkpoint,
            checkpoint_id=checkpoint_id,
            checkpoint_during=checkpoint_during,
            interrupt_before=interrupt_before,
            interrupt_after=interrupt_after,
            webhook=webhook,
            multitask_strategy=multitask_strategy,
            if_not_exists=if_not_exists,
            on_completion=on_completion,
            after_seconds=after_seconds,
            langsmith_tracing=langsmith_tracing,
            durability=durability,
            strict_resume=strict_resume,
        )
        kwargs, endpoint = run_route("create_run", thread_id, body)
        hook = _run_created_hook(on_run_created, endpoint)
        return await self._core.call(
            kwargs,
            endpoint.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            on_response=hook,
        )

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
            body = run_body(None, assistant_id, streaming=False, **fields)
            assert isinstance(body, RunCreateStateless)
            bodies.append(checked(body))
        kwargs = op.get_kwargs(body=bodies)
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def wait(
        self,
        thread_id: str | None,
        assistant_id: str,
        *,
        input: Input | None = None,
        command: Command | None = None,
        metadata: Mapping[str, Any] | None = None,
        config: Config | None = None,
        context: Context | None = None,
        checkpoint: Checkpoint | None = None,
        checkpoint_id: str | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: All | Sequence[str] | None = None,
        interrupt_after: All | Sequence[str] | None = None,
        webhook: str | None = None,
        on_disconnect: DisconnectMode | None = None,
        on_completion: OnCompletionBehavior | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        if_not_exists: IfNotExists | None = None,
        after_seconds: int | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
        raise_error: bool = True,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        on_run_created: OnRunCreated = None,
        durability: Durability | None = None,
        strict_resume: bool | None = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> builtins.list[dict[str, Any]] | dict[str, Any]:
        """Start a run and wait for it: its final values. If the run failed and
        ``raise_error`` is true, raise ``RunFailedError`` with the server's error."""
        body = run_body(
            thread_id,
            assistant_id,
            streaming=True,
            input=input,
            command=command,
            metadata=metadata,
            config=config,
            context=context,
            checkpoint=checkpoint,
            checkpoint_id=checkpoint_id,
            checkpoint_during=checkpoint_during,
            interrupt_before=interrupt_before,
            interrupt_after=interrupt_after,
            webhook=webhook,
            on_disconnect=on_disconnect,
            on_completion=on_completion,
            multitask_strategy=multitask_strategy,
            if_not_exists=if_not_exists,
            after_seconds=after_seconds,
            langsmith_tracing=langsmith_tracing,
            durability=durability,
            strict_resume=strict_resume,
        )
        kwargs, endpoint = run_route("wait_run", thread_id, body)
        result = await self._core.call(
            kwargs,
            endpoint.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            on_response=_run_created_hook(on_run_created, endpoint),
        )
        return cast(
            "builtins.list[dict[str, Any]] | dict[str, Any]", _values_or_raise(result, raise_error)
        )

    @async_stream
    async def iter_list(
        self,
        thread_id: str,
        *,
        status: RunStatus | None = None,
        select: builtins.list[str] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> AsyncIterator[Run | RunSelection]:
        """Every run of the thread (the filters of ``list``), newest first, fetched
        ``page_size`` at a time as the iteration goes."""
        found = pages(
            self,
            RunsClient.list,
            page_size,
            thread_id=thread_id,
            status=status,
            select=select,
            headers=headers,
            params=params,
            timeout=timeout,
        )
        async for run in found:
            yield run

    @async_stream
    async def join_stream(
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
        from langgraph_api_client.api.runs import join_run_stream as op

        kwargs = op.get_kwargs(
            thread_id,
            run_id,
            cancel_on_disconnect=cancel_on_disconnect,
            stream_mode=modes(stream_mode) or None,
        )
        parts = self._core.stream(
            kwargs,
            headers=headers,
            params=params,
            last_event_id=last_event_id,
            endpoint=op,
            timeout=timeout,
        )
        async with aclosing(parts):
            async for part in parts:
                yield part


def _values_or_raise(result: Any, raise_error: bool) -> Any:
    if raise_error and isinstance(result, dict):
        error = result.get("__error__")
        if isinstance(error, dict):
            from .errors import RunFailedError

            raise RunFailedError(error)
    return result


class SyncRunsClient(Resource):
    """The blocking twin of ``RunsClient``: the same methods, the same bodies."""

    stream = _sync_stream_by_version(syncify_stream(RunsClient.stream))
    resume = _sync_resume_by_version(syncify_stream(RunsClient.resume))
    create = syncify(RunsClient.create)
    create_batch = syncify(RunsClient.create_batch)
    wait = syncify(RunsClient.wait)
    list = syncify(RunsClient.list)
    iter_list = syncify_stream(RunsClient.iter_list)
    get = syncify(RunsClient.get)
    cancel = syncify(RunsClient.cancel)
    cancel_many = syncify(RunsClient.cancel_many)
    join = syncify(RunsClient.join)
    join_stream = syncify_stream(RunsClient.join_stream)
    delete = syncify(RunsClient.delete)

"""Resource methods that map their arguments onto one request: one class of them per resource.

Written by generator/generate.py from the operations of openapi.yaml marked `x-sdk-method`
(the method's name, resource, parameters and docstring there), over the endpoint modules in
`api/`. Each method builds the request its endpoint describes and sends it through the client
core it is mixed into (`ResourceCore`: langgraph_client's), which retries it when the spec
says it is safe and parses the answer with the endpoint's `parse_response`. The handwritten
resource clients of langgraph_client inherit these classes and add the methods with more to
them; their sync twins are derived from the same methods.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, cast, overload

import httpx

from .types import UNSET, Unset, WireDict

if TYPE_CHECKING:
    import langgraph_client._resume as resume
    import langgraph_client.schema as schema

    from .literals import (
        AllNodes,
        Durability,
        IfNotExists,
        MultitaskStrategy,
        RunStatus,
        ThreadStatus,
    )
    from .models import (
        Assistant,
        AssistantVersion,
        Checkpoint,
        Config,
        Cron,
        CronSelection,
        GraphSchema,
        Item,
        ListNamespaceResponse,
        Run,
        RunCreateStateful,
        RunCreateStateless,
        RunCreateStreamingStateful,
        RunCreateStreamingStateless,
        RunSelection,
        SearchItemsResponse,
        Thread,
        ThreadSelection,
        ThreadStateUpdateResponse,
    )

__all__ = [
    "AssistantsMethods",
    "CronsMethods",
    "NOT_GIVEN",
    "NotGiven",
    "QueryParams",
    "ResourceCore",
    "RunsMethods",
    "RunsStreamOverloads",
    "StoreMethods",
    "ThreadsMethods",
    "TimeoutTypes",
    "checked",
    "command_fields",
    "given",
    "json_object",
    "listed",
    "namespace_labels",
    "node_names",
    "stream_modes",
]

T = TypeVar("T")
M = TypeVar("M", bound=WireDict)
One = TypeVar("One", covariant=True)
Two = TypeVar("Two", covariant=True)


class NotGiven:
    """The type of `NOT_GIVEN`: "use the default", distinct from `None`, which means "none"."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Any = NotGiven()

#: A call's timeout: seconds, an `httpx.Timeout`, or (connect, read, write, pool) seconds.
TimeoutTypes = httpx.Timeout | float | tuple[float | None, float | None, float | None, float | None]
#: Query parameters added to a call's URL.
QueryParams = Mapping[str, Any] | None


class ResourceCore(Protocol):
    """What the methods call: send a request made by an endpoint's `get_kwargs`, with the
    call's extra headers, query parameters and timeout, and parse the answer with `parse`;
    `reconnect_limit`: how often a cut answer is fetched again (the core's default: as many
    times as the client allows for an operation marked `x-resumable`, else never)."""

    async def call(
        self,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
        reconnect_limit: int | None = NOT_GIVEN,
    ) -> T: ...


def given(value: T | None) -> T | Unset:
    """An argument as a request model's constructor takes it: None (not given) is UNSET,
    which the model leaves out of the body."""
    return UNSET if value is None else value


@overload
def json_object(model: type[M], value: Mapping[str, Any]) -> M: ...
@overload
def json_object(model: type[M], value: Mapping[str, Any] | None) -> M | Unset: ...
def json_object(model: type[M], value: Mapping[str, Any] | None) -> M | Unset:
    """A mapping argument as the request model's object field (`Metadata`, `Config`, ...)
    takes it; UNSET when None. A value that is not a mapping is passed on as it is, for
    `checked` to refuse by the name of its field."""
    if value is None:
        return UNSET
    if isinstance(value, Mapping):
        return model.from_dict(value)
    return cast(M, value)


def checked(body: M) -> M:
    """The request model `body` once every field it holds reads as the spec types it; a
    value of another form (an enum given as a number, an integer as a string, a mapping as a
    list) raises `FieldValueError` (a ValueError naming the model and the field) before
    anything is sent. An enum value this spec does not list is sent as given."""
    names = body._wire_names
    for key in body:
        name = names.get(key)
        if name is not None:
            getattr(body, name)
    return body


def listed(values: Sequence[T], what: str) -> list[T]:
    """A sequence argument as a list, refusing one string given for it (which would be sent
    as its characters)."""
    if isinstance(values, str):
        raise TypeError(f"{what} must be a sequence, not the string {values!r}")
    return list(values)


def namespace_labels(namespace: Sequence[str], what: str = "namespace") -> list[str]:
    """A store namespace as the API takes it, checked: a sequence of string labels, none
    holding a period (which the server joins them with)."""
    labels = listed(namespace, what)
    for label in labels:
        if not isinstance(label, str):
            raise TypeError(f"{what} labels must be strings, not {type(label).__name__}")
        if "." in label:
            raise ValueError(f"{what} label {label!r} contains a period, which labels cannot")
    return labels


def stream_modes(stream_mode: str | Sequence[str] | None) -> list[str] | None:
    """Stream modes as a list, whether one mode or several were given."""
    if stream_mode is None:
        return None
    if isinstance(stream_mode, str):
        return [stream_mode]
    return list(stream_mode)


def node_names(value: str | Sequence[str] | None) -> str | list[str] | None:
    """Node names as the API takes them (`interrupt_before` and the like): `"*"` for every
    node, or a list."""
    if value is None or isinstance(value, str):
        return value
    return list(value)


def command_fields(command: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """A command's fields that are set (`Command(resume=...)` leaves `goto` and `update`
    out); a value that is not a mapping is left for `checked` to refuse."""
    if not isinstance(command, Mapping):
        return command
    return {key: value for key, value in command.items() if value is not None}


class AssistantsMethods:
    """The `assistants` methods that make one call each, over the client's core."""

    __slots__ = ()

    if TYPE_CHECKING:

        @property
        def _core(self) -> ResourceCore:
            """The client's core, set by the resource client this class is mixed into."""

    async def count(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        graph_id: str | None = None,
        name: str | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> int:
        """How many assistants match every filter given."""
        from .api.assistants import count_assistants as op
        from .models import AssistantCountRequest, Metadata

        kwargs = op.get_kwargs(
            body=checked(
                AssistantCountRequest(
                    metadata=json_object(Metadata, metadata or None),
                    graph_id=given(graph_id),
                    name=given(name),
                )
            )
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def get(
        self,
        assistant_id: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Assistant:
        """The assistant ``assistant_id`` (an id, or a graph id for its default assistant)."""
        from .api.assistants import get_assistant as op

        kwargs = op.get_kwargs(assistant_id)
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def delete(
        self,
        assistant_id: str,
        *,
        delete_threads: bool = False,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> None:
        """Delete the assistant (and, with ``delete_threads=True``, its threads)."""
        from .api.assistants import delete_assistant as op

        kwargs = op.get_kwargs(assistant_id, delete_threads=delete_threads or None)
        await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def update(
        self,
        assistant_id: str,
        *,
        graph_id: str | None = None,
        config: Config | None = None,
        context: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        name: str | None = None,
        headers: Mapping[str, str] | None = None,
        description: str | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Assistant:
        """Change the assistant; this makes a new version and makes it the latest."""
        from .api.assistants import update_assistant as op
        from .models import AssistantPatch, Config, JsonObject, Metadata

        kwargs = op.get_kwargs(
            assistant_id,
            body=checked(
                AssistantPatch(
                    graph_id=given(graph_id),
                    config=json_object(Config, config),
                    context=json_object(JsonObject, context),
                    metadata=json_object(Metadata, metadata or None),
                    name=given(name),
                    description=given(description),
                )
            ),
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def get_graph(
        self,
        assistant_id: str,
        *,
        xray: int | bool = False,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> dict[str, list[dict[str, Any]]]:
        """The assistant's graph as nodes and edges; ``xray`` also draws subgraphs (to that depth
        when an int)."""
        from .api.assistants import get_assistant_graph as op

        kwargs = op.get_kwargs(assistant_id, xray=xray)
        result = await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )
        return result.to_dict()

    async def get_schemas(
        self,
        assistant_id: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> GraphSchema:
        """The JSON schemas of the assistant's input, output, state, config and context."""
        from .api.assistants import get_assistant_schemas as op

        kwargs = op.get_kwargs(assistant_id)
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def get_versions(
        self,
        assistant_id: str,
        metadata: Mapping[str, Any] | None = None,
        limit: int = 10,
        offset: int = 0,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> list[AssistantVersion]:
        """The assistant's versions, newest first."""
        from .api.assistants import list_assistant_versions as op
        from .models import AssistantVersionsSearchRequest, Metadata

        kwargs = op.get_kwargs(
            assistant_id,
            body=checked(
                AssistantVersionsSearchRequest(
                    metadata=json_object(Metadata, metadata or None), limit=limit, offset=offset
                )
            ),
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def set_latest(
        self,
        assistant_id: str,
        version: int,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Assistant:
        """Make ``version`` the assistant's current version."""
        from .api.assistants import set_latest_assistant_version as op
        from .models import AssistantVersionChange

        kwargs = op.get_kwargs(assistant_id, body=checked(AssistantVersionChange(version=version)))
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )


class ThreadsMethods:
    """The `threads` methods that make one call each, over the client's core."""

    __slots__ = ()

    if TYPE_CHECKING:

        @property
        def _core(self) -> ResourceCore:
            """The client's core, set by the resource client this class is mixed into."""

    async def search(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        values: Mapping[str, Any] | None = None,
        ids: Sequence[str] | None = None,
        status: ThreadStatus | None = None,
        limit: int = 10,
        offset: int = 0,
        sort_by: str | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        select: list[str] | None = None,
        extract: dict[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> list[Thread | ThreadSelection]:
        """Threads matching every filter given, ``limit`` at a time from ``offset``."""
        from .api.threads import search_threads as op
        from .models import JsonObject, Metadata, ThreadExtract, ThreadSearchRequest

        kwargs = op.get_kwargs(
            body=checked(
                ThreadSearchRequest(
                    metadata=json_object(Metadata, metadata or None),
                    values=json_object(JsonObject, values or None),
                    ids=given(list(ids) if ids else None),
                    status=given(status),
                    limit=limit,
                    offset=offset,
                    sort_by=given(sort_by),
                    sort_order=given(sort_order),
                    select=given(list(select) if select else None),
                    extract=json_object(ThreadExtract, extract or None),
                )
            )
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def count(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        values: Mapping[str, Any] | None = None,
        status: ThreadStatus | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> int:
        """How many threads match every filter given."""
        from .api.threads import count_threads as op
        from .models import JsonObject, Metadata, ThreadCountRequest

        kwargs = op.get_kwargs(
            body=checked(
                ThreadCountRequest(
                    metadata=json_object(Metadata, metadata or None),
                    values=json_object(JsonObject, values or None),
                    status=given(status),
                )
            )
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def prune(
        self,
        thread_ids: Sequence[str],
        *,
        strategy: Literal["delete", "keep_latest"] = "delete",
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> dict[str, Any]:
        """Delete the threads (``strategy="delete"``) or keep only their latest checkpoint
        (``"keep_latest"``); the server's report, e.g. ``{"pruned_count": 2}``."""
        from .api.threads import prune_threads as op
        from .models import ThreadPruneRequest

        kwargs = op.get_kwargs(
            body=checked(
                ThreadPruneRequest(thread_ids=listed(thread_ids, "thread_ids"), strategy=strategy)
            )
        )
        result = await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )
        return result.to_dict()

    async def get(
        self,
        thread_id: str,
        *,
        include: Sequence[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Thread:
        """The thread ``thread_id``; ``include`` names extra fields to return (e.g. ``ttl``)."""
        from .api.threads import get_thread as op

        kwargs = op.get_kwargs(thread_id, include=include or None)
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def delete(
        self,
        thread_id: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> None:
        """Delete the thread and everything on it."""
        from .api.threads import delete_thread as op

        kwargs = op.get_kwargs(thread_id)
        await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def copy(
        self,
        thread_id: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Thread:
        """Copy the thread, with its state and history, into a new thread; the new thread (as the
        server sends it, which langgraph-sdk also passes on)."""
        from .api.threads import copy_thread as op

        kwargs = op.get_kwargs(thread_id)
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def update_state(
        self,
        thread_id: str,
        values: Mapping[str, Any] | Sequence[Mapping[str, Any]] | None,
        *,
        as_node: str | None = None,
        checkpoint: Checkpoint | Mapping[str, Any] | None = None,
        checkpoint_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> ThreadStateUpdateResponse:
        """Write ``values`` to the thread's state as if node ``as_node`` had returned them; the new
        checkpoint."""
        from .api.threads import update_thread_state as op
        from .models import Checkpoint, ThreadStateUpdate

        kwargs = op.get_kwargs(
            thread_id,
            body=checked(
                ThreadStateUpdate(
                    values=cast(Any, values),
                    as_node=given(as_node),
                    checkpoint=json_object(Checkpoint, checkpoint or None),
                    checkpoint_id=given(checkpoint_id),
                )
            ),
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )


class RunsMethods:
    """The `runs` methods that make one call each, over the client's core."""

    __slots__ = ()

    if TYPE_CHECKING:

        @property
        def _core(self) -> ResourceCore:
            """The client's core, set by the resource client this class is mixed into."""

        #: The resource client's method a built request is handed to (`start`).
        _start_run: Callable[..., Any]

    async def list(
        self,
        thread_id: str,
        *,
        limit: int = 10,
        offset: int = 0,
        status: RunStatus | None = None,
        select: builtins.list[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> builtins.list[Run | RunSelection]:
        """The thread's runs, newest first."""
        from .api.runs import list_runs as op

        kwargs = op.get_kwargs(
            thread_id,
            limit=limit,
            offset=offset,
            status=status,
            select=list(select) if select else None,
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def create(
        self,
        thread_id: str | None,
        assistant_id: str,
        *,
        input: schema.Input | None = None,
        command: schema.Command | None = None,
        stream_mode: schema.StreamMode | Sequence[schema.StreamMode] = "values",
        stream_subgraphs: bool = False,
        stream_resumable: bool = False,
        metadata: Mapping[str, Any] | None = None,
        config: schema.Config | None = None,
        context: schema.Context | None = None,
        checkpoint: schema.Checkpoint | None = None,
        checkpoint_id: str | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: AllNodes | Sequence[str] | None = None,
        interrupt_after: AllNodes | Sequence[str] | None = None,
        webhook: str | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        if_not_exists: IfNotExists | None = None,
        on_completion: schema.OnCompletionBehavior | None = None,
        after_seconds: int | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        on_run_created: Callable[[schema.RunCreateMetadata], None] | None = None,
        durability: Durability | None = None,
        strict_resume: bool | None = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Run:
        """Start a run in the background and return it at once (``thread_id=None``: stateless).
        Follow it with ``join``, ``join_stream`` or ``get``."""
        from .api.runs import create_run, create_run_stateless

        body = RunsMethods._create_body(
            thread_id,
            assistant_id=assistant_id,
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
        )
        endpoint: ModuleType
        if thread_id is None:
            endpoint = create_run_stateless
            kwargs = endpoint.get_kwargs(body=checked(cast("RunCreateStateless", body)))
        else:
            endpoint = create_run
            kwargs = endpoint.get_kwargs(thread_id, body=checked(cast("RunCreateStateful", body)))
        started = self._start_run(
            endpoint,
            kwargs,
            body,
            thread_id=thread_id,
            headers=headers,
            params=params,
            on_run_created=on_run_created,
            strict_resume=strict_resume,
            timeout=timeout,
        )
        return cast("Run", await started)

    @staticmethod
    def _create_body(
        thread_id: str | None,
        assistant_id: str,
        *,
        input: schema.Input | None = None,
        command: schema.Command | None = None,
        stream_mode: schema.StreamMode | Sequence[schema.StreamMode] = "values",
        stream_subgraphs: bool = False,
        stream_resumable: bool = False,
        metadata: Mapping[str, Any] | None = None,
        config: schema.Config | None = None,
        context: schema.Context | None = None,
        checkpoint: schema.Checkpoint | None = None,
        checkpoint_id: str | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: AllNodes | Sequence[str] | None = None,
        interrupt_after: AllNodes | Sequence[str] | None = None,
        webhook: str | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        if_not_exists: IfNotExists | None = None,
        on_completion: schema.OnCompletionBehavior | None = None,
        after_seconds: int | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
        durability: Durability | None = None,
    ) -> RunCreateStateful | RunCreateStateless:
        """The body `create` sends: on a thread, or stateless (`thread_id` None); a field
        the route's model does not declare is not sent there."""
        from .models import (
            Checkpoint,
            Command,
            Config,
            JsonObject,
            LangSmithTracer,
            Metadata,
            RunCreateStateful,
            RunCreateStateless,
        )

        if thread_id is None:
            return RunCreateStateless(
                assistant_id=assistant_id,
                input_=given(input),
                command=json_object(Command, command_fields(command)),
                stream_mode=given(stream_modes(stream_mode)),
                stream_subgraphs=stream_subgraphs,
                stream_resumable=stream_resumable,
                metadata=json_object(Metadata, metadata),
                config=json_object(Config, config),
                context=json_object(JsonObject, context),
                checkpoint=json_object(Checkpoint, checkpoint),
                checkpoint_during=given(checkpoint_during),
                interrupt_before=given(node_names(interrupt_before)),
                interrupt_after=given(node_names(interrupt_after)),
                webhook=given(webhook),
                on_completion=given(on_completion),
                after_seconds=given(after_seconds),
                langsmith_tracer=json_object(LangSmithTracer, langsmith_tracing),
                durability=given(durability),
            )
        return RunCreateStateful(
            assistant_id=assistant_id,
            input_=given(input),
            command=json_object(Command, command_fields(command)),
            stream_mode=given(stream_modes(stream_mode)),
            stream_subgraphs=stream_subgraphs,
            stream_resumable=stream_resumable,
            metadata=json_object(Metadata, metadata),
            config=json_object(Config, config),
            context=json_object(JsonObject, context),
            checkpoint=json_object(Checkpoint, checkpoint),
            checkpoint_id=given(checkpoint_id),
            checkpoint_during=given(checkpoint_during),
            interrupt_before=given(node_names(interrupt_before)),
            interrupt_after=given(node_names(interrupt_after)),
            webhook=given(webhook),
            multitask_strategy=given(multitask_strategy),
            if_not_exists=given(if_not_exists),
            after_seconds=given(after_seconds),
            langsmith_tracer=json_object(LangSmithTracer, langsmith_tracing),
            durability=given(durability),
        )

    def _stream(
        self,
        thread_id: str | None,
        assistant_id: str,
        *,
        input: schema.Input | None = None,
        command: schema.Command | None = None,
        stream_mode: schema.StreamMode | Sequence[schema.StreamMode] = "values",
        stream_subgraphs: bool = False,
        stream_resumable: bool = False,
        metadata: Mapping[str, Any] | None = None,
        config: schema.Config | None = None,
        context: schema.Context | None = None,
        checkpoint: schema.Checkpoint | None = None,
        checkpoint_id: str | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: AllNodes | Sequence[str] | None = None,
        interrupt_after: AllNodes | Sequence[str] | None = None,
        feedback_keys: Sequence[str] | None = None,
        on_disconnect: schema.DisconnectMode | None = None,
        on_completion: schema.OnCompletionBehavior | None = None,
        webhook: str | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        if_not_exists: IfNotExists | None = None,
        after_seconds: int | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        on_run_created: Callable[[schema.RunCreateMetadata], None] | None = None,
        durability: Durability | None = None,
        strict_resume: bool | None = None,
        version: schema.StreamVersion = "v1",
        timeout: TimeoutTypes | None = NOT_GIVEN,
        resume_token: resume.ResumeToken | None = None,
    ) -> AsyncIterator[Any]:
        """Start a run and yield its events as they happen: ``StreamPart(event, data, id)``, or
        with ``version="v2"`` typed dicts ``{"type", "ns", "data", "interrupts"}``
        (``StreamPartV2``: a type checker narrows a part on ``part["type"]``).
        ``thread_id=None`` runs statelessly. ``stream_mode`` picks the events (values, updates,
        messages, messages-tuple, events, debug, custom, tasks, checkpoints; one or several).
        With ``stream_resumable=True`` a cut stream is resumed where it stopped.
        ``on_run_created`` is called with the new run's ids before the first event.
        ``resume_token``, an empty ``ResumeToken()``, is kept up to date with where the stream
        stands: ``runs.resume(token)`` goes on from there, in any client."""
        from .api.runs import stream_run, stream_run_stateless

        body = RunsMethods._stream_body(
            thread_id,
            assistant_id=assistant_id,
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
        )
        endpoint: ModuleType
        if thread_id is None:
            endpoint = stream_run_stateless
            kwargs = endpoint.get_kwargs(body=checked(cast("RunCreateStreamingStateless", body)))
        else:
            endpoint = stream_run
            kwargs = endpoint.get_kwargs(
                thread_id, body=checked(cast("RunCreateStreamingStateful", body))
            )
        started = self._start_run(
            endpoint,
            kwargs,
            body,
            thread_id=thread_id,
            headers=headers,
            params=params,
            on_run_created=on_run_created,
            strict_resume=strict_resume,
            version=version,
            timeout=timeout,
            resume_token=resume_token,
        )
        return cast("AsyncIterator[Any]", started)

    @staticmethod
    def _stream_body(
        thread_id: str | None,
        assistant_id: str,
        *,
        input: schema.Input | None = None,
        command: schema.Command | None = None,
        stream_mode: schema.StreamMode | Sequence[schema.StreamMode] = "values",
        stream_subgraphs: bool = False,
        stream_resumable: bool = False,
        metadata: Mapping[str, Any] | None = None,
        config: schema.Config | None = None,
        context: schema.Context | None = None,
        checkpoint: schema.Checkpoint | None = None,
        checkpoint_id: str | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: AllNodes | Sequence[str] | None = None,
        interrupt_after: AllNodes | Sequence[str] | None = None,
        feedback_keys: Sequence[str] | None = None,
        on_disconnect: schema.DisconnectMode | None = None,
        on_completion: schema.OnCompletionBehavior | None = None,
        webhook: str | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        if_not_exists: IfNotExists | None = None,
        after_seconds: int | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
        durability: Durability | None = None,
    ) -> RunCreateStreamingStateful | RunCreateStreamingStateless:
        """The body `stream` sends: on a thread, or stateless (`thread_id` None); a field
        the route's model does not declare is not sent there."""
        from .models import (
            Checkpoint,
            Command,
            Config,
            JsonObject,
            LangSmithTracer,
            Metadata,
            RunCreateStreamingStateful,
            RunCreateStreamingStateless,
        )

        if thread_id is None:
            return RunCreateStreamingStateless(
                assistant_id=assistant_id,
                input_=given(input),
                command=json_object(Command, command_fields(command)),
                stream_mode=given(stream_modes(stream_mode)),
                stream_subgraphs=stream_subgraphs,
                stream_resumable=stream_resumable,
                metadata=json_object(Metadata, metadata),
                config=json_object(Config, config),
                context=json_object(JsonObject, context),
                checkpoint=json_object(Checkpoint, checkpoint),
                checkpoint_during=given(checkpoint_during),
                interrupt_before=given(node_names(interrupt_before)),
                interrupt_after=given(node_names(interrupt_after)),
                feedback_keys=given(None if feedback_keys is None else list(feedback_keys)),
                on_disconnect=given(on_disconnect),
                on_completion=given(on_completion),
                webhook=given(webhook),
                after_seconds=given(after_seconds),
                langsmith_tracer=json_object(LangSmithTracer, langsmith_tracing),
                durability=given(durability),
            )
        return RunCreateStreamingStateful(
            assistant_id=assistant_id,
            input_=given(input),
            command=json_object(Command, command_fields(command)),
            stream_mode=given(stream_modes(stream_mode)),
            stream_subgraphs=stream_subgraphs,
            stream_resumable=stream_resumable,
            metadata=json_object(Metadata, metadata),
            config=json_object(Config, config),
            context=json_object(JsonObject, context),
            checkpoint=json_object(Checkpoint, checkpoint),
            checkpoint_id=given(checkpoint_id),
            checkpoint_during=given(checkpoint_during),
            interrupt_before=given(node_names(interrupt_before)),
            interrupt_after=given(node_names(interrupt_after)),
            feedback_keys=given(None if feedback_keys is None else list(feedback_keys)),
            on_disconnect=given(on_disconnect),
            webhook=given(webhook),
            multitask_strategy=given(multitask_strategy),
            if_not_exists=given(if_not_exists),
            after_seconds=given(after_seconds),
            langsmith_tracer=json_object(LangSmithTracer, langsmith_tracing),
            durability=given(durability),
        )

    async def wait(
        self,
        thread_id: str | None,
        assistant_id: str,
        *,
        input: schema.Input | None = None,
        command: schema.Command | None = None,
        metadata: Mapping[str, Any] | None = None,
        config: schema.Config | None = None,
        context: schema.Context | None = None,
        checkpoint: schema.Checkpoint | None = None,
        checkpoint_id: str | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: AllNodes | Sequence[str] | None = None,
        interrupt_after: AllNodes | Sequence[str] | None = None,
        webhook: str | None = None,
        on_disconnect: schema.DisconnectMode | None = None,
        on_completion: schema.OnCompletionBehavior | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        if_not_exists: IfNotExists | None = None,
        after_seconds: int | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
        raise_error: bool = True,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        on_run_created: Callable[[schema.RunCreateMetadata], None] | None = None,
        durability: Durability | None = None,
        strict_resume: bool | None = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> builtins.list[dict[str, Any]] | dict[str, Any]:
        """Start a run and wait for it; its final values. If the run failed and ``raise_error`` is
        true, raise ``RunFailedError`` with the server's error."""
        from .api.runs import wait_run, wait_run_stateless

        body = RunsMethods._wait_body(
            thread_id,
            assistant_id=assistant_id,
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
        )
        endpoint: ModuleType
        if thread_id is None:
            endpoint = wait_run_stateless
            kwargs = endpoint.get_kwargs(body=checked(cast("RunCreateStreamingStateless", body)))
        else:
            endpoint = wait_run
            kwargs = endpoint.get_kwargs(
                thread_id, body=checked(cast("RunCreateStreamingStateful", body))
            )
        started = self._start_run(
            endpoint,
            kwargs,
            body,
            thread_id=thread_id,
            raise_error=raise_error,
            headers=headers,
            params=params,
            on_run_created=on_run_created,
            strict_resume=strict_resume,
            timeout=timeout,
        )
        return cast("builtins.list[dict[str, Any]] | dict[str, Any]", await started)

    @staticmethod
    def _wait_body(
        thread_id: str | None,
        assistant_id: str,
        *,
        input: schema.Input | None = None,
        command: schema.Command | None = None,
        metadata: Mapping[str, Any] | None = None,
        config: schema.Config | None = None,
        context: schema.Context | None = None,
        checkpoint: schema.Checkpoint | None = None,
        checkpoint_id: str | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: AllNodes | Sequence[str] | None = None,
        interrupt_after: AllNodes | Sequence[str] | None = None,
        webhook: str | None = None,
        on_disconnect: schema.DisconnectMode | None = None,
        on_completion: schema.OnCompletionBehavior | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        if_not_exists: IfNotExists | None = None,
        after_seconds: int | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
        durability: Durability | None = None,
    ) -> RunCreateStreamingStateful | RunCreateStreamingStateless:
        """The body `wait` sends: on a thread, or stateless (`thread_id` None); a field
        the route's model does not declare is not sent there."""
        from .models import (
            Checkpoint,
            Command,
            Config,
            JsonObject,
            LangSmithTracer,
            Metadata,
            RunCreateStreamingStateful,
            RunCreateStreamingStateless,
        )

        if thread_id is None:
            return RunCreateStreamingStateless(
                assistant_id=assistant_id,
                input_=given(input),
                command=json_object(Command, command_fields(command)),
                metadata=json_object(Metadata, metadata),
                config=json_object(Config, config),
                context=json_object(JsonObject, context),
                checkpoint=json_object(Checkpoint, checkpoint),
                checkpoint_during=given(checkpoint_during),
                interrupt_before=given(node_names(interrupt_before)),
                interrupt_after=given(node_names(interrupt_after)),
                webhook=given(webhook),
                on_disconnect=given(on_disconnect),
                on_completion=given(on_completion),
                after_seconds=given(after_seconds),
                langsmith_tracer=json_object(LangSmithTracer, langsmith_tracing),
                durability=given(durability),
            )
        return RunCreateStreamingStateful(
            assistant_id=assistant_id,
            input_=given(input),
            command=json_object(Command, command_fields(command)),
            metadata=json_object(Metadata, metadata),
            config=json_object(Config, config),
            context=json_object(JsonObject, context),
            checkpoint=json_object(Checkpoint, checkpoint),
            checkpoint_id=given(checkpoint_id),
            checkpoint_during=given(checkpoint_during),
            interrupt_before=given(node_names(interrupt_before)),
            interrupt_after=given(node_names(interrupt_after)),
            webhook=given(webhook),
            on_disconnect=given(on_disconnect),
            multitask_strategy=given(multitask_strategy),
            if_not_exists=given(if_not_exists),
            after_seconds=given(after_seconds),
            langsmith_tracer=json_object(LangSmithTracer, langsmith_tracing),
            durability=given(durability),
        )

    async def get(
        self,
        thread_id: str,
        run_id: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Run:
        """The run ``run_id`` on the thread."""
        from .api.runs import get_run as op

        kwargs = op.get_kwargs(thread_id, run_id)
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def delete(
        self,
        thread_id: str,
        run_id: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> None:
        """Delete the run."""
        from .api.runs import delete_run as op

        kwargs = op.get_kwargs(thread_id, run_id)
        await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def join(
        self,
        thread_id: str,
        run_id: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> dict[str, Any]:
        """Wait for the run to finish; the thread's values after it."""
        from .api.runs import join_run as op

        kwargs = op.get_kwargs(thread_id, run_id)
        result = await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )
        return cast(dict[str, Any], result)

    async def cancel(
        self,
        thread_id: str,
        run_id: str,
        *,
        wait: bool = False,
        action: Literal["interrupt", "rollback"] = "interrupt",
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> None:
        """Cancel the run (``action="rollback"`` also deletes it); ``wait=True`` returns only once
        it has stopped."""
        from .api.runs import cancel_run as op

        kwargs = op.get_kwargs(thread_id, run_id, wait=wait, action=action)
        await self._core.call(
            kwargs,
            op.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            reconnect_limit=None if wait else 0,
        )

    async def cancel_many(
        self,
        *,
        thread_id: str | None = None,
        run_ids: Sequence[str] | None = None,
        status: Literal["pending", "running", "all"] | None = None,
        action: Literal["interrupt", "rollback"] = "interrupt",
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> None:
        """Cancel several runs: those of ``run_ids`` (on ``thread_id``), or every run in
        ``status``."""
        from .api.runs import cancel_runs as op
        from .models import RunsCancel

        kwargs = op.get_kwargs(
            action=action,
            body=checked(
                RunsCancel(
                    thread_id=given(thread_id),
                    run_ids=given(list(run_ids) if run_ids else None),
                    status=given(status),
                )
            ),
        )
        await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )


class CronsMethods:
    """The `crons` methods that make one call each, over the client's core."""

    __slots__ = ()

    if TYPE_CHECKING:

        @property
        def _core(self) -> ResourceCore:
            """The client's core, set by the resource client this class is mixed into."""

    async def search(
        self,
        *,
        assistant_id: str | None = None,
        thread_id: str | None = None,
        enabled: bool | None = None,
        metadata: Mapping[str, Any] | None = None,
        limit: int = 10,
        offset: int = 0,
        sort_by: str | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        select: list[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> list[Cron | CronSelection]:
        """Crons matching every filter given."""
        from .api.crons import search_crons as op
        from .models import CronSearch, Metadata

        kwargs = op.get_kwargs(
            body=checked(
                CronSearch(
                    assistant_id=given(assistant_id),
                    thread_id=given(thread_id),
                    enabled=given(enabled),
                    metadata=json_object(Metadata, metadata or None),
                    limit=limit,
                    offset=offset,
                    sort_by=given(sort_by),
                    sort_order=given(sort_order),
                    select=given(list(select) if select else None),
                )
            )
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def count(
        self,
        *,
        assistant_id: str | None = None,
        thread_id: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> int:
        """How many crons match every filter given."""
        from .api.crons import count_crons as op
        from .models import CronCountRequest, Metadata

        kwargs = op.get_kwargs(
            body=checked(
                CronCountRequest(
                    assistant_id=given(assistant_id),
                    thread_id=given(thread_id),
                    metadata=json_object(Metadata, metadata or None),
                )
            )
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def get(
        self,
        cron_id: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Cron:
        """The cron ``cron_id`` (langgraph-sdk has no method for this route)."""
        from .api.crons import get_cron as op

        kwargs = op.get_kwargs(cron_id)
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def delete(
        self,
        cron_id: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> None:
        """Delete the cron; runs it already started are not affected."""
        from .api.crons import delete_cron as op

        kwargs = op.get_kwargs(cron_id)
        await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )


class StoreMethods:
    """The `store` methods that make one call each, over the client's core."""

    __slots__ = ()

    if TYPE_CHECKING:

        @property
        def _core(self) -> ResourceCore:
            """The client's core, set by the resource client this class is mixed into."""

    async def put_item(
        self,
        namespace: Sequence[str],
        /,
        key: str,
        value: Mapping[str, Any],
        index: Literal[False] | list[str] | None = None,
        ttl: int | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        *,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> None:
        """Store ``value`` under ``key`` in ``namespace`` (replacing what was there); ``index``
        chooses the fields to index for search, ``ttl`` is minutes."""
        from .api.store import put_store_item as op
        from .models import JsonObject, StorePutRequest

        kwargs = op.get_kwargs(
            body=checked(
                StorePutRequest(
                    namespace=namespace_labels(namespace),
                    key=key,
                    value=json_object(JsonObject, value),
                    index=given(index),
                    ttl=given(ttl),
                )
            )
        )
        await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def delete_item(
        self,
        namespace: Sequence[str],
        /,
        key: str,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        *,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> None:
        """Delete the item under ``key`` in ``namespace``."""
        from .api.store import delete_store_item as op
        from .models import StoreDeleteRequest

        kwargs = op.get_kwargs(
            body=checked(StoreDeleteRequest(namespace=namespace_labels(namespace), key=key))
        )
        await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def get_item(
        self,
        namespace: Sequence[str],
        /,
        key: str,
        *,
        refresh_ttl: bool | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Item | None:
        """The item under ``key`` in ``namespace``, or None if there is none."""
        from .api.store import get_store_item as op

        kwargs = op.get_kwargs(
            namespace=namespace_labels(namespace), key=key, refresh_ttl=refresh_ttl
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def search_items(
        self,
        namespace_prefix: Sequence[str],
        /,
        filter: Mapping[str, Any] | None = None,
        limit: int = 10,
        offset: int = 0,
        query: str | None = None,
        refresh_ttl: bool | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        *,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> SearchItemsResponse:
        """Items under ``namespace_prefix`` whose values match ``filter`` (and ``query``, for a
        store with semantic search)."""
        from .api.store import search_store_items as op
        from .models import JsonObject, StoreSearchRequest

        kwargs = op.get_kwargs(
            body=checked(
                StoreSearchRequest(
                    namespace_prefix=namespace_labels(namespace_prefix, "namespace_prefix"),
                    filter_=json_object(JsonObject, filter or None),
                    limit=limit,
                    offset=offset,
                    query=given(query),
                    refresh_ttl=given(refresh_ttl),
                )
            )
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def list_namespaces(
        self,
        prefix: list[str] | None = None,
        suffix: list[str] | None = None,
        max_depth: int | None = None,
        limit: int = 100,
        offset: int = 0,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        *,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> ListNamespaceResponse:
        """The namespaces in the store, filtered by ``prefix``/``suffix``, cut at ``max_depth``
        labels."""
        from .api.store import list_store_namespaces as op
        from .models import StoreListNamespacesRequest

        kwargs = op.get_kwargs(
            body=checked(
                StoreListNamespacesRequest(
                    prefix=given(namespace_labels(prefix, "prefix") if prefix else None),
                    suffix=given(namespace_labels(suffix, "suffix") if suffix else None),
                    max_depth=given(max_depth),
                    limit=limit,
                    offset=offset,
                )
            )
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )


class RunsStreamOverloads(Protocol[One, Two]):
    """`runs.stream` as a type checker sees it, by `version`: `One` for the
    first value, `Two` for the second (the result types of the client it is on)."""

    @overload
    def __call__(
        self,
        thread_id: str | None,
        assistant_id: str,
        *,
        input: schema.Input | None = None,
        command: schema.Command | None = None,
        stream_mode: schema.StreamMode | Sequence[schema.StreamMode] = "values",
        stream_subgraphs: bool = False,
        stream_resumable: bool = False,
        metadata: Mapping[str, Any] | None = None,
        config: schema.Config | None = None,
        context: schema.Context | None = None,
        checkpoint: schema.Checkpoint | None = None,
        checkpoint_id: str | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: AllNodes | Sequence[str] | None = None,
        interrupt_after: AllNodes | Sequence[str] | None = None,
        feedback_keys: Sequence[str] | None = None,
        on_disconnect: schema.DisconnectMode | None = None,
        on_completion: schema.OnCompletionBehavior | None = None,
        webhook: str | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        if_not_exists: IfNotExists | None = None,
        after_seconds: int | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        on_run_created: Callable[[schema.RunCreateMetadata], None] | None = None,
        durability: Durability | None = None,
        strict_resume: bool | None = None,
        version: Literal["v1"] = "v1",
        timeout: TimeoutTypes | None = NOT_GIVEN,
        resume_token: resume.ResumeToken | None = None,
    ) -> One: ...

    @overload
    def __call__(
        self,
        thread_id: str | None,
        assistant_id: str,
        *,
        input: schema.Input | None = None,
        command: schema.Command | None = None,
        stream_mode: schema.StreamMode | Sequence[schema.StreamMode] = "values",
        stream_subgraphs: bool = False,
        stream_resumable: bool = False,
        metadata: Mapping[str, Any] | None = None,
        config: schema.Config | None = None,
        context: schema.Context | None = None,
        checkpoint: schema.Checkpoint | None = None,
        checkpoint_id: str | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: AllNodes | Sequence[str] | None = None,
        interrupt_after: AllNodes | Sequence[str] | None = None,
        feedback_keys: Sequence[str] | None = None,
        on_disconnect: schema.DisconnectMode | None = None,
        on_completion: schema.OnCompletionBehavior | None = None,
        webhook: str | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        if_not_exists: IfNotExists | None = None,
        after_seconds: int | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        on_run_created: Callable[[schema.RunCreateMetadata], None] | None = None,
        durability: Durability | None = None,
        strict_resume: bool | None = None,
        version: Literal["v2"],
        timeout: TimeoutTypes | None = NOT_GIVEN,
        resume_token: resume.ResumeToken | None = None,
    ) -> Two: ...

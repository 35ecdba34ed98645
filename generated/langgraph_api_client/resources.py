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
import uuid
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypedDict, TypeVar, Unpack, cast, overload

import httpx

from .sync import async_stream, deprecated, syncify, syncify_stream
from .types import UNSET, FieldValueError, Unset, WireDict

if TYPE_CHECKING:
    from datetime import datetime, tzinfo

    import langgraph_client._resume as resume
    import langgraph_client.schema as schema

    from .literals import (
        AllNodes,
        Durability,
        IfNotExists,
        MultitaskStrategy,
        OnCompletion,
        RunStatus,
        StreamMode,
        ThreadStatus,
    )
    from .models import (
        Assistant,
        AssistantSelection,
        AssistantVersion,
        Checkpoint,
        Config,
        Cron,
        CronSelection,
        ErrorResponse,
        GraphSchema,
        Item,
        ListNamespaceResponse,
        Run,
        RunCreateStateful,
        RunCreateStateless,
        RunCreateStreamingStateful,
        RunCreateStreamingStateless,
        RunSelection,
        RunStatus,
        SearchItem,
        SearchItemsResponse,
        Subgraphs,
        Thread,
        ThreadSelection,
        ThreadState,
        ThreadStateUpdateResponse,
        ThreadStatus,
    )

__all__ = [
    "AssistantsMethods",
    "CallOptions",
    "CronsMethods",
    "DEFAULT_PAGE_SIZE",
    "NOT_GIVEN",
    "NextPage",
    "NotGiven",
    "QueryParams",
    "ResourceCore",
    "RunsMethods",
    "RunsResumeOverloads",
    "RunsStreamOverloads",
    "StoreMethods",
    "SyncAssistantsMethods",
    "SyncCronsMethods",
    "SyncRunsMethods",
    "SyncStoreMethods",
    "SyncThreadsMethods",
    "ThreadsMethods",
    "TimeoutTypes",
    "before_config",
    "before_state",
    "checked",
    "client_named",
    "command_fields",
    "deprecated_checkpoint_during",
    "given",
    "json_object",
    "listed",
    "namespace_labels",
    "node_names",
    "one_of",
    "paged_by_checkpoint",
    "pages",
    "stream_modes",
    "supersteps_applied",
    "timezone_name",
    "ttl_body",
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


class CallOptions(TypedDict, total=False):
    """A call's own options besides its request: query `params` and `headers` added to the
    client's, `on_response` called with the answer before it is parsed, and a `timeout`
    that replaces the client's (None: none)."""

    params: QueryParams
    headers: Mapping[str, str] | None
    on_response: Callable[[httpx.Response], None] | None
    timeout: TimeoutTypes | None


class ResourceCore(Protocol):
    """What the methods call: send a request made by an endpoint's `get_kwargs` with the
    call's `options` and parse the answer with `parse`; `reconnect_limit`: how often a cut
    answer is fetched again (the core's default: as many times as the client allows for an
    operation marked `x-resumable`, else never); `retry_safe`: whether the request may be
    repeated (default: what the spec says of the operation)."""

    async def call(
        self,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        reconnect_limit: int | None = NOT_GIVEN,
        retry_safe: bool | None = None,
        **options: Unpack[CallOptions],
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
    """The request model `body` once every field it holds, and every field of the models in
    it (or in its lists), reads as the spec types it; a value of another form (an enum given as
    a number, an integer as a string, a mapping as a list), a null the spec does not allow, a
    string shorter than the spec's `minLength` or a field a closed model does not declare
    raises `FieldValueError` (a ValueError naming the model and the field) before anything is
    sent. An enum value this spec does not list is sent as given; a tuple, as a list."""
    names = body._wire_names
    for key, value in body.items():
        name = names.get(key)
        if name is None:
            if body._closed:
                refused = ValueError(f"{key!r} is no field of {type(body).__name__}")
                raise FieldValueError(body, key, refused)
            continue
        if value is None and key in body._not_null:
            raise FieldValueError(body, key, ValueError("null where the spec allows none"))
        if isinstance(value, tuple):  # a JSON array as langgraph-sdk sent one: a list
            dict.__setitem__(body, key, list(value))
        read = getattr(body, name)
        least = body._min_lengths.get(key, 0)
        if isinstance(value, str) and len(value) < least:
            raise FieldValueError(body, key, ValueError(f"fewer than {least} character(s)"))
        for model in read if isinstance(read, list) else (read,):
            if isinstance(model, WireDict):
                checked(model)
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


def timezone_name(timezone: str | tzinfo | None) -> str | None:
    """A time zone as the API takes it: an IANA name."""
    if timezone is None or isinstance(timezone, str):
        return timezone
    key = getattr(timezone, "key", None)  # zoneinfo.ZoneInfo
    if isinstance(key, str):
        return key
    name = timezone.tzname(None)
    if name in ("UTC", "UTC+00:00"):
        return "UTC"
    raise ValueError(
        f"timezone {timezone!r} has no IANA name: pass a name such as 'Europe/Paris' "
        "or a zoneinfo.ZoneInfo"
    )


def ttl_body(ttl: int | float | Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """A TTL as the API takes it: minutes become `{"ttl": minutes, "strategy": "delete"}`."""
    if ttl is None or isinstance(ttl, Mapping):
        return ttl
    if isinstance(ttl, bool) or not isinstance(ttl, int | float):
        raise TypeError(f"ttl must be minutes or a mapping, not {type(ttl).__name__}")
    return {"ttl": ttl, "strategy": "delete"}


def deprecated_checkpoint_during(value: bool | None) -> bool | Unset:
    """`checkpoint_during` as a run or cron body takes it, with its deprecation warning."""
    if value is None:
        return UNSET
    deprecated("checkpoint_during is deprecated: use durability instead")
    return value


def client_named(resource_id: str | None, if_exists: str | None) -> tuple[str | None, Any]:
    """The id and `if_exists` a create request sends: without either, the client names the
    new resource (a UUID) and sends `if_exists="do_nothing"`, which makes the request safe
    to retry (a retry after a cut connection finds what the first attempt made)."""
    if resource_id is None and if_exists in (None, "do_nothing"):
        return str(uuid.uuid4()), "do_nothing"
    return resource_id, if_exists


def one_of(value: T, allowed: Sequence[T], what: str) -> T:
    """`value`, refused (a ValueError naming `what`) unless it is one of `allowed`."""
    if value not in allowed:
        choices = " or ".join(repr(choice) for choice in allowed)
        raise ValueError(f"{what} must be {choices}, not {value!r}")
    return value


def supersteps_applied(created: T | ErrorResponse) -> T:
    """A new thread, unless the server made it without applying its supersteps (it answers
    an `ErrorResponse` then): `SuperstepsError`, with the server's message."""
    from .errors import SuperstepsError
    from .models import ErrorResponse

    if isinstance(created, ErrorResponse):
        raise SuperstepsError(created.detail)
    return created


def before_config(before: str | Mapping[str, Any] | None) -> dict[str, Any] | None:
    """`before` (a history page's start) as the server reads it: a config,
    `{"configurable": {"checkpoint_id": ...}}`. A checkpoint id or a checkpoint mapping is
    wrapped; a mapping that already has `configurable` is sent as it is."""
    if not before:
        return None
    if isinstance(before, str):
        return {"configurable": {"checkpoint_id": before}}
    if "configurable" in before:
        return dict(before)
    return {"configurable": {key: value for key, value in before.items() if value is not None}}


def paged_by_checkpoint(select: Sequence[str] | None) -> None:
    """Refuse a `select` that leaves out the checkpoint, by which history is paged."""
    if select and "checkpoint" not in select:
        raise ValueError("iter_history pages by checkpoint: select must include 'checkpoint'")


def before_state(state: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments of the history page that follows `state`: before its checkpoint."""
    return {"before": state["checkpoint"]}


class NextPage:
    """Called with each answer (a call's `on_response`): keeps the value of its next-page
    header, `header`."""

    __slots__ = ("header", "value")

    def __init__(self, header: str) -> None:
        self.header = header
        self.value: str | None = None

    def __call__(self, response: httpx.Response) -> None:
        self.value = response.headers.get(self.header)


#: The items of each page the `iter_*` methods fetch, unless their `page_size` says.
DEFAULT_PAGE_SIZE = 100


async def pages(
    resource: Any,
    list_method: Callable[..., Any],
    page_size: int,
    /,
    *args: Any,
    page_items: Callable[[Any], Sequence[Any]] = list,
    next_page: Callable[[Any], Mapping[str, Any]] | None = None,
    pagination: Any = None,
    **arguments: Any,
) -> AsyncIterator[Any]:
    """Every item `list_method` finds, page by page: the one paging loop of every `iter_*`
    method.

    `list_method` (the async definition, which both clients share) is called on a view of
    `resource` with `args` and `arguments`, plus `limit=page_size` and the page's position;
    each page is fetched only when the caller has taken every item of the one before.
    `page_items` takes the list out of an answer (`store.search_items` answers a mapping).

    - By offset (the default): the next offset is the server's next-page header where it
      sends one (`PAGINATION_NEXT` and `PAGINATION_TOTAL` of the endpoint module
      `pagination`, from the operation's `x-pagination`: langgraph-api sends the next offset
      on assistant, thread and cron searches while more follow, and the total alone on the
      last page); a server that sends neither (older ones, and every server for runs and
      store items) is read until a page comes back shorter than `page_size`, the offset
      moving by the items received.
    - By cursor: `next_page(last item)` gives the arguments of the next page, read until a
      page comes back short.

    While the result set does not change, no item is skipped or repeated.
    """
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ValueError(f"page_size must be a positive int, not {page_size!r}")
    arguments["limit"] = page_size
    if next_page is None:
        arguments["offset"] = 0
    next_header: str | None = getattr(pagination, "PAGINATION_NEXT", None)
    total_header: str | None = getattr(pagination, "PAGINATION_TOTAL", None)
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

    async def create(
        self,
        graph_id: str | None,
        config: Mapping[str, Any] | None = None,
        *,
        context: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        assistant_id: str | None = None,
        if_exists: Literal["raise", "do_nothing"] | None = None,
        name: str | None = None,
        headers: Mapping[str, str] | None = None,
        description: str | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Assistant:
        """A new assistant for the graph ``graph_id``. Without ``assistant_id`` (and
        ``if_exists``), the client names the assistant (a UUID) and sends
        ``if_exists="do_nothing"``, so the request is retried like a safe one; a retry after a
        cut connection returns the assistant the first attempt made."""
        from .api.assistants import create_assistant as op
        from .models import AssistantCreate, Config, JsonObject, Metadata

        assistant_id, if_exists = client_named(assistant_id, if_exists)
        kwargs = op.get_kwargs(
            body=checked(
                AssistantCreate(
                    graph_id=cast(str, graph_id),
                    config=json_object(Config, config or None),
                    context=json_object(JsonObject, context or None),
                    metadata=json_object(Metadata, metadata or None),
                    assistant_id=given(assistant_id),
                    if_exists=given(if_exists),
                    name=given(name),
                    description=given(description),
                )
            )
        )
        return await self._core.call(
            kwargs,
            op.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            retry_safe=if_exists == "do_nothing",
        )

    async def search(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        graph_id: str | None = None,
        name: str | None = None,
        limit: int = 10,
        offset: int = 0,
        sort_by: str | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        select: list[str] | None = None,
        response_format: Literal["array", "object"] = "array",
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> list[Assistant | AssistantSelection] | dict[str, Any]:
        """Assistants matching every filter given. With ``response_format="object"``:
        ``{"assistants": [...], "next": <offset of the next page or None>}``."""
        from .api.assistants import search_assistants as op
        from .models import AssistantSearchRequest, Metadata

        one_of(response_format, ["array", "object"], "response_format")
        next_page = NextPage(op.PAGINATION_NEXT)
        kwargs = op.get_kwargs(
            body=checked(
                AssistantSearchRequest(
                    metadata=json_object(Metadata, metadata or None),
                    graph_id=given(graph_id),
                    name=given(name),
                    limit=limit,
                    offset=offset,
                    sort_by=given(sort_by),
                    sort_order=given(sort_order),
                    select=given(listed(select, "select") if select else None),
                )
            )
        )
        result = await self._core.call(
            kwargs,
            op.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            on_response=next_page,
        )
        return (
            result
            if response_format == "array"
            else {"assistants": result, "next": next_page.value}
        )

    @async_stream
    async def iter_search(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        graph_id: str | None = None,
        name: str | None = None,
        sort_by: str | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        select: list[str] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> AsyncIterator[Assistant | AssistantSelection]:
        """Every assistant matching the filters (those of ``search``), fetched ``page_size`` at a
        time as the iteration goes."""
        from .api.assistants import search_assistants as op

        found = pages(
            self,
            AssistantsMethods.search,
            page_size,
            metadata=metadata,
            graph_id=graph_id,
            name=name,
            sort_by=sort_by,
            sort_order=sort_order,
            select=select,
            headers=headers,
            params=params,
            timeout=timeout,
            pagination=op,
        )
        async for item in found:
            yield item

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

    async def get_subgraphs(
        self,
        assistant_id: str,
        namespace: str | None = None,
        recurse: bool = False,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Subgraphs:
        """The schemas of the assistant's subgraphs (those under ``namespace``; ``recurse`` for
        nested ones)."""
        from .api.assistants import get_assistant_subgraphs as op

        if namespace is not None:
            return await AssistantsMethods._get_subgraphs_under(
                self,
                assistant_id,
                namespace,
                recurse,
                headers=headers,
                params=params,
                timeout=timeout,
            )
        kwargs = op.get_kwargs(assistant_id, recurse=recurse)
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def _get_subgraphs_under(
        self,
        assistant_id: str,
        namespace: str,
        recurse: bool = False,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Subgraphs:
        """The schemas of the assistant's subgraphs under ``namespace`` (``get_subgraphs`` with a
        namespace)."""
        from .api.assistants import get_assistant_subgraphs_by_namespace as op

        kwargs = op.get_kwargs(assistant_id, namespace, recurse=recurse)
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

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


class SyncAssistantsMethods:
    """The blocking twins of the `AssistantsMethods` methods: the same definitions,
    driven synchronously (`syncify`)."""

    __slots__ = ()

    create = syncify(AssistantsMethods.create)
    search = syncify(AssistantsMethods.search)
    iter_search = syncify_stream(AssistantsMethods.iter_search)
    count = syncify(AssistantsMethods.count)
    get = syncify(AssistantsMethods.get)
    delete = syncify(AssistantsMethods.delete)
    update = syncify(AssistantsMethods.update)
    get_graph = syncify(AssistantsMethods.get_graph)
    get_subgraphs = syncify(AssistantsMethods.get_subgraphs)
    _get_subgraphs_under = syncify(AssistantsMethods._get_subgraphs_under)
    get_schemas = syncify(AssistantsMethods.get_schemas)
    get_versions = syncify(AssistantsMethods.get_versions)
    set_latest = syncify(AssistantsMethods.set_latest)


class ThreadsMethods:
    """The `threads` methods that make one call each, over the client's core."""

    __slots__ = ()

    if TYPE_CHECKING:

        @property
        def _core(self) -> ResourceCore:
            """The client's core, set by the resource client this class is mixed into."""

    async def create(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        thread_id: str | None = None,
        if_exists: Literal["raise", "do_nothing"] | None = None,
        supersteps: Sequence[Mapping[str, Sequence[Mapping[str, Any]]]] | None = None,
        graph_id: str | None = None,
        ttl: int | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Thread:
        """A new thread. ``graph_id`` is stored in its metadata; ``supersteps`` pre-fill its state
        (``SuperstepsError`` when they cannot be applied); ``ttl`` is minutes (or ``{"ttl":
        minutes, "strategy": ...}``). Without ``thread_id`` (and ``if_exists``), the client
        names the thread (a UUID) and sends ``if_exists="do_nothing"``, so the request is
        retried like a safe one; a retry after a cut connection returns the thread the first
        attempt made, never a second."""
        from .api.threads import create_thread as op
        from .models import Metadata, ThreadCreate, ThreadSuperstep, ThreadTtl

        thread_id, if_exists = client_named(thread_id, if_exists)
        if graph_id:
            metadata = {**(metadata or {}), "graph_id": graph_id}
        kwargs = op.get_kwargs(
            body=checked(
                ThreadCreate(
                    metadata=json_object(Metadata, metadata or None),
                    thread_id=given(thread_id),
                    if_exists=given(if_exists),
                    supersteps=given(
                        [ThreadSuperstep.from_dict(step) for step in supersteps]
                        if supersteps
                        else None
                    ),
                    ttl=json_object(ThreadTtl, ttl_body(ttl)),
                )
            )
        )
        result = await self._core.call(
            kwargs,
            op.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            retry_safe=if_exists == "do_nothing",
        )
        return supersteps_applied(result)

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
                    ids=given(listed(ids, "ids") if ids else None),
                    status=given(status),
                    limit=limit,
                    offset=offset,
                    sort_by=given(sort_by),
                    sort_order=given(sort_order),
                    select=given(listed(select, "select") if select else None),
                    extract=json_object(ThreadExtract, extract or None),
                )
            )
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    @async_stream
    async def iter_search(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        values: Mapping[str, Any] | None = None,
        ids: Sequence[str] | None = None,
        status: ThreadStatus | None = None,
        sort_by: str | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        select: list[str] | None = None,
        extract: dict[str, str] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> AsyncIterator[Thread | ThreadSelection]:
        """Every thread matching the filters (those of ``search``), fetched ``page_size`` at a time
        as the iteration goes."""
        from .api.threads import search_threads as op

        found = pages(
            self,
            ThreadsMethods.search,
            page_size,
            metadata=metadata,
            values=values,
            ids=ids,
            status=status,
            sort_by=sort_by,
            sort_order=sort_order,
            select=select,
            extract=extract,
            headers=headers,
            params=params,
            timeout=timeout,
            pagination=op,
        )
        async for item in found:
            yield item

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

    async def update(
        self,
        thread_id: str,
        *,
        metadata: Mapping[str, Any],
        ttl: int | Mapping[str, Any] | None = None,
        return_minimal: bool = False,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Thread | None:
        """Merge ``metadata`` into the thread's (and set its TTL); the updated thread, or None with
        ``return_minimal=True``."""
        from .api.threads import update_thread as op
        from .models import Metadata, ThreadPatch, ThreadTtl

        kwargs = op.get_kwargs(
            thread_id,
            prefer="return=minimal" if return_minimal else None,
            body=checked(
                ThreadPatch(
                    metadata=json_object(Metadata, metadata),
                    ttl=json_object(ThreadTtl, ttl_body(ttl)),
                )
            ),
        )
        return await self._core.call(
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

    async def get_state(
        self,
        thread_id: str,
        checkpoint: Checkpoint | Mapping[str, Any] | None = None,
        checkpoint_id: str | None = None,
        *,
        subgraphs: bool = False,
        select: list[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> ThreadState:
        """The thread's state: the latest, or at ``checkpoint`` (a checkpoint mapping) or
        ``checkpoint_id``. ``subgraphs=True`` includes the state of subgraphs. ``select`` is not
        sent: no server this client supports (up to langgraph-api 0.16.7) reads it, so the whole
        state comes back."""
        from .api.threads import get_thread_state as op

        if checkpoint:
            return await ThreadsMethods._get_state_at_checkpoint(
                self,
                thread_id,
                checkpoint,
                subgraphs=subgraphs,
                headers=headers,
                params=params,
                timeout=timeout,
            )
        if checkpoint_id:
            return await ThreadsMethods._get_state_at_checkpoint_id(
                self,
                thread_id,
                checkpoint_id,
                subgraphs=subgraphs,
                headers=headers,
                params=params,
                timeout=timeout,
            )
        kwargs = op.get_kwargs(thread_id, subgraphs=subgraphs)
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

    async def _get_state_at_checkpoint_id(
        self,
        thread_id: str,
        checkpoint_id: str,
        *,
        subgraphs: bool = False,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> ThreadState:
        """The thread's state at the checkpoint ``checkpoint_id`` (``get_state`` with a checkpoint
        id)."""
        from .api.threads import get_thread_state_at_checkpoint as op

        kwargs = op.get_kwargs(thread_id, checkpoint_id, subgraphs=subgraphs)
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def _get_state_at_checkpoint(
        self,
        thread_id: str,
        checkpoint: Checkpoint | Mapping[str, Any],
        *,
        subgraphs: bool = False,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> ThreadState:
        """The thread's state at ``checkpoint`` (``get_state`` with a checkpoint mapping)."""
        from .api.threads import get_thread_state_at_checkpoint_config as op
        from .models import Checkpoint, ThreadStateCheckpointRequest

        kwargs = op.get_kwargs(
            thread_id,
            body=checked(
                ThreadStateCheckpointRequest(
                    checkpoint=json_object(Checkpoint, checkpoint), subgraphs=subgraphs
                )
            ),
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def get_history(
        self,
        thread_id: str,
        *,
        limit: int = 10,
        before: str | Checkpoint | Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        checkpoint: Checkpoint | Mapping[str, Any] | None = None,
        select: list[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> list[ThreadState]:
        """The thread's past states, newest first, ``limit`` of them, ``before`` a checkpoint (its
        id, the checkpoint or a config), matching ``metadata``. ``select`` is not sent, as in
        ``get_state``."""
        from .api.threads import search_thread_history as op
        from .models import Checkpoint, Config, Metadata, ThreadStateSearch

        kwargs = op.get_kwargs(
            thread_id,
            body=checked(
                ThreadStateSearch(
                    limit=limit,
                    before=json_object(Config, before_config(before)),
                    metadata=json_object(Metadata, metadata or None),
                    checkpoint=json_object(Checkpoint, checkpoint or None),
                )
            ),
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    @async_stream
    async def iter_history(
        self,
        thread_id: str,
        *,
        before: str | Checkpoint | Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        checkpoint: Checkpoint | Mapping[str, Any] | None = None,
        select: list[str] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> AsyncIterator[ThreadState]:
        """Every past state of the thread (the filters of ``get_history``), newest first, fetched
        ``page_size`` at a time; each page starts before the last state of the one before."""
        from .api.threads import search_thread_history as op

        paged_by_checkpoint(select)
        found = pages(
            self,
            ThreadsMethods.get_history,
            page_size,
            thread_id=thread_id,
            before=before,
            metadata=metadata,
            checkpoint=checkpoint,
            select=select,
            headers=headers,
            params=params,
            timeout=timeout,
            next_page=before_state,
            pagination=op,
        )
        async for item in found:
            yield item


class SyncThreadsMethods:
    """The blocking twins of the `ThreadsMethods` methods: the same definitions,
    driven synchronously (`syncify`)."""

    __slots__ = ()

    create = syncify(ThreadsMethods.create)
    search = syncify(ThreadsMethods.search)
    iter_search = syncify_stream(ThreadsMethods.iter_search)
    count = syncify(ThreadsMethods.count)
    prune = syncify(ThreadsMethods.prune)
    get = syncify(ThreadsMethods.get)
    delete = syncify(ThreadsMethods.delete)
    update = syncify(ThreadsMethods.update)
    copy = syncify(ThreadsMethods.copy)
    get_state = syncify(ThreadsMethods.get_state)
    update_state = syncify(ThreadsMethods.update_state)
    _get_state_at_checkpoint_id = syncify(ThreadsMethods._get_state_at_checkpoint_id)
    _get_state_at_checkpoint = syncify(ThreadsMethods._get_state_at_checkpoint)
    get_history = syncify(ThreadsMethods.get_history)
    iter_history = syncify_stream(ThreadsMethods.iter_history)


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
            select=listed(select, "select") if select else None,
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
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
        """Every run of the thread (the filters of ``list``), newest first, fetched ``page_size``
        at a time as the iteration goes."""
        from .api.runs import list_runs as op

        found = pages(
            self,
            RunsMethods.list,
            page_size,
            thread_id=thread_id,
            status=status,
            select=select,
            headers=headers,
            params=params,
            timeout=timeout,
            pagination=op,
        )
        async for item in found:
            yield item

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
                checkpoint_during=deprecated_checkpoint_during(checkpoint_during),
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
            checkpoint_during=deprecated_checkpoint_during(checkpoint_during),
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
                checkpoint_during=deprecated_checkpoint_during(checkpoint_during),
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
            checkpoint_during=deprecated_checkpoint_during(checkpoint_during),
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
                checkpoint_during=deprecated_checkpoint_during(checkpoint_during),
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
            checkpoint_during=deprecated_checkpoint_during(checkpoint_during),
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
                    run_ids=given(listed(run_ids, "run_ids") if run_ids else None),
                    status=given(status),
                )
            ),
        )
        await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )


class SyncRunsMethods:
    """The blocking twins of the `RunsMethods` methods: the same definitions,
    driven synchronously (`syncify`)."""

    __slots__ = ()

    list = syncify(RunsMethods.list)
    iter_list = syncify_stream(RunsMethods.iter_list)
    create = syncify(RunsMethods.create)
    wait = syncify(RunsMethods.wait)
    get = syncify(RunsMethods.get)
    delete = syncify(RunsMethods.delete)
    join = syncify(RunsMethods.join)
    cancel = syncify(RunsMethods.cancel)
    cancel_many = syncify(RunsMethods.cancel_many)


class CronsMethods:
    """The `crons` methods that make one call each, over the client's core."""

    __slots__ = ()

    if TYPE_CHECKING:

        @property
        def _core(self) -> ResourceCore:
            """The client's core, set by the resource client this class is mixed into."""

    async def create(
        self,
        assistant_id: str,
        *,
        schedule: str,
        input: Any | None = None,
        metadata: Mapping[str, Any] | None = None,
        config: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: AllNodes | list[str] | None = None,
        interrupt_after: AllNodes | list[str] | None = None,
        webhook: str | None = None,
        on_run_completed: OnCompletion | None = None,
        multitask_strategy: str | None = None,
        end_time: datetime | None = None,
        enabled: bool | None = None,
        timezone: str | tzinfo | None = None,
        stream_mode: StreamMode
        | Literal["tools", "lifecycle"]
        | Sequence[StreamMode | Literal["tools", "lifecycle"]]
        | None = None,
        stream_subgraphs: bool | None = None,
        stream_resumable: bool | None = None,
        durability: Durability | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Cron:
        """A cron that runs the assistant on a new thread each time, on ``schedule``;
        ``on_run_completed`` says whether that thread is kept or deleted."""
        from .api.crons import create_cron as op
        from .models import Config, CronCreate, JsonObject, Metadata

        kwargs = op.get_kwargs(
            body=checked(
                CronCreate(
                    assistant_id=assistant_id,
                    schedule=schedule,
                    input_=given(input),
                    metadata=json_object(Metadata, metadata),
                    config=json_object(Config, config),
                    context=json_object(JsonObject, context),
                    checkpoint_during=deprecated_checkpoint_during(checkpoint_during),
                    interrupt_before=given(node_names(interrupt_before)),
                    interrupt_after=given(node_names(interrupt_after)),
                    webhook=given(webhook),
                    on_run_completed=given(on_run_completed),
                    multitask_strategy=given(multitask_strategy),
                    end_time=given(end_time),
                    enabled=given(enabled),
                    timezone=given(timezone_name(timezone)),
                    stream_mode=given(stream_modes(stream_mode)),
                    stream_subgraphs=given(stream_subgraphs),
                    stream_resumable=given(stream_resumable),
                    durability=given(durability),
                )
            )
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def create_for_thread(
        self,
        thread_id: str,
        assistant_id: str,
        *,
        schedule: str,
        input: Any | None = None,
        metadata: Mapping[str, Any] | None = None,
        config: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: AllNodes | list[str] | None = None,
        interrupt_after: AllNodes | list[str] | None = None,
        webhook: str | None = None,
        multitask_strategy: str | None = None,
        end_time: datetime | None = None,
        enabled: bool | None = None,
        timezone: str | tzinfo | None = None,
        stream_mode: StreamMode
        | Literal["tools", "lifecycle"]
        | Sequence[StreamMode | Literal["tools", "lifecycle"]]
        | None = None,
        stream_subgraphs: bool | None = None,
        stream_resumable: bool | None = None,
        durability: Durability | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Cron:
        """A cron that runs the assistant on the thread ``thread_id`` on ``schedule``."""
        from .api.crons import create_thread_cron as op
        from .models import Config, JsonObject, Metadata, ThreadCronCreate

        kwargs = op.get_kwargs(
            thread_id,
            body=checked(
                ThreadCronCreate(
                    assistant_id=assistant_id,
                    schedule=schedule,
                    input_=given(input),
                    metadata=json_object(Metadata, metadata),
                    config=json_object(Config, config),
                    context=json_object(JsonObject, context),
                    checkpoint_during=deprecated_checkpoint_during(checkpoint_during),
                    interrupt_before=given(node_names(interrupt_before)),
                    interrupt_after=given(node_names(interrupt_after)),
                    webhook=given(webhook),
                    multitask_strategy=given(multitask_strategy),
                    end_time=given(end_time),
                    enabled=given(enabled),
                    timezone=given(timezone_name(timezone)),
                    stream_mode=given(stream_modes(stream_mode)),
                    stream_subgraphs=given(stream_subgraphs),
                    stream_resumable=given(stream_resumable),
                    durability=given(durability),
                )
            ),
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

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
                    select=given(listed(select, "select") if select else None),
                )
            )
        )
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    @async_stream
    async def iter_search(
        self,
        *,
        assistant_id: str | None = None,
        thread_id: str | None = None,
        enabled: bool | None = None,
        metadata: Mapping[str, Any] | None = None,
        sort_by: str | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        select: list[str] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> AsyncIterator[Cron | CronSelection]:
        """Every cron matching the filters (those of ``search``), fetched ``page_size`` at a time
        as the iteration goes."""
        from .api.crons import search_crons as op

        found = pages(
            self,
            CronsMethods.search,
            page_size,
            assistant_id=assistant_id,
            thread_id=thread_id,
            enabled=enabled,
            metadata=metadata,
            sort_by=sort_by,
            sort_order=sort_order,
            select=select,
            headers=headers,
            params=params,
            timeout=timeout,
            pagination=op,
        )
        async for item in found:
            yield item

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

    async def update(
        self,
        cron_id: str,
        *,
        schedule: str | None = None,
        end_time: datetime | None = NOT_GIVEN,
        input: Any | None = None,
        metadata: Mapping[str, Any] | None = None,
        config: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        webhook: str | None = None,
        interrupt_before: AllNodes | list[str] | None = None,
        interrupt_after: AllNodes | list[str] | None = None,
        on_run_completed: OnCompletion | None = None,
        enabled: bool | None = None,
        timezone: str | tzinfo | None = None,
        stream_mode: StreamMode
        | Literal["tools", "lifecycle"]
        | Sequence[StreamMode | Literal["tools", "lifecycle"]]
        | None = None,
        stream_subgraphs: bool | None = None,
        stream_resumable: bool | None = None,
        durability: Durability | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Cron:
        """Change the cron. Arguments left out stay as they are; ``end_time=None`` removes the end
        time."""
        from .api.crons import update_cron as op
        from .models import Config, CronPatch, JsonObject, Metadata

        kwargs = op.get_kwargs(
            cron_id,
            body=checked(
                CronPatch(
                    schedule=given(schedule),
                    end_time=UNSET if end_time is NOT_GIVEN else end_time,
                    input_=given(input),
                    metadata=json_object(Metadata, metadata),
                    config=json_object(Config, config),
                    context=json_object(JsonObject, context),
                    webhook=given(webhook),
                    interrupt_before=given(node_names(interrupt_before)),
                    interrupt_after=given(node_names(interrupt_after)),
                    on_run_completed=given(on_run_completed),
                    enabled=given(enabled),
                    timezone=given(timezone_name(timezone)),
                    stream_mode=given(stream_modes(stream_mode)),
                    stream_subgraphs=given(stream_subgraphs),
                    stream_resumable=given(stream_resumable),
                    durability=given(durability),
                )
            ),
        )
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


class SyncCronsMethods:
    """The blocking twins of the `CronsMethods` methods: the same definitions,
    driven synchronously (`syncify`)."""

    __slots__ = ()

    create = syncify(CronsMethods.create)
    create_for_thread = syncify(CronsMethods.create_for_thread)
    search = syncify(CronsMethods.search)
    iter_search = syncify_stream(CronsMethods.iter_search)
    count = syncify(CronsMethods.count)
    get = syncify(CronsMethods.get)
    update = syncify(CronsMethods.update)
    delete = syncify(CronsMethods.delete)


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

    @async_stream
    async def iter_search_items(
        self,
        namespace_prefix: Sequence[str],
        /,
        filter: Mapping[str, Any] | None = None,
        query: str | None = None,
        refresh_ttl: bool | None = None,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> AsyncIterator[SearchItem]:
        """Every item ``search_items`` finds under ``namespace_prefix`` (the same filters), fetched
        ``page_size`` at a time as the iteration goes."""
        from .api.store import search_store_items as op

        found = pages(
            self,
            StoreMethods.search_items,
            page_size,
            namespace_prefix,
            filter=filter,
            query=query,
            refresh_ttl=refresh_ttl,
            headers=headers,
            params=params,
            timeout=timeout,
            page_items=lambda answer: answer.items_,
            pagination=op,
        )
        async for item in found:
            yield item

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


class SyncStoreMethods:
    """The blocking twins of the `StoreMethods` methods: the same definitions,
    driven synchronously (`syncify`)."""

    __slots__ = ()

    put_item = syncify(StoreMethods.put_item)
    delete_item = syncify(StoreMethods.delete_item)
    get_item = syncify(StoreMethods.get_item)
    search_items = syncify(StoreMethods.search_items)
    iter_search_items = syncify_stream(StoreMethods.iter_search_items)
    list_namespaces = syncify(StoreMethods.list_namespaces)


class RunsResumeOverloads(Protocol[One, Two]):
    """`runs.resume` as a type checker sees it, by `version`: `One` for the
    first value, `Two` for the second (the result types of the client it is on)."""

    @overload
    def __call__(
        self,
        token: Mapping[str, Any],
        *,
        version: Literal["v1"] = "v1",
        resume_token: resume.ResumeToken | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> One: ...

    @overload
    def __call__(
        self,
        token: Mapping[str, Any],
        *,
        version: Literal["v2"],
        resume_token: resume.ResumeToken | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Two: ...


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

"""``client.crons``: runs on a schedule, for one thread or a new thread each time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from langgraph_api_client.resources import NOT_GIVEN, CronsMethods, QueryParams
from langgraph_api_client.types import Unset

from ._paging import DEFAULT_PAGE_SIZE, pages
from ._resource import Resource, checked, given, json_object, modes, nodes
from ._resource import checkpoint_during as checkpoint_during_field
from ._sync import async_stream, syncify, syncify_stream

if TYPE_CHECKING:
    from langgraph_api_client.models import Config as ConfigModel
    from langgraph_api_client.models import Cron, CronSelection, JsonObject, Metadata

    from .client import TimeoutTypes
    from .schema import (
        All,
        Config,
        Context,
        Durability,
        Input,
        OnCompletionBehavior,
        StreamMode,
    )


def _timezone(timezone: str | tzinfo | None) -> str | None:
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


class CronFields(TypedDict):
    """The fields every cron body (``CronCreate``, ``ThreadCronCreate``, ``CronPatch``)
    declares, as their constructors take them."""

    timezone: str | Unset
    input_: Any
    metadata: Metadata | Unset
    config: ConfigModel | Unset
    context: JsonObject | Unset
    webhook: str | Unset
    interrupt_before: str | list[str] | Unset
    interrupt_after: str | list[str] | Unset
    enabled: bool | Unset
    stream_mode: list[str] | Unset
    stream_subgraphs: bool | Unset
    stream_resumable: bool | Unset
    durability: str | Unset


def cron_fields(
    *,
    input: Input | None,
    metadata: Mapping[str, Any] | None,
    config: Config | Mapping[str, Any] | None,
    context: Context | None,
    webhook: str | None,
    interrupt_before: All | list[str] | None,
    interrupt_after: All | list[str] | None,
    enabled: bool | None,
    timezone: str | tzinfo | None,
    stream_mode: StreamMode | Sequence[StreamMode] | None,
    stream_subgraphs: bool | None,
    stream_resumable: bool | None,
    durability: Durability | None,
) -> CronFields:
    """The arguments of a cron method as its request model takes them; those left as None
    are UNSET (not sent)."""
    from langgraph_api_client.models import Config as ConfigModel
    from langgraph_api_client.models import JsonObject, Metadata

    return CronFields(
        timezone=given(_timezone(timezone)),
        input_=given(input),
        metadata=json_object(Metadata, metadata),
        config=json_object(ConfigModel, config),
        context=json_object(JsonObject, context),
        webhook=given(webhook),
        interrupt_before=given(nodes(interrupt_before)),
        interrupt_after=given(nodes(interrupt_after)),
        enabled=given(enabled),
        stream_mode=given(modes(stream_mode)),
        stream_subgraphs=given(stream_subgraphs),
        stream_resumable=given(stream_resumable),
        durability=given(durability),
    )


class CronClient(Resource, CronsMethods):
    """Crons: a run started on a cron ``schedule`` (e.g. ``"0 9 * * 1-5"``)."""

    async def create_for_thread(
        self,
        thread_id: str,
        assistant_id: str,
        *,
        schedule: str,
        input: Input | None = None,
        metadata: Mapping[str, Any] | None = None,
        config: Config | None = None,
        context: Context | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: All | list[str] | None = None,
        interrupt_after: All | list[str] | None = None,
        webhook: str | None = None,
        multitask_strategy: str | None = None,
        end_time: datetime | None = None,
        enabled: bool | None = None,
        timezone: str | tzinfo | None = None,
        stream_mode: StreamMode | Sequence[StreamMode] | None = None,
        stream_subgraphs: bool | None = None,
        stream_resumable: bool | None = None,
        durability: Durability | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Cron:
        """A cron that runs the assistant on the thread ``thread_id`` on ``schedule``."""
        from langgraph_api_client.api.crons import create_thread_cron as op
        from langgraph_api_client.models import ThreadCronCreate

        fields = cron_fields(
            input=input,
            metadata=metadata,
            config=config,
            context=context,
            webhook=webhook,
            interrupt_before=interrupt_before,
            interrupt_after=interrupt_after,
            enabled=enabled,
            timezone=timezone,
            stream_mode=stream_mode,
            stream_subgraphs=stream_subgraphs,
            stream_resumable=stream_resumable,
            durability=durability,
        )
        body = ThreadCronCreate(
            schedule=schedule,
            assistant_id=assistant_id,
            end_time=given(end_time),
            multitask_strategy=given(multitask_strategy),
            checkpoint_during=checkpoint_during_field(checkpoint_during),
            **fields,
        )
        kwargs = op.get_kwargs(thread_id, body=checked(body))
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def create(
        self,
        assistant_id: str,
        *,
        schedule: str,
        input: Input | None = None,
        metadata: Mapping[str, Any] | None = None,
        config: Config | None = None,
        context: Context | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: All | list[str] | None = None,
        interrupt_after: All | list[str] | None = None,
        webhook: str | None = None,
        on_run_completed: OnCompletionBehavior | None = None,
        multitask_strategy: str | None = None,
        end_time: datetime | None = None,
        enabled: bool | None = None,
        timezone: str | tzinfo | None = None,
        stream_mode: StreamMode | Sequence[StreamMode] | None = None,
        stream_subgraphs: bool | None = None,
        stream_resumable: bool | None = None,
        durability: Durability | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Cron:
        """A cron that runs the assistant on a new thread each time, on ``schedule``;
        ``on_run_completed`` says whether that thread is kept or deleted."""
        from langgraph_api_client.api.crons import create_cron as op
        from langgraph_api_client.models import CronCreate

        fields = cron_fields(
            input=input,
            metadata=metadata,
            config=config,
            context=context,
            webhook=webhook,
            interrupt_before=interrupt_before,
            interrupt_after=interrupt_after,
            enabled=enabled,
            timezone=timezone,
            stream_mode=stream_mode,
            stream_subgraphs=stream_subgraphs,
            stream_resumable=stream_resumable,
            durability=durability,
        )
        body = CronCreate(
            schedule=schedule,
            assistant_id=assistant_id,
            end_time=given(end_time),
            on_run_completed=given(on_run_completed),
            multitask_strategy=given(multitask_strategy),
            checkpoint_during=checkpoint_during_field(checkpoint_during),
            **fields,
        )
        kwargs = op.get_kwargs(body=checked(body))
        return await self._core.call(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )

    async def update(
        self,
        cron_id: str,
        *,
        schedule: str | None = None,
        end_time: datetime | None = NOT_GIVEN,
        input: Input | None = None,
        metadata: Mapping[str, Any] | None = None,
        config: Config | None = None,
        context: Context | None = None,
        webhook: str | None = None,
        interrupt_before: All | list[str] | None = None,
        interrupt_after: All | list[str] | None = None,
        on_run_completed: OnCompletionBehavior | None = None,
        enabled: bool | None = None,
        timezone: str | tzinfo | None = None,
        stream_mode: StreamMode | Sequence[StreamMode] | None = None,
        stream_subgraphs: bool | None = None,
        stream_resumable: bool | None = None,
        durability: Durability | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams = None,
        timeout: TimeoutTypes | None = NOT_GIVEN,
    ) -> Cron:
        """Change the cron. Arguments left out stay as they are; ``end_time=None`` removes
        the end time."""
        from langgraph_api_client.api.crons import update_cron as op
        from langgraph_api_client.models import CronPatch
        from langgraph_api_client.types import UNSET

        fields = cron_fields(
            input=input,
            metadata=metadata,
            config=config,
            context=context,
            webhook=webhook,
            interrupt_before=interrupt_before,
            interrupt_after=interrupt_after,
            enabled=enabled,
            timezone=timezone,
            stream_mode=stream_mode,
            stream_subgraphs=stream_subgraphs,
            stream_resumable=stream_resumable,
            durability=durability,
        )
        body = CronPatch(
            schedule=given(schedule),
            end_time=UNSET if end_time is NOT_GIVEN else end_time,
            on_run_completed=given(on_run_completed),
            **fields,
        )
        kwargs = op.get_kwargs(cron_id, body=checked(body))
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
        """Every cron matching the filters (those of ``search``), fetched ``page_size`` at
        a time as the iteration goes."""
        found = pages(
            self,
            CronClient.search,
            page_size,
            operation="crons.search_crons",
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
        )
        async for cron in found:
            yield cron


class SyncCronClient(Resource):
    """The blocking twin of ``CronClient``: the same methods, the same bodies."""

    create_for_thread = syncify(CronClient.create_for_thread)
    create = syncify(CronClient.create)
    get = syncify(CronClient.get)
    delete = syncify(CronClient.delete)
    update = syncify(CronClient.update)
    search = syncify(CronClient.search)
    iter_search = syncify_stream(CronClient.iter_search)
    count = syncify(CronClient.count)

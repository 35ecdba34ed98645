"""``client.crons``: runs on a schedule, for one thread or a new thread each time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any, Literal

from ._core import NOT_GIVEN, QueryParams
from ._paging import DEFAULT_PAGE_SIZE, pages
from ._resource import Resource, compact, modes, request_fields
from ._sync import async_stream, deprecated, syncify, syncify_stream

if TYPE_CHECKING:
    from langgraph_api_client.models import Cron, CronSelection

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


def cron_body(**fields: Any) -> dict[str, Any]:
    """The JSON body of a cron: the fields given, without those left as None."""
    if fields.get("checkpoint_during") is not None:
        deprecated("checkpoint_during is deprecated: use durability instead")
    if isinstance(fields.get("end_time"), datetime):
        fields["end_time"] = fields["end_time"].isoformat()
    fields["timezone"] = _timezone(fields.get("timezone"))
    if "stream_mode" in fields:
        fields["stream_mode"] = modes(fields["stream_mode"])
    return compact(**fields)


class CronClient(Resource):
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
        arguments = request_fields(locals(), "thread_id")
        from langgraph_api_client.api.crons import create_thread_cron as op
        from langgraph_api_client.models import ThreadCronCreate

        body = cron_body(**arguments)
        kwargs = op.get_kwargs(thread_id, body=ThreadCronCreate.from_dict(body))
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
        arguments = request_fields(locals())
        from langgraph_api_client.api.crons import create_cron as op
        from langgraph_api_client.models import CronCreate

        body = cron_body(**arguments)
        kwargs = op.get_kwargs(body=CronCreate.from_dict(body))
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
        from langgraph_api_client.api.crons import get_cron as op

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
        from langgraph_api_client.api.crons import delete_cron as op

        kwargs = op.get_kwargs(cron_id)
        await self._core.call(
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
        arguments = request_fields(locals(), "cron_id", "end_time")
        from langgraph_api_client.api.crons import update_cron as op
        from langgraph_api_client.models import CronPatch

        body = cron_body(**arguments)
        if end_time is not NOT_GIVEN:
            body["end_time"] = end_time.isoformat() if end_time is not None else None
        kwargs = op.get_kwargs(cron_id, body=CronPatch.from_dict(body))
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
        from langgraph_api_client.api.crons import search_crons as op
        from langgraph_api_client.models import CronSearch

        body = compact(
            assistant_id=assistant_id,
            thread_id=thread_id,
            enabled=enabled,
            metadata=metadata or None,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            sort_order=sort_order,
            select=select or None,
        )
        kwargs = op.get_kwargs(body=CronSearch.from_dict(body))
        return await self._read(
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
        async for cron in pages(CronClient.search, locals()):
            yield cron

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
        from langgraph_api_client.api.crons import count_crons as op
        from langgraph_api_client.models import CronCountRequest

        body = compact(assistant_id=assistant_id, thread_id=thread_id, metadata=metadata or None)
        kwargs = op.get_kwargs(body=CronCountRequest.from_dict(body))
        return await self._read(
            kwargs, op.parse_response, headers=headers, params=params, timeout=timeout
        )


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

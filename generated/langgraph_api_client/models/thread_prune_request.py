from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prune_strategy import PruneStrategy
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadPruneRequest")


@_attrs_define
class ThreadPruneRequest(WireMapping):
    """Body of prune_threads.

    Attributes:
        thread_ids (list[UUID]): The threads to prune.
        strategy (PruneStrategy | Unset): `delete` removes threads; `keep_latest` keeps only their latest checkpoint.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "thread_ids": "thread_ids",
        "strategy": "strategy",
    }

    thread_ids: list[UUID]
    strategy: PruneStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_ids = []
        for thread_ids_item_data in self.thread_ids:
            thread_ids_item = str(thread_ids_item_data)
            thread_ids.append(thread_ids_item)

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thread_ids": thread_ids,
            }
        )
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thread_ids = []
        _thread_ids = d.pop("thread_ids")
        for thread_ids_item_data in _thread_ids:
            thread_ids_item = UUID(thread_ids_item_data)

            thread_ids.append(thread_ids_item)

        _strategy = d.pop("strategy", UNSET)
        strategy: PruneStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = PruneStrategy(_strategy)

        thread_prune_request = cls(
            thread_ids=thread_ids,
            strategy=strategy,
        )

        thread_prune_request.additional_properties = d
        return thread_prune_request

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_create_ttl_strategy import ThreadCreateTTLStrategy
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadCreateTTL")


@_attrs_define
class ThreadCreateTTL(WireMapping):
    """The time-to-live for the thread.

    Attributes:
        strategy (ThreadCreateTTLStrategy | Unset): The TTL strategy. 'delete' removes the entire thread. 'keep_latest'
            prunes old checkpoints but keeps the thread and its latest state. Default: ThreadCreateTTLStrategy.DELETE.
        ttl (float | Unset): The time-to-live in minutes from now until thread should be swept.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "strategy": "strategy",
        "ttl": "ttl",
    }

    strategy: ThreadCreateTTLStrategy | Unset = ThreadCreateTTLStrategy.DELETE
    ttl: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _strategy = d.pop("strategy", UNSET)
        strategy: ThreadCreateTTLStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = ThreadCreateTTLStrategy(_strategy)

        ttl = d.pop("ttl", UNSET)

        thread_create_ttl = cls(
            strategy=strategy,
            ttl=ttl,
        )

        thread_create_ttl.additional_properties = d
        return thread_create_ttl

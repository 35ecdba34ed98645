from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_patch_ttl_strategy import ThreadPatchTTLStrategy
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadPatchTTL")


@_attrs_define
class ThreadPatchTTL(WireMapping):
    """The time-to-live for the thread.

    Attributes:
        strategy (ThreadPatchTTLStrategy | Unset): The TTL strategy. 'delete' removes the entire thread. 'keep_latest'
            prunes old checkpoints but keeps the thread and its latest state. Default: ThreadPatchTTLStrategy.DELETE.
        ttl (float | Unset): The time-to-live in minutes from now until thread should be swept.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "strategy": "strategy",
        "ttl": "ttl",
    }

    strategy: ThreadPatchTTLStrategy | Unset = ThreadPatchTTLStrategy.DELETE
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
        strategy: ThreadPatchTTLStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = ThreadPatchTTLStrategy(_strategy)

        ttl = d.pop("ttl", UNSET)

        thread_patch_ttl = cls(
            strategy=strategy,
            ttl=ttl,
        )

        thread_patch_ttl.additional_properties = d
        return thread_patch_ttl

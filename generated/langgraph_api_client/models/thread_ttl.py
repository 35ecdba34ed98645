from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ttl_strategy import TtlStrategy
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadTtl")


@_attrs_define
class ThreadTtl(WireMapping):
    """A TTL to set on a thread.

    Attributes:
        strategy (TtlStrategy | Unset): What happens when a thread's TTL runs out.
        ttl (float | Unset): Minutes from now until the thread expires.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "strategy": "strategy",
        "ttl": "ttl",
    }

    strategy: TtlStrategy | Unset = UNSET
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
        strategy: TtlStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = TtlStrategy(_strategy)

        ttl = d.pop("ttl", UNSET)

        thread_ttl = cls(
            strategy=strategy,
            ttl=ttl,
        )

        thread_ttl.additional_properties = d
        return thread_ttl

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_ttl_info_strategy import ThreadTTLInfoStrategy
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadTTLInfo")


@_attrs_define
class ThreadTTLInfo(WireMapping):
    """TTL information if set for this thread. Only present when ?include=ttl is passed.

    Attributes:
        strategy (ThreadTTLInfoStrategy | Unset): The TTL strategy.
        ttl_minutes (float | Unset): The TTL in minutes.
        expires_at (datetime.datetime | Unset): When the thread will expire.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "strategy": "strategy",
        "ttl_minutes": "ttl_minutes",
        "expires_at": "expires_at",
    }

    strategy: ThreadTTLInfoStrategy | Unset = UNSET
    ttl_minutes: float | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        ttl_minutes = self.ttl_minutes

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if ttl_minutes is not UNSET:
            field_dict["ttl_minutes"] = ttl_minutes
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _strategy = d.pop("strategy", UNSET)
        strategy: ThreadTTLInfoStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = ThreadTTLInfoStrategy(_strategy)

        ttl_minutes = d.pop("ttl_minutes", UNSET)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        thread_ttl_info = cls(
            strategy=strategy,
            ttl_minutes=ttl_minutes,
            expires_at=expires_at,
        )

        thread_ttl_info.additional_properties = d
        return thread_ttl_info

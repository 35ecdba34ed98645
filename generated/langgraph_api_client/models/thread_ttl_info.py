from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ttl_strategy import TtlStrategy
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadTtlInfo")


@_attrs_define
class ThreadTtlInfo(WireMapping):
    """The thread's TTL, present when asked for with `include=ttl` and set.

    Attributes:
        strategy (TtlStrategy | Unset): What happens when a thread's TTL runs out.
        ttl_minutes (float | Unset): The TTL in minutes.
        expires_at (datetime.datetime | None | Unset): When the TTL runs out.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "strategy": "strategy",
        "ttl_minutes": "ttl_minutes",
        "expires_at": "expires_at",
    }

    strategy: TtlStrategy | Unset = UNSET
    ttl_minutes: float | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        ttl_minutes = self.ttl_minutes

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

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
        strategy: TtlStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = TtlStrategy(_strategy)

        ttl_minutes = d.pop("ttl_minutes", UNSET)

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        thread_ttl_info = cls(
            strategy=strategy,
            ttl_minutes=ttl_minutes,
            expires_at=expires_at,
        )

        thread_ttl_info.additional_properties = d
        return thread_ttl_info

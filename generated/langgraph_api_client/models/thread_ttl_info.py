from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ttl_strategy import TtlStrategy
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadTtlInfo")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        thread_ttl_info = cls.__new__(cls)
        thread_ttl_info._raw = d
        return thread_ttl_info


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_strategy(d: dict[str, Any]) -> TtlStrategy | Unset:
    _strategy = d.get("strategy", UNSET)
    strategy: TtlStrategy | Unset
    if isinstance(_strategy, Unset):
        strategy = UNSET
    else:
        strategy = TtlStrategy(_strategy)

    return strategy


def _decode_ttl_minutes(d: dict[str, Any]) -> float | Unset:
    ttl_minutes: float | Unset = d.get("ttl_minutes", UNSET)
    return ttl_minutes


def _decode_expires_at(d: dict[str, Any]) -> datetime.datetime | None | Unset:
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

    expires_at = _parse_expires_at(d.get("expires_at", UNSET))

    return expires_at


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ThreadTtlInfo._wire_names}


ThreadTtlInfo._decoders = {
    "strategy": _decode_strategy,
    "ttl_minutes": _decode_ttl_minutes,
    "expires_at": _decode_expires_at,
    "additional_properties": _decode_additional_properties,
}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ttl_strategy import TtlStrategy
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadTtl")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        thread_ttl = cls.__new__(cls)
        thread_ttl._raw = d
        return thread_ttl


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_strategy(d: dict[str, Any]) -> TtlStrategy | Unset:
    _strategy = d.get("strategy", UNSET)
    strategy: TtlStrategy | Unset
    if isinstance(_strategy, Unset):
        strategy = UNSET
    else:
        strategy = TtlStrategy(_strategy)

    return strategy


def _decode_ttl(d: dict[str, Any]) -> float | Unset:
    ttl: float | Unset = d.get("ttl", UNSET)
    return ttl


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ThreadTtl._wire_names}


ThreadTtl._decoders = {
    "strategy": _decode_strategy,
    "ttl": _decode_ttl,
    "additional_properties": _decode_additional_properties,
}

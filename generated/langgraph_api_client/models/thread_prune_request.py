from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prune_strategy import PruneStrategy
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadPruneRequest")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        thread_prune_request = cls.__new__(cls)
        thread_prune_request._raw = d
        return thread_prune_request


_REQUIRED = frozenset(
    {
        "thread_ids",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_thread_ids(d: dict[str, Any]) -> list[UUID]:
    thread_ids = []
    _thread_ids = d["thread_ids"]
    for thread_ids_item_data in _thread_ids:
        thread_ids_item = UUID(thread_ids_item_data)

        thread_ids.append(thread_ids_item)

    return thread_ids


def _decode_strategy(d: dict[str, Any]) -> PruneStrategy | Unset:
    _strategy = d.get("strategy", UNSET)
    strategy: PruneStrategy | Unset
    if isinstance(_strategy, Unset):
        strategy = UNSET
    else:
        strategy = PruneStrategy(_strategy)

    return strategy


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ThreadPruneRequest._wire_names}


ThreadPruneRequest._decoders = {
    "thread_ids": _decode_thread_ids,
    "strategy": _decode_strategy,
    "additional_properties": _decode_additional_properties,
}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ThreadPruneResponse")


@_attrs_define
class ThreadPruneResponse(WireMapping):
    """Result of prune_threads.

    Attributes:
        pruned_count (int): How many threads were pruned.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "pruned_count": "pruned_count",
    }

    pruned_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pruned_count = self.pruned_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pruned_count": pruned_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pruned_count = d.pop("pruned_count")

        thread_prune_response = cls(
            pruned_count=pruned_count,
        )

        thread_prune_response.additional_properties = d
        return thread_prune_response

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ThreadPruneResponse")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        thread_prune_response = cls.__new__(cls)
        thread_prune_response._raw = d
        return thread_prune_response


_REQUIRED = frozenset(
    {
        "pruned_count",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_pruned_count(d: dict[str, Any]) -> int:
    pruned_count: int = d["pruned_count"]
    return pruned_count


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ThreadPruneResponse._wire_names}


ThreadPruneResponse._decoders = {
    "pruned_count": _decode_pruned_count,
    "additional_properties": _decode_additional_properties,
}

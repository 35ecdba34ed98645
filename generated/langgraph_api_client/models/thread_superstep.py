from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ThreadSuperstep")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ThreadSuperstep(WireMapping):
    """One superstep of state updates.

    Attributes:
        updates (list[ThreadSuperstepUpdate]):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "updates": "updates",
    }

    updates: list[ThreadSuperstepUpdate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        updates = []
        for updates_item_data in self.updates:
            updates_item = updates_item_data.to_dict()
            updates.append(updates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updates": updates,
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
        thread_superstep = cls.__new__(cls)
        thread_superstep._raw = d
        return thread_superstep


_REQUIRED = frozenset(
    {
        "updates",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_updates(d: dict[str, Any]) -> list[ThreadSuperstepUpdate]:
    updates = []
    _updates = d["updates"]
    for updates_item_data in _updates:
        updates_item = ThreadSuperstepUpdate.from_dict(updates_item_data)

        updates.append(updates_item)

    return updates


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ThreadSuperstep._wire_names}


ThreadSuperstep._decoders = {
    "updates": _decode_updates,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.thread_superstep_update import ThreadSuperstepUpdate  # noqa: E402

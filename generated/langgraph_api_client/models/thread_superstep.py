from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ThreadSuperstep")


@_attrs_define
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
        d = dict(src_dict)
        updates = []
        _updates = d.pop("updates")
        for updates_item_data in _updates:
            updates_item = ThreadSuperstepUpdate.from_dict(updates_item_data)

            updates.append(updates_item)

        thread_superstep = cls(
            updates=updates,
        )

        thread_superstep.additional_properties = d
        return thread_superstep


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.thread_superstep_update import ThreadSuperstepUpdate  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireItems, WireRecord

T = TypeVar("T", bound="ThreadStateUpdate")


@_attrs_define
class ThreadStateUpdate(WireRecord, WireItems):
    """Body of update_thread_state.

    Attributes:
        values (JsonObject | list[Any] | None | Unset): The values to write.
        checkpoint (Checkpoint | Unset): Points at one checkpoint of a thread.
        checkpoint_id (str | Unset): The checkpoint to update from (instead of `checkpoint`).
        as_node (str | Unset): The node the update is written as.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "values": "values",
        "checkpoint": "checkpoint",
        "checkpoint_id": "checkpoint_id",
        "as_node": "as_node",
    }

    values: JsonObject | list[Any] | None | Unset = UNSET
    checkpoint: Checkpoint | Unset = UNSET
    checkpoint_id: str | Unset = UNSET
    as_node: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, JsonObject):
            values = self.values.to_dict()
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint.to_dict()

        checkpoint_id = self.checkpoint_id

        as_node = self.as_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if checkpoint_id is not UNSET:
            field_dict["checkpoint_id"] = checkpoint_id
        if as_node is not UNSET:
            field_dict["as_node"] = as_node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_values(data: object) -> JsonObject | list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_0 = JsonObject.from_dict(data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_1: list[Any] = data

                return values_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | list[Any] | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        _checkpoint = d.pop("checkpoint", UNSET)
        checkpoint: Checkpoint | Unset
        if isinstance(_checkpoint, Unset):
            checkpoint = UNSET
        else:
            checkpoint = Checkpoint.from_dict(_checkpoint)

        checkpoint_id = d.pop("checkpoint_id", UNSET)

        as_node = d.pop("as_node", UNSET)

        thread_state_update = cls(
            values=values,
            checkpoint=checkpoint,
            checkpoint_id=checkpoint_id,
            as_node=as_node,
        )

        thread_state_update.additional_properties = d
        return thread_state_update


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402

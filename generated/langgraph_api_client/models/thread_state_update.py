from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireItems, WireRecord

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.thread_state_update_values_type_1 import ThreadStateUpdateValuesType1


T = TypeVar("T", bound="ThreadStateUpdate")


@_attrs_define
class ThreadStateUpdate(WireRecord, WireItems):
    """Payload for updating the state of a thread.

    Attributes:
        values (list[Any] | None | ThreadStateUpdateValuesType1 | Unset): The values to update the state with.
        checkpoint (CheckpointConfig | Unset): Checkpoint config.
        as_node (str | Unset): Update the state as if this node had just executed.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "values": "values",
        "checkpoint": "checkpoint",
        "as_node": "as_node",
    }

    values: list[Any] | None | ThreadStateUpdateValuesType1 | Unset = UNSET
    checkpoint: CheckpointConfig | Unset = UNSET
    as_node: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.thread_state_update_values_type_1 import ThreadStateUpdateValuesType1  # noqa: PLC0415

        values: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = self.values

        elif isinstance(self.values, ThreadStateUpdateValuesType1):
            values = self.values.to_dict()
        else:
            values = self.values

        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint.to_dict()

        as_node = self.as_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if as_node is not UNSET:
            field_dict["as_node"] = as_node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.thread_state_update_values_type_1 import ThreadStateUpdateValuesType1  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_values(data: object) -> list[Any] | None | ThreadStateUpdateValuesType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0: list[Any] = data

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_1 = ThreadStateUpdateValuesType1.from_dict(data)

                return values_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | ThreadStateUpdateValuesType1 | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        _checkpoint = d.pop("checkpoint", UNSET)
        checkpoint: CheckpointConfig | Unset
        if isinstance(_checkpoint, Unset):
            checkpoint = UNSET
        else:
            checkpoint = CheckpointConfig.from_dict(_checkpoint)

        as_node = d.pop("as_node", UNSET)

        thread_state_update = cls(
            values=values,
            checkpoint=checkpoint,
            as_node=as_node,
        )

        thread_state_update.additional_properties = d
        return thread_state_update

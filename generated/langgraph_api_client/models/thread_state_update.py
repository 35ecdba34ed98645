from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireItems, WireRecord

T = TypeVar("T", bound="ThreadStateUpdate")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        thread_state_update = cls.__new__(cls)
        thread_state_update._raw = d
        return thread_state_update


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_values(d: dict[str, Any]) -> JsonObject | list[Any] | None | Unset:
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

    values = _parse_values(d.get("values", UNSET))

    return values


def _decode_checkpoint(d: dict[str, Any]) -> Checkpoint | Unset:
    _checkpoint = d.get("checkpoint", UNSET)
    checkpoint: Checkpoint | Unset
    if isinstance(_checkpoint, Unset):
        checkpoint = UNSET
    else:
        checkpoint = Checkpoint.from_dict(_checkpoint)

    return checkpoint


def _decode_checkpoint_id(d: dict[str, Any]) -> str | Unset:
    checkpoint_id: str | Unset = d.get("checkpoint_id", UNSET)
    return checkpoint_id


def _decode_as_node(d: dict[str, Any]) -> str | Unset:
    as_node: str | Unset = d.get("as_node", UNSET)
    return as_node


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ThreadStateUpdate._wire_names}


ThreadStateUpdate._decoders = {
    "values": _decode_values,
    "checkpoint": _decode_checkpoint,
    "checkpoint_id": _decode_checkpoint_id,
    "as_node": _decode_as_node,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402

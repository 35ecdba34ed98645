from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="Checkpoint")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class Checkpoint(WireMapping):
    """Points at one checkpoint of a thread.

    Attributes:
        thread_id (str | Unset): The thread the checkpoint belongs to.
        checkpoint_ns (str | Unset): The checkpoint namespace; empty for the root graph.
        checkpoint_id (str | Unset): The checkpoint's id.
        checkpoint_map (JsonObject | None | Unset): Checkpoint ids of parent graphs, by namespace.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "thread_id": "thread_id",
        "checkpoint_ns": "checkpoint_ns",
        "checkpoint_id": "checkpoint_id",
        "checkpoint_map": "checkpoint_map",
    }

    thread_id: str | Unset = UNSET
    checkpoint_ns: str | Unset = UNSET
    checkpoint_id: str | Unset = UNSET
    checkpoint_map: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        thread_id = self.thread_id

        checkpoint_ns = self.checkpoint_ns

        checkpoint_id = self.checkpoint_id

        checkpoint_map: dict[str, Any] | None | Unset
        if isinstance(self.checkpoint_map, Unset):
            checkpoint_map = UNSET
        elif isinstance(self.checkpoint_map, JsonObject):
            checkpoint_map = self.checkpoint_map.to_dict()
        else:
            checkpoint_map = self.checkpoint_map

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if checkpoint_ns is not UNSET:
            field_dict["checkpoint_ns"] = checkpoint_ns
        if checkpoint_id is not UNSET:
            field_dict["checkpoint_id"] = checkpoint_id
        if checkpoint_map is not UNSET:
            field_dict["checkpoint_map"] = checkpoint_map

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        checkpoint = cls.__new__(cls)
        checkpoint._raw = d
        return checkpoint


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_thread_id(d: dict[str, Any]) -> str | Unset:
    thread_id: str | Unset = d.get("thread_id", UNSET)
    return thread_id


def _decode_checkpoint_ns(d: dict[str, Any]) -> str | Unset:
    checkpoint_ns: str | Unset = d.get("checkpoint_ns", UNSET)
    return checkpoint_ns


def _decode_checkpoint_id(d: dict[str, Any]) -> str | Unset:
    checkpoint_id: str | Unset = d.get("checkpoint_id", UNSET)
    return checkpoint_id


def _decode_checkpoint_map(d: dict[str, Any]) -> JsonObject | None | Unset:
    def _parse_checkpoint_map(data: object) -> JsonObject | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            checkpoint_map_type_0 = JsonObject.from_dict(data)

            return checkpoint_map_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None | Unset, data)

    checkpoint_map = _parse_checkpoint_map(d.get("checkpoint_map", UNSET))

    return checkpoint_map


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Checkpoint._wire_names}


Checkpoint._decoders = {
    "thread_id": _decode_thread_id,
    "checkpoint_ns": _decode_checkpoint_ns,
    "checkpoint_id": _decode_checkpoint_id,
    "checkpoint_map": _decode_checkpoint_map,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

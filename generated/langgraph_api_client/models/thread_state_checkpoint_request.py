from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadStateCheckpointRequest")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ThreadStateCheckpointRequest(WireMapping):
    """Body of get_thread_state_at_checkpoint_config.

    Attributes:
        checkpoint (Checkpoint): Points at one checkpoint of a thread.
        subgraphs (bool | Unset): Include the states of subgraphs. Default: False.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "checkpoint": "checkpoint",
        "subgraphs": "subgraphs",
    }

    checkpoint: Checkpoint
    subgraphs: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        checkpoint = self.checkpoint.to_dict()

        subgraphs = self.subgraphs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpoint": checkpoint,
            }
        )
        if subgraphs is not UNSET:
            field_dict["subgraphs"] = subgraphs

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
        thread_state_checkpoint_request = cls.__new__(cls)
        thread_state_checkpoint_request._raw = d
        return thread_state_checkpoint_request


_REQUIRED = frozenset(
    {
        "checkpoint",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_checkpoint(d: dict[str, Any]) -> Checkpoint:
    checkpoint = Checkpoint.from_dict(d["checkpoint"])

    return checkpoint


def _decode_subgraphs(d: dict[str, Any]) -> bool | Unset:
    subgraphs: bool | Unset = d.get("subgraphs", UNSET)
    return subgraphs


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in d.items()
        if key not in ThreadStateCheckpointRequest._wire_names
    }


ThreadStateCheckpointRequest._decoders = {
    "checkpoint": _decode_checkpoint,
    "subgraphs": _decode_subgraphs,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402

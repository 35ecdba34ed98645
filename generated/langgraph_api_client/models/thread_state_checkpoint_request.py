from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadStateCheckpointRequest")


@_attrs_define
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
        d = dict(src_dict)
        checkpoint = Checkpoint.from_dict(d.pop("checkpoint"))

        subgraphs = d.pop("subgraphs", UNSET)

        thread_state_checkpoint_request = cls(
            checkpoint=checkpoint,
            subgraphs=subgraphs,
        )

        thread_state_checkpoint_request.additional_properties = d
        return thread_state_checkpoint_request


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402

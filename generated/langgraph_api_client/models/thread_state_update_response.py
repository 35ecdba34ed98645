from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadStateUpdateResponse")


@_attrs_define
class ThreadStateUpdateResponse(WireMapping):
    """Result of update_thread_state.

    Attributes:
        checkpoint (Checkpoint): Points at one checkpoint of a thread.
        configurable (Checkpoint | Unset): Points at one checkpoint of a thread.
        checkpoint_id (str | Unset): The new checkpoint's id.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "checkpoint": "checkpoint",
        "configurable": "configurable",
        "checkpoint_id": "checkpoint_id",
    }

    checkpoint: Checkpoint
    configurable: Checkpoint | Unset = UNSET
    checkpoint_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint = self.checkpoint.to_dict()

        configurable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configurable, Unset):
            configurable = self.configurable.to_dict()

        checkpoint_id = self.checkpoint_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpoint": checkpoint,
            }
        )
        if configurable is not UNSET:
            field_dict["configurable"] = configurable
        if checkpoint_id is not UNSET:
            field_dict["checkpoint_id"] = checkpoint_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkpoint = Checkpoint.from_dict(d.pop("checkpoint"))

        _configurable = d.pop("configurable", UNSET)
        configurable: Checkpoint | Unset
        if isinstance(_configurable, Unset):
            configurable = UNSET
        else:
            configurable = Checkpoint.from_dict(_configurable)

        checkpoint_id = d.pop("checkpoint_id", UNSET)

        thread_state_update_response = cls(
            checkpoint=checkpoint,
            configurable=configurable,
            checkpoint_id=checkpoint_id,
        )

        thread_state_update_response.additional_properties = d
        return thread_state_update_response


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402

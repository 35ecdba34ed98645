from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadStateUpdateResponse")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        thread_state_update_response = cls.__new__(cls)
        thread_state_update_response._raw = d
        return thread_state_update_response


_REQUIRED = frozenset(
    {
        "checkpoint",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_checkpoint(d: dict[str, Any]) -> Checkpoint:
    checkpoint = Checkpoint.from_dict(d["checkpoint"])

    return checkpoint


def _decode_configurable(d: dict[str, Any]) -> Checkpoint | Unset:
    _configurable = d.get("configurable", UNSET)
    configurable: Checkpoint | Unset
    if isinstance(_configurable, Unset):
        configurable = UNSET
    else:
        configurable = Checkpoint.from_dict(_configurable)

    return configurable


def _decode_checkpoint_id(d: dict[str, Any]) -> str | Unset:
    checkpoint_id: str | Unset = d.get("checkpoint_id", UNSET)
    return checkpoint_id


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value for key, value in d.items() if key not in ThreadStateUpdateResponse._wire_names
    }


ThreadStateUpdateResponse._decoders = {
    "checkpoint": _decode_checkpoint,
    "configurable": _decode_configurable,
    "checkpoint_id": _decode_checkpoint_id,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="PostA2ABodyTaskGetParameters")


@_attrs_define
class PostA2ABodyTaskGetParameters(WireMapping):
    """
    Attributes:
        id (str): Task (run) identifier to retrieve.
        context_id (str): Context identifier (thread_id) for the task.
        history_length (int | Unset): Maximum number of history messages to include.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "contextId": "context_id",
        "historyLength": "history_length",
    }

    id: str
    context_id: str
    history_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        context_id = self.context_id

        history_length = self.history_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contextId": context_id,
            }
        )
        if history_length is not UNSET:
            field_dict["historyLength"] = history_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        context_id = d.pop("contextId")

        history_length = d.pop("historyLength", UNSET)

        post_a2a_body_task_get_parameters = cls(
            id=id,
            context_id=context_id,
            history_length=history_length,
        )

        post_a2a_body_task_get_parameters.additional_properties = d
        return post_a2a_body_task_get_parameters

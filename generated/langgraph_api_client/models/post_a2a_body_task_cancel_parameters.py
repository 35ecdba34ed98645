from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="PostA2ABodyTaskCancelParameters")


@_attrs_define
class PostA2ABodyTaskCancelParameters(WireMapping):
    """
    Attributes:
        id (str): Task (run) identifier to cancel.
        context_id (str): Context identifier (thread_id) for the task.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "contextId": "context_id",
    }

    id: str
    context_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        context_id = self.context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contextId": context_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        context_id = d.pop("contextId")

        post_a2a_body_task_cancel_parameters = cls(
            id=id,
            context_id=context_id,
        )

        post_a2a_body_task_cancel_parameters.additional_properties = d
        return post_a2a_body_task_cancel_parameters

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_a2a_body_message_send_stream_parameters_message_role import (
    PostA2ABodyMessageSendStreamParametersMessageRole,
)
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.post_a2a_body_message_send_stream_parameters_message_data_part import (
        PostA2ABodyMessageSendStreamParametersMessageDataPart,
    )
    from ..models.post_a2a_body_message_send_stream_parameters_message_text_part import (
        PostA2ABodyMessageSendStreamParametersMessageTextPart,
    )


T = TypeVar("T", bound="PostA2ABodyMessageSendStreamParametersMessage")


@_attrs_define
class PostA2ABodyMessageSendStreamParametersMessage(WireMapping):
    """
    Attributes:
        role (PostA2ABodyMessageSendStreamParametersMessageRole): A2A role for the message sender.
        parts (list[PostA2ABodyMessageSendStreamParametersMessageDataPart |
            PostA2ABodyMessageSendStreamParametersMessageTextPart]): Message parts (text/data only).
        message_id (str): Client-generated message identifier.
        context_id (str | Unset): Conversation context ID; maps to LangGraph thread_id.
        task_id (str | Unset): Optional task ID. Currently ignored by this implementation.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "role": "role",
        "parts": "parts",
        "messageId": "message_id",
        "contextId": "context_id",
        "taskId": "task_id",
    }

    role: PostA2ABodyMessageSendStreamParametersMessageRole
    parts: list[
        PostA2ABodyMessageSendStreamParametersMessageDataPart
        | PostA2ABodyMessageSendStreamParametersMessageTextPart
    ]
    message_id: str
    context_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_a2a_body_message_send_stream_parameters_message_text_part import (
            PostA2ABodyMessageSendStreamParametersMessageTextPart,  # noqa: PLC0415
        )

        role = self.role.value

        parts = []
        for parts_item_data in self.parts:
            parts_item: dict[str, Any]
            if isinstance(parts_item_data, PostA2ABodyMessageSendStreamParametersMessageTextPart):
                parts_item = parts_item_data.to_dict()
            else:
                parts_item = parts_item_data.to_dict()

            parts.append(parts_item)

        message_id = self.message_id

        context_id = self.context_id

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "parts": parts,
                "messageId": message_id,
            }
        )
        if context_id is not UNSET:
            field_dict["contextId"] = context_id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_a2a_body_message_send_stream_parameters_message_data_part import (
            PostA2ABodyMessageSendStreamParametersMessageDataPart,  # noqa: PLC0415
        )
        from ..models.post_a2a_body_message_send_stream_parameters_message_text_part import (
            PostA2ABodyMessageSendStreamParametersMessageTextPart,  # noqa: PLC0415
        )

        d = dict(src_dict)
        role = PostA2ABodyMessageSendStreamParametersMessageRole(d.pop("role"))

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:

            def _parse_parts_item(
                data: object,
            ) -> (
                PostA2ABodyMessageSendStreamParametersMessageDataPart
                | PostA2ABodyMessageSendStreamParametersMessageTextPart
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parts_item_text_part = (
                        PostA2ABodyMessageSendStreamParametersMessageTextPart.from_dict(data)
                    )

                    return parts_item_text_part
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                parts_item_data_part = (
                    PostA2ABodyMessageSendStreamParametersMessageDataPart.from_dict(data)
                )

                return parts_item_data_part

            parts_item = _parse_parts_item(parts_item_data)

            parts.append(parts_item)

        message_id = d.pop("messageId")

        context_id = d.pop("contextId", UNSET)

        task_id = d.pop("taskId", UNSET)

        post_a2a_body_message_send_stream_parameters_message = cls(
            role=role,
            parts=parts,
            message_id=message_id,
            context_id=context_id,
            task_id=task_id,
        )

        post_a2a_body_message_send_stream_parameters_message.additional_properties = d
        return post_a2a_body_message_send_stream_parameters_message

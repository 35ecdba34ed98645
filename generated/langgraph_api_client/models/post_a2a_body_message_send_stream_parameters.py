from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.post_a2a_body_message_send_stream_parameters_message import (
        PostA2ABodyMessageSendStreamParametersMessage,
    )


T = TypeVar("T", bound="PostA2ABodyMessageSendStreamParameters")


@_attrs_define
class PostA2ABodyMessageSendStreamParameters(WireMapping):
    """
    Attributes:
        message (PostA2ABodyMessageSendStreamParametersMessage):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "message": "message",
    }

    message: PostA2ABodyMessageSendStreamParametersMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_a2a_body_message_send_stream_parameters_message import (
            PostA2ABodyMessageSendStreamParametersMessage,  # noqa: PLC0415
        )

        d = dict(src_dict)
        message = PostA2ABodyMessageSendStreamParametersMessage.from_dict(d.pop("message"))

        post_a2a_body_message_send_stream_parameters = cls(
            message=message,
        )

        post_a2a_body_message_send_stream_parameters.additional_properties = d
        return post_a2a_body_message_send_stream_parameters

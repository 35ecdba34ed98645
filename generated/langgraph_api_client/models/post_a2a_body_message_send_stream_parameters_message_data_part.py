from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_a2a_body_message_send_stream_parameters_message_data_part_kind import (
    PostA2ABodyMessageSendStreamParametersMessageDataPartKind,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.post_a2a_body_message_send_stream_parameters_message_data_part_data import (
        PostA2ABodyMessageSendStreamParametersMessageDataPartData,
    )


T = TypeVar("T", bound="PostA2ABodyMessageSendStreamParametersMessageDataPart")


@_attrs_define
class PostA2ABodyMessageSendStreamParametersMessageDataPart(WireMapping):
    """
    Attributes:
        kind (PostA2ABodyMessageSendStreamParametersMessageDataPartKind):
        data (PostA2ABodyMessageSendStreamParametersMessageDataPartData): Structured JSON merged into the assistant
            input.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "kind": "kind",
        "data": "data",
    }

    kind: PostA2ABodyMessageSendStreamParametersMessageDataPartKind
    data: PostA2ABodyMessageSendStreamParametersMessageDataPartData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_a2a_body_message_send_stream_parameters_message_data_part_data import (
            PostA2ABodyMessageSendStreamParametersMessageDataPartData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        kind = PostA2ABodyMessageSendStreamParametersMessageDataPartKind(d.pop("kind"))

        data = PostA2ABodyMessageSendStreamParametersMessageDataPartData.from_dict(d.pop("data"))

        post_a2a_body_message_send_stream_parameters_message_data_part = cls(
            kind=kind,
            data=data,
        )

        post_a2a_body_message_send_stream_parameters_message_data_part.additional_properties = d
        return post_a2a_body_message_send_stream_parameters_message_data_part

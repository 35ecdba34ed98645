from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_a2a_body_message_send_stream_parameters_message_text_part_kind import (
    PostA2ABodyMessageSendStreamParametersMessageTextPartKind,
)
from ..types import WireMapping

T = TypeVar("T", bound="PostA2ABodyMessageSendStreamParametersMessageTextPart")


@_attrs_define
class PostA2ABodyMessageSendStreamParametersMessageTextPart(WireMapping):
    """
    Attributes:
        kind (PostA2ABodyMessageSendStreamParametersMessageTextPartKind):
        text (str): Text content.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "kind": "kind",
        "text": "text",
    }

    kind: PostA2ABodyMessageSendStreamParametersMessageTextPartKind
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = PostA2ABodyMessageSendStreamParametersMessageTextPartKind(d.pop("kind"))

        text = d.pop("text")

        post_a2a_body_message_send_stream_parameters_message_text_part = cls(
            kind=kind,
            text=text,
        )

        post_a2a_body_message_send_stream_parameters_message_text_part.additional_properties = d
        return post_a2a_body_message_send_stream_parameters_message_text_part

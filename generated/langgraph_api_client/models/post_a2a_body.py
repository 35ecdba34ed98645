from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_a2a_body_jsonrpc import PostA2ABodyJsonrpc
from ..models.post_a2a_body_method import PostA2ABodyMethod
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.post_a2a_body_message_send_stream_parameters import (
        PostA2ABodyMessageSendStreamParameters,
    )
    from ..models.post_a2a_body_task_cancel_parameters import PostA2ABodyTaskCancelParameters
    from ..models.post_a2a_body_task_get_parameters import PostA2ABodyTaskGetParameters


T = TypeVar("T", bound="PostA2ABody")


@_attrs_define
class PostA2ABody(WireMapping):
    """
    Attributes:
        jsonrpc (PostA2ABodyJsonrpc): JSON-RPC version
        id (str): Request identifier
        method (PostA2ABodyMethod): The method to invoke
        params (PostA2ABodyMessageSendStreamParameters | PostA2ABodyTaskCancelParameters | PostA2ABodyTaskGetParameters
            | Unset): Method parameters; shape depends on the method.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "jsonrpc": "jsonrpc",
        "id": "id",
        "method": "method",
        "params": "params",
    }

    jsonrpc: PostA2ABodyJsonrpc
    id: str
    method: PostA2ABodyMethod
    params: (
        PostA2ABodyMessageSendStreamParameters
        | PostA2ABodyTaskCancelParameters
        | PostA2ABodyTaskGetParameters
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_a2a_body_message_send_stream_parameters import (
            PostA2ABodyMessageSendStreamParameters,  # noqa: PLC0415
        )
        from ..models.post_a2a_body_task_get_parameters import PostA2ABodyTaskGetParameters  # noqa: PLC0415

        jsonrpc = self.jsonrpc.value

        id = self.id

        method = self.method.value

        params: dict[str, Any] | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, PostA2ABodyMessageSendStreamParameters):
            params = self.params.to_dict()
        elif isinstance(self.params, PostA2ABodyTaskGetParameters):
            params = self.params.to_dict()
        else:
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonrpc": jsonrpc,
                "id": id,
                "method": method,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_a2a_body_message_send_stream_parameters import (
            PostA2ABodyMessageSendStreamParameters,  # noqa: PLC0415
        )
        from ..models.post_a2a_body_task_cancel_parameters import PostA2ABodyTaskCancelParameters  # noqa: PLC0415
        from ..models.post_a2a_body_task_get_parameters import PostA2ABodyTaskGetParameters  # noqa: PLC0415

        d = dict(src_dict)
        jsonrpc = PostA2ABodyJsonrpc(d.pop("jsonrpc"))

        id = d.pop("id")

        method = PostA2ABodyMethod(d.pop("method"))

        def _parse_params(
            data: object,
        ) -> (
            PostA2ABodyMessageSendStreamParameters
            | PostA2ABodyTaskCancelParameters
            | PostA2ABodyTaskGetParameters
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_message_send_stream_parameters = (
                    PostA2ABodyMessageSendStreamParameters.from_dict(data)
                )

                return params_message_send_stream_parameters
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_task_get_parameters = PostA2ABodyTaskGetParameters.from_dict(data)

                return params_task_get_parameters
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            params_task_cancel_parameters = PostA2ABodyTaskCancelParameters.from_dict(data)

            return params_task_cancel_parameters

        params = _parse_params(d.pop("params", UNSET))

        post_a2a_body = cls(
            jsonrpc=jsonrpc,
            id=id,
            method=method,
            params=params,
        )

        post_a2a_body.additional_properties = d
        return post_a2a_body

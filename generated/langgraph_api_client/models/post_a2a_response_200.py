from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_a2a_response_200_jsonrpc import PostA2AResponse200Jsonrpc
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.post_a2a_response_200_error import PostA2AResponse200Error
    from ..models.post_a2a_response_200_result import PostA2AResponse200Result


T = TypeVar("T", bound="PostA2AResponse200")


@_attrs_define
class PostA2AResponse200(WireMapping):
    """
    Attributes:
        jsonrpc (PostA2AResponse200Jsonrpc):
        id (str):
        result (PostA2AResponse200Result | Unset): Success result containing task information or task details
        error (PostA2AResponse200Error | Unset): Error information if request failed
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "jsonrpc": "jsonrpc",
        "id": "id",
        "result": "result",
        "error": "error",
    }

    jsonrpc: PostA2AResponse200Jsonrpc
    id: str
    result: PostA2AResponse200Result | Unset = UNSET
    error: PostA2AResponse200Error | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jsonrpc = self.jsonrpc.value

        id = self.id

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonrpc": jsonrpc,
                "id": id,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_a2a_response_200_error import PostA2AResponse200Error  # noqa: PLC0415
        from ..models.post_a2a_response_200_result import PostA2AResponse200Result  # noqa: PLC0415

        d = dict(src_dict)
        jsonrpc = PostA2AResponse200Jsonrpc(d.pop("jsonrpc"))

        id = d.pop("id")

        _result = d.pop("result", UNSET)
        result: PostA2AResponse200Result | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = PostA2AResponse200Result.from_dict(_result)

        _error = d.pop("error", UNSET)
        error: PostA2AResponse200Error | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = PostA2AResponse200Error.from_dict(_error)

        post_a2a_response_200 = cls(
            jsonrpc=jsonrpc,
            id=id,
            result=result,
            error=error,
        )

        post_a2a_response_200.additional_properties = d
        return post_a2a_response_200

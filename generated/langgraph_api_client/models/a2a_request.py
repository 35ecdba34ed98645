from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.a2a_method import A2AMethod
from ..models.json_rpc_version import JsonRpcVersion
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="A2ARequest")


@_attrs_define
class A2ARequest(WireMapping):
    """A JSON-RPC 2.0 request of the A2A protocol.

    Attributes:
        jsonrpc (JsonRpcVersion): The JSON-RPC version, always `2.0`.
        id (int | str): The request id, echoed in the answer.
        method (A2AMethod): An A2A method the server implements.
        params (JsonObject | Unset): A JSON object of any shape.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "jsonrpc": "jsonrpc",
        "id": "id",
        "method": "method",
        "params": "params",
    }

    jsonrpc: JsonRpcVersion
    id: int | str
    method: A2AMethod
    params: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jsonrpc = self.jsonrpc.value

        id: int | str
        id = self.id

        method = self.method.value

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
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
        d = dict(src_dict)
        jsonrpc = JsonRpcVersion(d.pop("jsonrpc"))

        id: int | str = d.pop("id")

        method = A2AMethod(d.pop("method"))

        _params = d.pop("params", UNSET)
        params: JsonObject | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = JsonObject.from_dict(_params)

        a2a_request = cls(
            jsonrpc=jsonrpc,
            id=id,
            method=method,
            params=params,
        )

        a2a_request.additional_properties = d
        return a2a_request


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

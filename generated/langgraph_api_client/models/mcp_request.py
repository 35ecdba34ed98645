from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.json_rpc_version import JsonRpcVersion
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="McpRequest")


@_attrs_define
class McpRequest(WireMapping):
    """A JSON-RPC 2.0 request or notification of the MCP protocol.

    Attributes:
        jsonrpc (JsonRpcVersion): The JSON-RPC version, always `2.0`.
        method (str): The MCP method, such as `initialize`, `tools/list` or `tools/call`.
        id (int | str | Unset): The request id; absent for a notification.
        params (JsonObject | Unset): A JSON object of any shape.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "jsonrpc": "jsonrpc",
        "method": "method",
        "id": "id",
        "params": "params",
    }

    jsonrpc: JsonRpcVersion
    method: str
    id: int | str | Unset = UNSET
    params: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jsonrpc = self.jsonrpc.value

        method = self.method

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonrpc": jsonrpc,
                "method": method,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jsonrpc = JsonRpcVersion(d.pop("jsonrpc"))

        method = d.pop("method")

        id: int | str | Unset = d.pop("id", UNSET)

        _params = d.pop("params", UNSET)
        params: JsonObject | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = JsonObject.from_dict(_params)

        mcp_request = cls(
            jsonrpc=jsonrpc,
            method=method,
            id=id,
            params=params,
        )

        mcp_request.additional_properties = d
        return mcp_request


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

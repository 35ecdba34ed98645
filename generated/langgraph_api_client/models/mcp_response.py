from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.json_rpc_version import JsonRpcVersion
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="McpResponse")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class McpResponse(WireMapping):
    """A JSON-RPC 2.0 response of the MCP protocol; either `result` or `error`.

    Attributes:
        jsonrpc (JsonRpcVersion): The JSON-RPC version, always `2.0`.
        id (int | None | str | Unset):
        result (JsonObject | Unset): A JSON object of any shape.
        error (JsonRpcError | Unset): A JSON-RPC error.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "jsonrpc": "jsonrpc",
        "id": "id",
        "result": "result",
        "error": "error",
    }

    jsonrpc: JsonRpcVersion
    id: int | None | str | Unset = UNSET
    result: JsonObject | Unset = UNSET
    error: JsonRpcError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        jsonrpc = self.jsonrpc.value

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
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
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        mcp_response = cls.__new__(cls)
        mcp_response._raw = d
        return mcp_response


_REQUIRED = frozenset(
    {
        "jsonrpc",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_jsonrpc(d: dict[str, Any]) -> JsonRpcVersion:
    jsonrpc = JsonRpcVersion(d["jsonrpc"])

    return jsonrpc


def _decode_id(d: dict[str, Any]) -> int | None | str | Unset:
    id: int | None | str | Unset = d.get("id", UNSET)

    return id


def _decode_result(d: dict[str, Any]) -> JsonObject | Unset:
    _result = d.get("result", UNSET)
    result: JsonObject | Unset
    if isinstance(_result, Unset):
        result = UNSET
    else:
        result = JsonObject.from_dict(_result)

    return result


def _decode_error(d: dict[str, Any]) -> JsonRpcError | Unset:
    _error = d.get("error", UNSET)
    error: JsonRpcError | Unset
    if isinstance(_error, Unset):
        error = UNSET
    else:
        error = JsonRpcError.from_dict(_error)

    return error


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in McpResponse._wire_names}


McpResponse._decoders = {
    "jsonrpc": _decode_jsonrpc,
    "id": _decode_id,
    "result": _decode_result,
    "error": _decode_error,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.json_rpc_error import JsonRpcError  # noqa: E402

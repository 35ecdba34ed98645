from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..models.json_rpc_version import JsonRpcVersion
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, to_wire


class A2AResponse(WireDict):
    """A JSON-RPC 2.0 response of the A2A protocol; either `result` or `error`.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        jsonrpc (JsonRpcVersion): The JSON-RPC version, always `2.0`.
        id (int | None | str): The request id; null when the request could not be read.
        result (dict[str, Any] | None): A JSON object of any shape.
        error (JsonRpcError | None): A JSON-RPC error.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "jsonrpc": "jsonrpc",
        "id": "id",
        "result": "result",
        "error": "error",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "jsonrpc",
            "id",
        }
    )

    def __init__(
        self,
        *,
        jsonrpc: JsonRpcVersion | str,
        id: int | None | str,
        result: JsonObject | Unset = UNSET,
        error: JsonRpcError | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A A2AResponse built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "jsonrpc": to_wire(jsonrpc),
            "id": to_wire(id),
        }
        if not isinstance(result, Unset):
            fields["result"] = to_wire(result)
        if not isinstance(error, Unset):
            fields["error"] = to_wire(error)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def jsonrpc(self) -> JsonRpcVersion:
        """The JSON-RPC version, always `2.0`."""
        try:
            read = _decode_jsonrpc(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "jsonrpc", exc) from exc
        return read

    @property
    def id(self) -> int | None | str:
        """The request id; null when the request could not be read."""
        try:
            read = _decode_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "id", exc) from exc
        return read

    @property
    def result(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("result")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("result", _decode_result)
        return None if isinstance(read, Unset) else read

    @property
    def error(self) -> JsonRpcError | None:
        """A JSON-RPC error."""
        value = self.get("error")
        if type(value) is JsonRpcError:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "error", JsonRpcError, value)
        read = self._keep("error", _decode_error)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(A2AResponse._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_jsonrpc(d: dict[str, Any]) -> JsonRpcVersion:
    jsonrpc = JsonRpcVersion(d["jsonrpc"])

    return jsonrpc


def _decode_id(d: dict[str, Any]) -> int | None | str:
    id: int | None | str = d["id"]

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
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.json_rpc_error import JsonRpcError  # noqa: E402

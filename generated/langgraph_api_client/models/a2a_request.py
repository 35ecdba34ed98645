from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..models.a2a_method import A2AMethod
from ..models.json_rpc_version import JsonRpcVersion
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class A2ARequest(WireDict):
    """A JSON-RPC 2.0 request of the A2A protocol.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        jsonrpc (JsonRpcVersion): The JSON-RPC version, always `2.0`.
        id (int | str): The request id, echoed in the answer.
        method (A2AMethod): An A2A method the server implements.
        params (dict[str, Any] | None): A JSON object of any shape.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "jsonrpc": "jsonrpc",
        "id": "id",
        "method": "method",
        "params": "params",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "jsonrpc",
            "id",
            "method",
        }
    )
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )

    def __init__(
        self,
        *,
        jsonrpc: JsonRpcVersion | str,
        id: int | str,
        method: A2AMethod | str,
        params: JsonObject | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A A2ARequest built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "jsonrpc": to_wire(jsonrpc),
            "id": to_wire(id),
            "method": to_wire(method),
        }
        if not isinstance(params, Unset):
            fields["params"] = to_wire(params)
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
    def id(self) -> int | str:
        """The request id, echoed in the answer."""
        try:
            read = _decode_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "id", exc) from exc
        return read

    @property
    def method(self) -> A2AMethod:
        """An A2A method the server implements."""
        try:
            read = _decode_method(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "method", exc) from exc
        return read

    @property
    def params(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("params")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("params", _decode_params)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(A2ARequest._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_jsonrpc(d: dict[str, Any]) -> JsonRpcVersion:
    jsonrpc = JsonRpcVersion(d["jsonrpc"])

    return jsonrpc


def _decode_id(d: dict[str, Any]) -> int | str:
    id: int | str = d["id"]

    return id


def _decode_method(d: dict[str, Any]) -> A2AMethod:
    method = A2AMethod(d["method"])

    return method


def _decode_params(d: dict[str, Any]) -> JsonObject | Unset:
    _params = d.get("params", UNSET)
    params: JsonObject | Unset
    if isinstance(_params, Unset):
        params = UNSET
    else:
        params = JsonObject.from_dict(_params)

    return params


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, to_wire


class ProtocolSuccess(WireDict):
    """A command that succeeded.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        type_ (Literal['success']):
        id (int):
        result (dict[str, Any]): A JSON object of any shape.
        meta (ProtocolResponseMeta | None): Extra information on a command's answer.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "type": "type_",
        "id": "id",
        "result": "result",
        "meta": "meta",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "id",
            "result",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "id": int,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "id",
        }
    )
    _constants: ClassVar[Mapping[str, Any]] = {
        "type": "success",
    }

    def __init__(
        self,
        *,
        type_: Literal["success"],
        id: int,
        result: JsonObject,
        meta: ProtocolResponseMeta | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolSuccess built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "type": to_wire(type_),
            "id": to_wire(id),
            "result": to_wire(result),
        }
        if not isinstance(meta, Unset):
            fields["meta"] = to_wire(meta)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def type_(self) -> Literal["success"]:
        """The `type` field."""
        try:
            read = _decode_type_(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "type", exc) from exc
        return read

    @property
    def id(self) -> int:
        """The `id` field."""
        value = self.get("id")
        if type(value) is int:
            return value
        try:
            read = _decode_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "id", exc) from exc
        return read

    @property
    def result(self) -> dict[str, Any]:
        """A JSON object of any shape."""
        value = self.get("result")
        if isinstance(value, dict):  # the JSON object as sent
            return value
        return self._keep("result", _decode_result)

    @property
    def meta(self) -> ProtocolResponseMeta | None:
        """Extra information on a command's answer."""
        value = self.get("meta")
        if type(value) is ProtocolResponseMeta:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "meta", ProtocolResponseMeta, value)
        read = self._keep("meta", _decode_meta)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolSuccess._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_type_(d: dict[str, Any]) -> Literal["success"]:
    type_ = cast(Literal["success"], d["type"])
    if type_ != "success":
        raise ValueError(f"type must match const 'success', got '{type_}'")
    return type_


def _decode_id(d: dict[str, Any]) -> int:
    id: int = d["id"]
    if not isinstance(id, int) or isinstance(id, bool):
        raise TypeError(f"not an integer: {type(id).__name__}")
    return id


def _decode_result(d: dict[str, Any]) -> JsonObject:
    result = JsonObject.from_dict(d["result"])

    return result


def _decode_meta(d: dict[str, Any]) -> ProtocolResponseMeta | Unset:
    _meta = d.get("meta", UNSET)
    meta: ProtocolResponseMeta | Unset
    if isinstance(_meta, Unset):
        meta = UNSET
    else:
        meta = ProtocolResponseMeta.from_dict(_meta)

    return meta


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.protocol_response_meta import ProtocolResponseMeta  # noqa: E402

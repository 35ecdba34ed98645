from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProtocolCommand")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ProtocolCommand(WireMapping):
    """A command to a thread: `run.start`, `input.respond` or `agent.getTree` over HTTP.

    Attributes:
        id (int): The caller's id for the command, echoed in the answer.
        method (str): The command's name.
        params (JsonObject | Unset): A JSON object of any shape.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "method": "method",
        "params": "params",
    }

    id: int
    method: str
    params: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        method = self.method

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "method": method,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

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
        protocol_command = cls.__new__(cls)
        protocol_command._raw = d
        return protocol_command


_REQUIRED = frozenset(
    {
        "id",
        "method",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_id(d: dict[str, Any]) -> int:
    id: int = d["id"]
    return id


def _decode_method(d: dict[str, Any]) -> str:
    method: str = d["method"]
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
    return {key: value for key, value in d.items() if key not in ProtocolCommand._wire_names}


ProtocolCommand._decoders = {
    "id": _decode_id,
    "method": _decode_method,
    "params": _decode_params,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolCommand(WireDict):
    """A command to a thread: `run.start`, `input.respond` or `agent.getTree` over HTTP.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        id (int): The caller's id for the command, echoed in the answer.
        method (str): The command's name.
        params (JsonObject | ProtocolInputRespondParams | ProtocolRunStartParams | None): The command's parameters (those of `run.start` and `input.respond` declared).
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "method": "method",
        "params": "params",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "method",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "id": int,
        "method": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "method",
            "params",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        method: str,
        params: JsonObject | ProtocolInputRespondParams | ProtocolRunStartParams | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolCommand built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "id": to_wire(id),
            "method": to_wire(method),
        }
        if not isinstance(params, Unset):
            fields["params"] = to_wire(params)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def id(self) -> int:
        """The caller's id for the command, echoed in the answer."""
        value = self.get("id")
        if type(value) is int:
            return value
        try:
            read = _decode_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "id", exc) from exc
        return read

    @property
    def method(self) -> str:
        """The command's name."""
        value = self.get("method")
        if type(value) is str:
            return value
        try:
            read = _decode_method(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "method", exc) from exc
        return read

    @property
    def params(self) -> JsonObject | ProtocolInputRespondParams | ProtocolRunStartParams | None:
        """The command's parameters (those of `run.start` and `input.respond` declared)."""
        try:
            read = _decode_params(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "params", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolCommand._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_id(d: dict[str, Any]) -> int:
    id: int = d["id"]
    if not isinstance(id, int) or isinstance(id, bool):
        raise TypeError(f"not an integer: {type(id).__name__}")
    return id


def _decode_method(d: dict[str, Any]) -> str:
    method: str = d["method"]
    if not isinstance(method, str):
        raise TypeError(f"not a string: {type(method).__name__}")
    return method


def _decode_params(
    d: dict[str, Any],
) -> JsonObject | ProtocolInputRespondParams | ProtocolRunStartParams | Unset:
    def _parse_params(
        data: object,
    ) -> JsonObject | ProtocolInputRespondParams | ProtocolRunStartParams | Unset:
        if isinstance(data, Unset):
            return data
        if data is None:  # null for an optional field: read as absent
            return UNSET
        try:
            if not isinstance(data, dict) or not ProtocolRunStartParams.fits(data):
                raise TypeError()
            params_type_0 = ProtocolRunStartParams.from_dict(data)

            return params_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict) or not ProtocolInputRespondParams.fits(data):
                raise TypeError()
            params_type_1 = ProtocolInputRespondParams.from_dict(data)

            return params_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError(f"not a form this field takes: {type(data).__name__}")
        params_type_2 = JsonObject.from_dict(data)

        return params_type_2

    params = _parse_params(d.get("params", UNSET))

    return params


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.protocol_input_respond_params import ProtocolInputRespondParams  # noqa: E402
from ..models.protocol_run_start_params import ProtocolRunStartParams  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolMessageStartData(WireDict):
    """A chat message begins.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        event (Literal['message-start']):
        role (str): Who writes the message: ai, human or system.
        id (str): The message's id.
        metadata (dict[str, Any] | None): A JSON object of any shape.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event": "event",
        "role": "role",
        "id": "id",
        "metadata": "metadata",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "role",
            "id",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "role": str,
        "id": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "role",
            "id",
        }
    )
    _constants: ClassVar[Mapping[str, Any]] = {
        "event": "message-start",
    }

    def __init__(
        self,
        *,
        event: Literal["message-start"],
        role: str,
        id: str,
        metadata: JsonObject | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolMessageStartData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "event": to_wire(event),
            "role": to_wire(role),
            "id": to_wire(id),
        }
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def event(self) -> Literal["message-start"]:
        """The `event` field."""
        try:
            read = _decode_event(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "event", exc) from exc
        return read

    @property
    def role(self) -> str:
        """Who writes the message: ai, human or system."""
        value = self.get("role")
        if type(value) is str:
            return value
        try:
            read = _decode_role(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "role", exc) from exc
        return read

    @property
    def id(self) -> str:
        """The message's id."""
        value = self.get("id")
        if type(value) is str:
            return value
        try:
            read = _decode_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "id", exc) from exc
        return read

    @property
    def metadata(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("metadata")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("metadata", _decode_metadata)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolMessageStartData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_event(d: dict[str, Any]) -> Literal["message-start"]:
    event = cast(Literal["message-start"], d["event"])
    if event != "message-start":
        raise ValueError(f"event must match const 'message-start', got '{event}'")
    return event


def _decode_role(d: dict[str, Any]) -> str:
    role: str = d["role"]
    if not isinstance(role, str):
        raise TypeError(f"not a string: {type(role).__name__}")
    return role


def _decode_id(d: dict[str, Any]) -> str:
    id: str = d["id"]
    if not isinstance(id, str):
        raise TypeError(f"not a string: {type(id).__name__}")
    return id


def _decode_metadata(d: dict[str, Any]) -> JsonObject | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: JsonObject | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = JsonObject.from_dict(_metadata)

    return metadata


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

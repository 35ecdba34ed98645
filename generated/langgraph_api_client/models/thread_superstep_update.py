from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ThreadSuperstepUpdate(WireDict):
    """One state update within a superstep.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        as_node (str): The node the update is written as.
        values_ (JsonObject | list[Any] | None): The values to write. Wire key `values` (the attribute takes a trailing underscore so as not to hide the dict method).
        command (Command | None):
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "as_node": "as_node",
        "values": "values_",
        "command": "command",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "as_node",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "as_node": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "as_node",
        }
    )

    def __init__(
        self,
        *,
        as_node: str,
        values: JsonObject | list[Any] | None | Unset = UNSET,
        command: Command | None | Unset = UNSET,
    ) -> None:
        """A ThreadSuperstepUpdate built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {
            "as_node": to_wire(as_node),
        }
        if not isinstance(values, Unset):
            fields["values"] = to_wire(values)
        if not isinstance(command, Unset):
            fields["command"] = to_wire(command)
        dict.__init__(self, fields)

    @property
    def as_node(self) -> str:
        """The node the update is written as."""
        value = self.get("as_node")
        if type(value) is str:
            return value
        try:
            read = _decode_as_node(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "as_node", exc) from exc
        return read

    @property
    def values_(self) -> JsonObject | list[Any] | None:
        """The values to write."""
        try:
            read = _decode_values(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "values", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def command(self) -> Command | None:
        """The `command` field."""
        try:
            read = _decode_command(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "command", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadSuperstepUpdate._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_as_node(d: dict[str, Any]) -> str:
    as_node: str = d["as_node"]
    if not isinstance(as_node, str):
        raise TypeError(f"not a string: {type(as_node).__name__}")
    return as_node


def _decode_values(d: dict[str, Any]) -> JsonObject | list[Any] | None | Unset:
    def _parse_values(data: object) -> JsonObject | list[Any] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict) or not JsonObject.fits(data):
                raise TypeError()
            values_type_0 = JsonObject.from_dict(data)

            return values_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, list):
                raise TypeError()
            values_type_1: list[Any] = data

            return values_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | list[Any] | None | Unset, data)

    values = _parse_values(d.get("values", UNSET))

    return values


def _decode_command(d: dict[str, Any]) -> Command | None | Unset:
    def _parse_command(data: object) -> Command | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict) or not Command.fits(data):
                raise TypeError()
            command_type_0 = Command.from_dict(data)

            return command_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Command | None | Unset, data)

    command = _parse_command(d.get("command", UNSET))

    return command


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.command import Command  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402

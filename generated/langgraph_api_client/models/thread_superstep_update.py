from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireItems, WireRecord

T = TypeVar("T", bound="ThreadSuperstepUpdate")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ThreadSuperstepUpdate(WireRecord, WireItems):
    """One state update within a superstep.

    Attributes:
        as_node (str): The node the update is written as.
        values (JsonObject | list[Any] | None | Unset): The values to write.
        command (Command | None | Unset):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "as_node": "as_node",
        "values": "values",
        "command": "command",
    }

    as_node: str
    values: JsonObject | list[Any] | None | Unset = UNSET
    command: Command | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        as_node = self.as_node

        values: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, JsonObject):
            values = self.values.to_dict()
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        command: dict[str, Any] | None | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        elif isinstance(self.command, Command):
            command = self.command.to_dict()
        else:
            command = self.command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_node": as_node,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values
        if command is not UNSET:
            field_dict["command"] = command

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
        thread_superstep_update = cls.__new__(cls)
        thread_superstep_update._raw = d
        return thread_superstep_update


_REQUIRED = frozenset(
    {
        "as_node",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_as_node(d: dict[str, Any]) -> str:
    as_node: str = d["as_node"]
    return as_node


def _decode_values(d: dict[str, Any]) -> JsonObject | list[Any] | None | Unset:
    def _parse_values(data: object) -> JsonObject | list[Any] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
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
            if not isinstance(data, dict):
                raise TypeError()
            command_type_0 = Command.from_dict(data)

            return command_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Command | None | Unset, data)

    command = _parse_command(d.get("command", UNSET))

    return command


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ThreadSuperstepUpdate._wire_names}


ThreadSuperstepUpdate._decoders = {
    "as_node": _decode_as_node,
    "values": _decode_values,
    "command": _decode_command,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.command import Command  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402

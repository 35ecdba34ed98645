from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire


class ThreadInterrupts(WireDict):
    """The thread's pending interrupts, by task id.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(
        self,
        **additional_properties: list[Interrupt],
    ) -> None:
        """A ThreadInterrupts built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def additional_properties(self) -> dict[str, list[Interrupt]]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_additional_properties(d: dict[str, Any]) -> dict[str, list[Interrupt]]:
    additional_properties: dict[str, list[Interrupt]] = {}
    for prop_name, prop_dict in d.items():
        additional_property = []
        _additional_property = prop_dict
        for additional_property_item_data in _additional_property:
            additional_property_item = Interrupt.from_dict(additional_property_item_data)

            additional_property.append(additional_property_item)

        additional_properties[prop_name] = additional_property
    return additional_properties


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.interrupt import Interrupt  # noqa: E402

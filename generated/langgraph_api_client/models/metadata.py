from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire


class Metadata(WireDict):
    """Free-form metadata, a JSON object; search filters match its keys exactly.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(
        self,
        **additional_properties: Any,
    ) -> None:
        """A Metadata built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return d  # no declared field: every key is an additional one, as sent

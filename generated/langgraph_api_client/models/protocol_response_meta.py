from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolResponseMeta(WireDict):
    """Extra information on a command's answer.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        applied_through_seq (int | None): The last event `seq` of the session when answering.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "applied_through_seq": "applied_through_seq",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "applied_through_seq",
        }
    )

    def __init__(
        self,
        *,
        applied_through_seq: int | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolResponseMeta built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        if not isinstance(applied_through_seq, Unset):
            fields["applied_through_seq"] = to_wire(applied_through_seq)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def applied_through_seq(self) -> int | None:
        """The last event `seq` of the session when answering."""
        value = self.get("applied_through_seq")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_applied_through_seq(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "applied_through_seq", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolResponseMeta._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_applied_through_seq(d: dict[str, Any]) -> int | Unset:
    applied_through_seq: int | Unset = d.get("applied_through_seq", UNSET)
    if not isinstance(applied_through_seq, int | Unset) or isinstance(applied_through_seq, bool):
        raise TypeError(f"not an integer: {type(applied_through_seq).__name__}")
    return applied_through_seq


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

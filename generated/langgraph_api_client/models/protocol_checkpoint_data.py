from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolCheckpointData(WireDict):
    """The data of a `checkpoints` event.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        id (str): The checkpoint's id (what a fork starts from).
        parent_id (str | None): The previous checkpoint's id.
        step (int | None): The superstep (-1 for the input, 0 for the first step).
        source (str | None): What made it: input, loop, update or fork.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "parent_id": "parent_id",
        "step": "step",
        "source": "source",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "id": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "parent_id",
            "step",
            "source",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        parent_id: str | Unset = UNSET,
        step: int | Unset = UNSET,
        source: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolCheckpointData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "id": to_wire(id),
        }
        if not isinstance(parent_id, Unset):
            fields["parent_id"] = to_wire(parent_id)
        if not isinstance(step, Unset):
            fields["step"] = to_wire(step)
        if not isinstance(source, Unset):
            fields["source"] = to_wire(source)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def id(self) -> str:
        """The checkpoint's id (what a fork starts from)."""
        value = self.get("id")
        if type(value) is str:
            return value
        try:
            read = _decode_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "id", exc) from exc
        return read

    @property
    def parent_id(self) -> str | None:
        """The previous checkpoint's id."""
        value = self.get("parent_id")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_parent_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "parent_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def step(self) -> int | None:
        """The superstep (-1 for the input, 0 for the first step)."""
        value = self.get("step")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_step(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "step", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def source(self) -> str | None:
        """What made it: input, loop, update or fork."""
        value = self.get("source")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_source(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "source", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolCheckpointData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_id(d: dict[str, Any]) -> str:
    id: str = d["id"]
    if not isinstance(id, str):
        raise TypeError(f"not a string: {type(id).__name__}")
    return id


def _decode_parent_id(d: dict[str, Any]) -> str | Unset:
    parent_id: str | Unset = d.get("parent_id", UNSET)
    if not isinstance(parent_id, str | Unset):
        raise TypeError(f"not a string: {type(parent_id).__name__}")
    return parent_id


def _decode_step(d: dict[str, Any]) -> int | Unset:
    step: int | Unset = d.get("step", UNSET)
    if not isinstance(step, int | Unset) or isinstance(step, bool):
        raise TypeError(f"not an integer: {type(step).__name__}")
    return step


def _decode_source(d: dict[str, Any]) -> str | Unset:
    source: str | Unset = d.get("source", UNSET)
    if not isinstance(source, str | Unset):
        raise TypeError(f"not a string: {type(source).__name__}")
    return source


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

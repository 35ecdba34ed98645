from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class Checkpoint(WireDict):
    """Points at one checkpoint of a thread.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        thread_id (str | None): The thread the checkpoint belongs to.
        checkpoint_ns (str | None): The checkpoint namespace; empty for the root graph.
        checkpoint_id (str | None): The checkpoint's id.
        checkpoint_map (JsonObject | None): Checkpoint ids of parent graphs, by namespace.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "thread_id": "thread_id",
        "checkpoint_ns": "checkpoint_ns",
        "checkpoint_id": "checkpoint_id",
        "checkpoint_map": "checkpoint_map",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "thread_id",
            "checkpoint_ns",
            "checkpoint_id",
        }
    )

    def __init__(
        self,
        *,
        thread_id: str | Unset = UNSET,
        checkpoint_ns: str | Unset = UNSET,
        checkpoint_id: str | Unset = UNSET,
        checkpoint_map: JsonObject | None | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A Checkpoint built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        if not isinstance(thread_id, Unset):
            fields["thread_id"] = to_wire(thread_id)
        if not isinstance(checkpoint_ns, Unset):
            fields["checkpoint_ns"] = to_wire(checkpoint_ns)
        if not isinstance(checkpoint_id, Unset):
            fields["checkpoint_id"] = to_wire(checkpoint_id)
        if not isinstance(checkpoint_map, Unset):
            fields["checkpoint_map"] = to_wire(checkpoint_map)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def thread_id(self) -> str | None:
        """The thread the checkpoint belongs to."""
        value = self.get("thread_id")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_thread_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "thread_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def checkpoint_ns(self) -> str | None:
        """The checkpoint namespace; empty for the root graph."""
        value = self.get("checkpoint_ns")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_checkpoint_ns(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "checkpoint_ns", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def checkpoint_id(self) -> str | None:
        """The checkpoint's id."""
        value = self.get("checkpoint_id")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_checkpoint_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "checkpoint_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def checkpoint_map(self) -> JsonObject | None:
        """Checkpoint ids of parent graphs, by namespace."""
        try:
            read = _decode_checkpoint_map(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "checkpoint_map", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(Checkpoint._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_thread_id(d: dict[str, Any]) -> str | Unset:
    thread_id: str | Unset = d.get("thread_id", UNSET)
    if not isinstance(thread_id, str | Unset):
        raise TypeError(f"not a string: {type(thread_id).__name__}")
    return thread_id


def _decode_checkpoint_ns(d: dict[str, Any]) -> str | Unset:
    checkpoint_ns: str | Unset = d.get("checkpoint_ns", UNSET)
    if not isinstance(checkpoint_ns, str | Unset):
        raise TypeError(f"not a string: {type(checkpoint_ns).__name__}")
    return checkpoint_ns


def _decode_checkpoint_id(d: dict[str, Any]) -> str | Unset:
    checkpoint_id: str | Unset = d.get("checkpoint_id", UNSET)
    if not isinstance(checkpoint_id, str | Unset):
        raise TypeError(f"not a string: {type(checkpoint_id).__name__}")
    return checkpoint_id


def _decode_checkpoint_map(d: dict[str, Any]) -> JsonObject | None | Unset:
    def _parse_checkpoint_map(data: object) -> JsonObject | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict) or not JsonObject.fits(data):
                raise TypeError()
            checkpoint_map_type_0 = JsonObject.from_dict(data)

            return checkpoint_map_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None | Unset, data)

    checkpoint_map = _parse_checkpoint_map(d.get("checkpoint_map", UNSET))

    return checkpoint_map


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, to_wire


class ThreadStateUpdate(WireDict):
    """Body of update_thread_state.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        values_ (JsonObject | list[Any] | None): The values to write. Wire key `values` (the attribute takes a trailing underscore so as not to hide the dict method).
        checkpoint (Checkpoint | None): Points at one checkpoint of a thread.
        checkpoint_id (str | None): The checkpoint to update from (instead of `checkpoint`).
        as_node (str | None): The node the update is written as.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "values": "values_",
        "checkpoint": "checkpoint",
        "checkpoint_id": "checkpoint_id",
        "as_node": "as_node",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "checkpoint_id",
            "as_node",
        }
    )

    def __init__(
        self,
        *,
        values: JsonObject | list[Any] | None | Unset = UNSET,
        checkpoint: Checkpoint | Unset = UNSET,
        checkpoint_id: str | Unset = UNSET,
        as_node: str | Unset = UNSET,
    ) -> None:
        """A ThreadStateUpdate built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {}
        if not isinstance(values, Unset):
            fields["values"] = to_wire(values)
        if not isinstance(checkpoint, Unset):
            fields["checkpoint"] = to_wire(checkpoint)
        if not isinstance(checkpoint_id, Unset):
            fields["checkpoint_id"] = to_wire(checkpoint_id)
        if not isinstance(as_node, Unset):
            fields["as_node"] = to_wire(as_node)
        dict.__init__(self, fields)

    @property
    def values_(self) -> JsonObject | list[Any] | None:
        """The values to write."""
        try:
            read = _decode_values(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "values", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def checkpoint(self) -> Checkpoint | None:
        """Points at one checkpoint of a thread."""
        value = self.get("checkpoint")
        if type(value) is Checkpoint:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "checkpoint", Checkpoint, value)
        read = self._keep("checkpoint", _decode_checkpoint)
        return None if isinstance(read, Unset) else read

    @property
    def checkpoint_id(self) -> str | None:
        """The checkpoint to update from (instead of `checkpoint`)."""
        value = self.get("checkpoint_id")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_checkpoint_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "checkpoint_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def as_node(self) -> str | None:
        """The node the update is written as."""
        value = self.get("as_node")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_as_node(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "as_node", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadStateUpdate._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
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


def _decode_checkpoint(d: dict[str, Any]) -> Checkpoint | Unset:
    _checkpoint = d.get("checkpoint", UNSET)
    checkpoint: Checkpoint | Unset
    if isinstance(_checkpoint, Unset):
        checkpoint = UNSET
    else:
        checkpoint = Checkpoint.from_dict(_checkpoint)

    return checkpoint


def _decode_checkpoint_id(d: dict[str, Any]) -> str | Unset:
    checkpoint_id: str | Unset = d.get("checkpoint_id", UNSET)
    if not isinstance(checkpoint_id, str | Unset):
        raise TypeError(f"not a string: {type(checkpoint_id).__name__}")
    return checkpoint_id


def _decode_as_node(d: dict[str, Any]) -> str | Unset:
    as_node: str | Unset = d.get("as_node", UNSET)
    if not isinstance(as_node, str | Unset):
        raise TypeError(f"not a string: {type(as_node).__name__}")
    return as_node


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402

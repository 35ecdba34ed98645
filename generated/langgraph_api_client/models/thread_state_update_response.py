from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, to_wire


class ThreadStateUpdateResponse(WireDict):
    """Result of update_thread_state.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        checkpoint (Checkpoint): Points at one checkpoint of a thread.
        configurable (Checkpoint | None): Points at one checkpoint of a thread.
        checkpoint_id (str | None): The new checkpoint's id.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "checkpoint": "checkpoint",
        "configurable": "configurable",
        "checkpoint_id": "checkpoint_id",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "checkpoint",
        }
    )
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "checkpoint_id",
        }
    )

    def __init__(
        self,
        *,
        checkpoint: Checkpoint,
        configurable: Checkpoint | Unset = UNSET,
        checkpoint_id: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ThreadStateUpdateResponse built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "checkpoint": to_wire(checkpoint),
        }
        if not isinstance(configurable, Unset):
            fields["configurable"] = to_wire(configurable)
        if not isinstance(checkpoint_id, Unset):
            fields["checkpoint_id"] = to_wire(checkpoint_id)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def checkpoint(self) -> Checkpoint:
        """Points at one checkpoint of a thread."""
        value = self.get("checkpoint")
        if type(value) is Checkpoint:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "checkpoint", Checkpoint, value)
        return self._keep("checkpoint", _decode_checkpoint)

    @property
    def configurable(self) -> Checkpoint | None:
        """Points at one checkpoint of a thread."""
        value = self.get("configurable")
        if type(value) is Checkpoint:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "configurable", Checkpoint, value)
        read = self._keep("configurable", _decode_configurable)
        return None if isinstance(read, Unset) else read

    @property
    def checkpoint_id(self) -> str | None:
        """The new checkpoint's id."""
        value = self.get("checkpoint_id")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_checkpoint_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "checkpoint_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadStateUpdateResponse._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_checkpoint(d: dict[str, Any]) -> Checkpoint:
    checkpoint = Checkpoint.from_dict(d["checkpoint"])

    return checkpoint


def _decode_configurable(d: dict[str, Any]) -> Checkpoint | Unset:
    _configurable = d.get("configurable", UNSET)
    configurable: Checkpoint | Unset
    if isinstance(_configurable, Unset):
        configurable = UNSET
    else:
        configurable = Checkpoint.from_dict(_configurable)

    return configurable


def _decode_checkpoint_id(d: dict[str, Any]) -> str | Unset:
    checkpoint_id: str | Unset = d.get("checkpoint_id", UNSET)
    if not isinstance(checkpoint_id, str | Unset):
        raise TypeError(f"not a string: {type(checkpoint_id).__name__}")
    return checkpoint_id


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402

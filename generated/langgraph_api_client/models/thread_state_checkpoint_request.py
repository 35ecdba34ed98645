from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, to_wire


class ThreadStateCheckpointRequest(WireDict):
    """Body of get_thread_state_at_checkpoint_config.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        checkpoint (Checkpoint): Points at one checkpoint of a thread.
        subgraphs (bool | None): Include the states of subgraphs.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "checkpoint": "checkpoint",
        "subgraphs": "subgraphs",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "checkpoint",
        }
    )
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "subgraphs",
        }
    )

    def __init__(
        self,
        *,
        checkpoint: Checkpoint,
        subgraphs: bool | Unset = False,
    ) -> None:
        """A ThreadStateCheckpointRequest built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {
            "checkpoint": to_wire(checkpoint),
        }
        if not isinstance(subgraphs, Unset):
            fields["subgraphs"] = to_wire(subgraphs)
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
    def subgraphs(self) -> bool | None:
        """Include the states of subgraphs."""
        value = self.get("subgraphs")
        if type(value) is bool or value is None:
            return value
        try:
            read = _decode_subgraphs(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "subgraphs", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadStateCheckpointRequest._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_checkpoint(d: dict[str, Any]) -> Checkpoint:
    checkpoint = Checkpoint.from_dict(d["checkpoint"])

    return checkpoint


def _decode_subgraphs(d: dict[str, Any]) -> bool | Unset:
    subgraphs: bool | Unset = d.get("subgraphs", UNSET)
    if not isinstance(subgraphs, bool | Unset):
        raise TypeError(f"not a boolean: {type(subgraphs).__name__}")
    return subgraphs


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402

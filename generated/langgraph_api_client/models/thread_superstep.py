from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire


class ThreadSuperstep(WireDict):
    """One superstep of state updates.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        updates (list[ThreadSuperstepUpdate]):
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "updates": "updates",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "updates",
        }
    )
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "updates",
        }
    )

    def __init__(
        self,
        *,
        updates: list[ThreadSuperstepUpdate],
    ) -> None:
        """A ThreadSuperstep built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {
            "updates": to_wire(updates),
        }
        dict.__init__(self, fields)

    @property
    def updates(self) -> list[ThreadSuperstepUpdate]:
        """The `updates` field."""
        try:
            read = _decode_updates(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "updates", exc) from exc
        return read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadSuperstep._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_updates(d: dict[str, Any]) -> list[ThreadSuperstepUpdate]:
    updates = []
    _updates = d["updates"]
    for updates_item_data in _updates:
        updates_item = ThreadSuperstepUpdate.from_dict(updates_item_data)

        updates.append(updates_item)

    return updates


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.thread_superstep_update import ThreadSuperstepUpdate  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire


class ThreadPruneResponse(WireDict):
    """Result of prune_threads.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        pruned_count (int): How many threads were pruned.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "pruned_count": "pruned_count",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "pruned_count",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "pruned_count": int,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "pruned_count",
        }
    )

    def __init__(
        self,
        *,
        pruned_count: int,
        **additional_properties: Any,
    ) -> None:
        """A ThreadPruneResponse built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "pruned_count": to_wire(pruned_count),
        }
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def pruned_count(self) -> int:
        """How many threads were pruned."""
        value = self.get("pruned_count")
        if type(value) is int:
            return value
        try:
            read = _decode_pruned_count(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "pruned_count", exc) from exc
        return read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadPruneResponse._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_pruned_count(d: dict[str, Any]) -> int:
    pruned_count: int = d["pruned_count"]
    if not isinstance(pruned_count, int) or isinstance(pruned_count, bool):
        raise TypeError(f"not an integer: {type(pruned_count).__name__}")
    return pruned_count


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..models.ttl_strategy import TtlStrategy
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ThreadTtl(WireDict):
    """A TTL to set on a thread.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        strategy (TtlStrategy | None): What happens when a thread's TTL runs out.
        ttl (float | None): Minutes from now until the thread expires.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "strategy": "strategy",
        "ttl": "ttl",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "ttl",
        }
    )

    def __init__(
        self,
        *,
        strategy: TtlStrategy | str | Unset = UNSET,
        ttl: float | Unset = UNSET,
    ) -> None:
        """A ThreadTtl built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {}
        if not isinstance(strategy, Unset):
            fields["strategy"] = to_wire(strategy)
        if not isinstance(ttl, Unset):
            fields["ttl"] = to_wire(ttl)
        dict.__init__(self, fields)

    @property
    def strategy(self) -> TtlStrategy | None:
        """What happens when a thread's TTL runs out."""
        try:
            read = _decode_strategy(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "strategy", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def ttl(self) -> float | None:
        """Minutes from now until the thread expires."""
        try:
            read = _decode_ttl(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "ttl", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadTtl._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_strategy(d: dict[str, Any]) -> TtlStrategy | Unset:
    _strategy = d.get("strategy", UNSET)
    strategy: TtlStrategy | Unset
    if isinstance(_strategy, Unset):
        strategy = UNSET
    else:
        strategy = TtlStrategy(_strategy)

    return strategy


def _decode_ttl(d: dict[str, Any]) -> float | Unset:
    ttl: float | Unset = d.get("ttl", UNSET)
    if not isinstance(ttl, int | float | Unset):
        raise TypeError(f"not a number: {type(ttl).__name__}")
    return ttl


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, cast

from ..models.ttl_strategy import TtlStrategy
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ThreadTtlInfo(WireDict):
    """The thread's TTL, present when asked for with `include=ttl` and set.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        strategy (TtlStrategy | None): What happens when a thread's TTL runs out.
        ttl_minutes (float | None): The TTL in minutes.
        expires_at (datetime.datetime | None): When the TTL runs out.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "strategy": "strategy",
        "ttl_minutes": "ttl_minutes",
        "expires_at": "expires_at",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "ttl_minutes",
        }
    )

    def __init__(
        self,
        *,
        strategy: TtlStrategy | str | Unset = UNSET,
        ttl_minutes: float | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ThreadTtlInfo built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        if not isinstance(strategy, Unset):
            fields["strategy"] = to_wire(strategy)
        if not isinstance(ttl_minutes, Unset):
            fields["ttl_minutes"] = to_wire(ttl_minutes)
        if not isinstance(expires_at, Unset):
            fields["expires_at"] = to_wire(expires_at)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
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
    def ttl_minutes(self) -> float | None:
        """The TTL in minutes."""
        try:
            read = _decode_ttl_minutes(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "ttl_minutes", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def expires_at(self) -> datetime.datetime | None:
        """When the TTL runs out."""
        try:
            read = _decode_expires_at(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "expires_at", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadTtlInfo._wire_names)
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


def _decode_ttl_minutes(d: dict[str, Any]) -> float | Unset:
    ttl_minutes: float | Unset = d.get("ttl_minutes", UNSET)
    if not isinstance(ttl_minutes, int | float | Unset):
        raise TypeError(f"not a number: {type(ttl_minutes).__name__}")
    return ttl_minutes


def _decode_expires_at(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            expires_at_type_0 = datetime.datetime.fromisoformat(data)

            return expires_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    expires_at = _parse_expires_at(d.get("expires_at", UNSET))

    return expires_at


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

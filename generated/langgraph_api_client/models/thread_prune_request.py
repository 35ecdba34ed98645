from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from ..models.prune_strategy import PruneStrategy
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, parse_uuid, to_wire


class ThreadPruneRequest(WireDict):
    """Body of prune_threads.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        thread_ids (list[UUID]): The threads to prune.
        strategy (PruneStrategy | None): `delete` removes threads; `keep_latest` keeps only their latest checkpoint.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "thread_ids": "thread_ids",
        "strategy": "strategy",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "thread_ids",
        }
    )
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "thread_ids",
        }
    )

    def __init__(
        self,
        *,
        thread_ids: list[UUID | str],
        strategy: PruneStrategy | str | Unset = UNSET,
    ) -> None:
        """A ThreadPruneRequest built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {
            "thread_ids": to_wire(thread_ids),
        }
        if not isinstance(strategy, Unset):
            fields["strategy"] = to_wire(strategy)
        dict.__init__(self, fields)

    @property
    def thread_ids(self) -> list[UUID]:
        """The threads to prune."""
        try:
            read = _decode_thread_ids(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "thread_ids", exc) from exc
        return read

    @property
    def strategy(self) -> PruneStrategy | None:
        """`delete` removes threads; `keep_latest` keeps only their latest checkpoint."""
        try:
            read = _decode_strategy(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "strategy", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadPruneRequest._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_thread_ids(d: dict[str, Any]) -> list[UUID]:
    thread_ids = []
    _thread_ids = d["thread_ids"]
    for thread_ids_item_data in _thread_ids:
        thread_ids_item = parse_uuid(thread_ids_item_data)

        thread_ids.append(thread_ids_item)

    return thread_ids


def _decode_strategy(d: dict[str, Any]) -> PruneStrategy | Unset:
    _strategy = d.get("strategy", UNSET)
    strategy: PruneStrategy | Unset
    if isinstance(_strategy, Unset):
        strategy = UNSET
    else:
        strategy = PruneStrategy(_strategy)

    return strategy


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire
from ..types import list_of as _list_of


class ProtocolTaskData(WireDict):
    """The data of a `tasks` event: a task started (`input`, `triggers`) or ended (`result`, `error`, `interrupts`).

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        id (str): The task's id.
        name (str): The node the task runs.
        input_ (Any | None): The task's input (started).
        triggers (list[str] | None): The channels that triggered it (started).
        result (Any | None): What the task wrote (ended).
        error (None | str): Why the task failed (ended); null if it did not.
        interrupts (list[Any] | None): The interrupts the task raised (ended).
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "input": "input_",
        "triggers": "triggers",
        "result": "result",
        "error": "error",
        "interrupts": "interrupts",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "id": str,
        "name": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "triggers",
            "interrupts",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        name: str,
        input_: Any | Unset = UNSET,
        triggers: list[str] | Unset = UNSET,
        result: Any | Unset = UNSET,
        error: None | str | Unset = UNSET,
        interrupts: list[Any] | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolTaskData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "id": to_wire(id),
            "name": to_wire(name),
        }
        if not isinstance(input_, Unset):
            fields["input"] = to_wire(input_)
        if not isinstance(triggers, Unset):
            fields["triggers"] = to_wire(triggers)
        if not isinstance(result, Unset):
            fields["result"] = to_wire(result)
        if not isinstance(error, Unset):
            fields["error"] = to_wire(error)
        if not isinstance(interrupts, Unset):
            fields["interrupts"] = to_wire(interrupts)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def id(self) -> str:
        """The task's id."""
        value = self.get("id")
        if type(value) is str:
            return value
        try:
            read = _decode_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "id", exc) from exc
        return read

    @property
    def name(self) -> str:
        """The node the task runs."""
        value = self.get("name")
        if type(value) is str:
            return value
        try:
            read = _decode_name(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "name", exc) from exc
        return read

    @property
    def input_(self) -> Any | None:
        """The task's input (started)."""
        try:
            read = _decode_input_(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "input", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def triggers(self) -> list[str] | None:
        """The channels that triggered it (started)."""
        try:
            read = _decode_triggers(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "triggers", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def result(self) -> Any | None:
        """What the task wrote (ended)."""
        try:
            read = _decode_result(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "result", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def error(self) -> None | str:
        """Why the task failed (ended); null if it did not."""
        try:
            read = _decode_error(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "error", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def interrupts(self) -> list[Any] | None:
        """The interrupts the task raised (ended)."""
        try:
            read = _decode_interrupts(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "interrupts", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolTaskData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_id(d: dict[str, Any]) -> str:
    id: str = d["id"]
    if not isinstance(id, str):
        raise TypeError(f"not a string: {type(id).__name__}")
    return id


def _decode_name(d: dict[str, Any]) -> str:
    name: str = d["name"]
    if not isinstance(name, str):
        raise TypeError(f"not a string: {type(name).__name__}")
    return name


def _decode_input_(d: dict[str, Any]) -> Any | Unset:
    input_: Any | Unset = d.get("input", UNSET)
    return input_


def _decode_triggers(d: dict[str, Any]) -> list[str] | Unset:
    triggers: list[str] = _list_of(d.get("triggers", UNSET), str)

    return triggers


def _decode_result(d: dict[str, Any]) -> Any | Unset:
    result: Any | Unset = d.get("result", UNSET)
    return result


def _decode_error(d: dict[str, Any]) -> None | str | Unset:
    error: None | str | Unset = d.get("error", UNSET)

    return error


def _decode_interrupts(d: dict[str, Any]) -> list[Any] | Unset:
    interrupts: list[Any] = d.get("interrupts", UNSET)

    return interrupts


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

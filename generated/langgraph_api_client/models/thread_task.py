from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ThreadTask(WireDict):
    """A task of a thread's next step.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        id (str): The task's id.
        name (str): The node the task runs.
        path (list[Any] | None): Where the task comes from in the graph.
        error (None | str): The task's error, if it failed.
        interrupts (list[Interrupt] | None):
        checkpoint (Checkpoint | None): The subgraph checkpoint of the task, if it runs a subgraph.
        state (None | ThreadState): The subgraph's state (with `subgraphs=true`).
        result (Any | None): What the task wrote, once done (any JSON).
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "path": "path",
        "error": "error",
        "interrupts": "interrupts",
        "checkpoint": "checkpoint",
        "state": "state",
        "result": "result",
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
            "path",
            "interrupts",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        name: str,
        path: list[Any] | Unset = UNSET,
        error: None | str | Unset = UNSET,
        interrupts: list[Interrupt] | Unset = UNSET,
        checkpoint: Checkpoint | None | Unset = UNSET,
        state: None | ThreadState | Unset = UNSET,
        result: Any | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ThreadTask built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "id": to_wire(id),
            "name": to_wire(name),
        }
        if not isinstance(path, Unset):
            fields["path"] = to_wire(path)
        if not isinstance(error, Unset):
            fields["error"] = to_wire(error)
        if not isinstance(interrupts, Unset):
            fields["interrupts"] = to_wire(interrupts)
        if not isinstance(checkpoint, Unset):
            fields["checkpoint"] = to_wire(checkpoint)
        if not isinstance(state, Unset):
            fields["state"] = to_wire(state)
        if not isinstance(result, Unset):
            fields["result"] = to_wire(result)
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
    def path(self) -> list[Any] | None:
        """Where the task comes from in the graph."""
        try:
            read = _decode_path(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "path", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def error(self) -> None | str:
        """The task's error, if it failed."""
        try:
            read = _decode_error(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "error", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def interrupts(self) -> list[Interrupt] | None:
        """The `interrupts` field."""
        try:
            read = _decode_interrupts(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "interrupts", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def checkpoint(self) -> Checkpoint | None:
        """The subgraph checkpoint of the task, if it runs a subgraph."""
        try:
            read = _decode_checkpoint(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "checkpoint", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def state(self) -> None | ThreadState:
        """The subgraph's state (with `subgraphs=true`)."""
        try:
            read = _decode_state(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "state", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def result(self) -> Any | None:
        """What the task wrote, once done (any JSON)."""
        try:
            read = _decode_result(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "result", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadTask._wire_names)
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


def _decode_path(d: dict[str, Any]) -> list[Any] | Unset:
    path: list[Any] = d.get("path", UNSET)

    return path


def _decode_error(d: dict[str, Any]) -> None | str | Unset:
    error: None | str | Unset = d.get("error", UNSET)

    return error


def _decode_interrupts(d: dict[str, Any]) -> list[Interrupt] | Unset:
    _interrupts = d.get("interrupts", UNSET)
    interrupts: list[Interrupt] | Unset = UNSET
    if _interrupts is not UNSET:
        interrupts = []
        for interrupts_item_data in _interrupts:
            interrupts_item = Interrupt.from_dict(interrupts_item_data)

            interrupts.append(interrupts_item)

    return interrupts


def _decode_checkpoint(d: dict[str, Any]) -> Checkpoint | None | Unset:
    def _parse_checkpoint(data: object) -> Checkpoint | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict) or not Checkpoint.fits(data):
                raise TypeError()
            checkpoint_type_0 = Checkpoint.from_dict(data)

            return checkpoint_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Checkpoint | None | Unset, data)

    checkpoint = _parse_checkpoint(d.get("checkpoint", UNSET))

    return checkpoint


def _decode_state(d: dict[str, Any]) -> None | ThreadState | Unset:
    def _parse_state(data: object) -> None | ThreadState | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict) or not ThreadState.fits(data):
                raise TypeError()
            state_type_0 = ThreadState.from_dict(data)

            return state_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | ThreadState | Unset, data)

    state = _parse_state(d.get("state", UNSET))

    return state


def _decode_result(d: dict[str, Any]) -> Any | Unset:
    result: Any | Unset = d.get("result", UNSET)
    return result


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.interrupt import Interrupt  # noqa: E402
from ..models.thread_state import ThreadState  # noqa: E402

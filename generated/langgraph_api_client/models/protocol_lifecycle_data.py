from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolLifecycleData(WireDict):
    """The data of a `lifecycle` event.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        event (str): The new status: started, running, completed, failed or interrupted.
        graph_name (str | None): The graph (or subgraph) whose status changed.
        cause (dict[str, Any] | None): A JSON object of any shape.
        error (str | None): Why it failed (failed).
        checkpoint (dict[str, Any] | None): A JSON object of any shape.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event": "event",
        "graph_name": "graph_name",
        "cause": "cause",
        "error": "error",
        "checkpoint": "checkpoint",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "event": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "graph_name",
            "error",
        }
    )

    def __init__(
        self,
        *,
        event: str,
        graph_name: str | Unset = UNSET,
        cause: JsonObject | Unset = UNSET,
        error: str | Unset = UNSET,
        checkpoint: JsonObject | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolLifecycleData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "event": to_wire(event),
        }
        if not isinstance(graph_name, Unset):
            fields["graph_name"] = to_wire(graph_name)
        if not isinstance(cause, Unset):
            fields["cause"] = to_wire(cause)
        if not isinstance(error, Unset):
            fields["error"] = to_wire(error)
        if not isinstance(checkpoint, Unset):
            fields["checkpoint"] = to_wire(checkpoint)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def event(self) -> str:
        """The new status: started, running, completed, failed or interrupted."""
        value = self.get("event")
        if type(value) is str:
            return value
        try:
            read = _decode_event(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "event", exc) from exc
        return read

    @property
    def graph_name(self) -> str | None:
        """The graph (or subgraph) whose status changed."""
        value = self.get("graph_name")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_graph_name(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "graph_name", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def cause(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("cause")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("cause", _decode_cause)
        return None if isinstance(read, Unset) else read

    @property
    def error(self) -> str | None:
        """Why it failed (failed)."""
        value = self.get("error")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_error(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "error", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def checkpoint(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("checkpoint")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("checkpoint", _decode_checkpoint)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolLifecycleData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_event(d: dict[str, Any]) -> str:
    event: str = d["event"]
    if not isinstance(event, str):
        raise TypeError(f"not a string: {type(event).__name__}")
    return event


def _decode_graph_name(d: dict[str, Any]) -> str | Unset:
    graph_name: str | Unset = d.get("graph_name", UNSET)
    if not isinstance(graph_name, str | Unset):
        raise TypeError(f"not a string: {type(graph_name).__name__}")
    return graph_name


def _decode_cause(d: dict[str, Any]) -> JsonObject | Unset:
    _cause = d.get("cause", UNSET)
    cause: JsonObject | Unset
    if isinstance(_cause, Unset):
        cause = UNSET
    else:
        cause = JsonObject.from_dict(_cause)

    return cause


def _decode_error(d: dict[str, Any]) -> str | Unset:
    error: str | Unset = d.get("error", UNSET)
    if not isinstance(error, str | Unset):
        raise TypeError(f"not a string: {type(error).__name__}")
    return error


def _decode_checkpoint(d: dict[str, Any]) -> JsonObject | Unset:
    _checkpoint = d.get("checkpoint", UNSET)
    checkpoint: JsonObject | Unset
    if isinstance(_checkpoint, Unset):
        checkpoint = UNSET
    else:
        checkpoint = JsonObject.from_dict(_checkpoint)

    return checkpoint


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

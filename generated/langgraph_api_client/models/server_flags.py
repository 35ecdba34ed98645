from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ServerFlags(WireDict):
    """Features the server offers.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        assistants (bool | None):
        crons (bool | None):
        langsmith (bool | None):
        langsmith_tracing_replicas (bool | None):
        langsmith_tracing_session_on_runs (bool | None):
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "assistants": "assistants",
        "crons": "crons",
        "langsmith": "langsmith",
        "langsmith_tracing_replicas": "langsmith_tracing_replicas",
        "langsmith_tracing_session_on_runs": "langsmith_tracing_session_on_runs",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "assistants",
            "crons",
            "langsmith",
            "langsmith_tracing_replicas",
            "langsmith_tracing_session_on_runs",
        }
    )

    def __init__(
        self,
        *,
        assistants: bool | Unset = UNSET,
        crons: bool | Unset = UNSET,
        langsmith: bool | Unset = UNSET,
        langsmith_tracing_replicas: bool | Unset = UNSET,
        langsmith_tracing_session_on_runs: bool | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ServerFlags built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        if not isinstance(assistants, Unset):
            fields["assistants"] = to_wire(assistants)
        if not isinstance(crons, Unset):
            fields["crons"] = to_wire(crons)
        if not isinstance(langsmith, Unset):
            fields["langsmith"] = to_wire(langsmith)
        if not isinstance(langsmith_tracing_replicas, Unset):
            fields["langsmith_tracing_replicas"] = to_wire(langsmith_tracing_replicas)
        if not isinstance(langsmith_tracing_session_on_runs, Unset):
            fields["langsmith_tracing_session_on_runs"] = to_wire(langsmith_tracing_session_on_runs)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def assistants(self) -> bool | None:
        """The `assistants` field."""
        value = self.get("assistants")
        if type(value) is bool or value is None:
            return value
        try:
            read = _decode_assistants(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "assistants", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def crons(self) -> bool | None:
        """The `crons` field."""
        value = self.get("crons")
        if type(value) is bool or value is None:
            return value
        try:
            read = _decode_crons(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "crons", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def langsmith(self) -> bool | None:
        """The `langsmith` field."""
        value = self.get("langsmith")
        if type(value) is bool or value is None:
            return value
        try:
            read = _decode_langsmith(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "langsmith", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def langsmith_tracing_replicas(self) -> bool | None:
        """The `langsmith_tracing_replicas` field."""
        value = self.get("langsmith_tracing_replicas")
        if type(value) is bool or value is None:
            return value
        try:
            read = _decode_langsmith_tracing_replicas(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "langsmith_tracing_replicas", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def langsmith_tracing_session_on_runs(self) -> bool | None:
        """The `langsmith_tracing_session_on_runs` field."""
        value = self.get("langsmith_tracing_session_on_runs")
        if type(value) is bool or value is None:
            return value
        try:
            read = _decode_langsmith_tracing_session_on_runs(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "langsmith_tracing_session_on_runs", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ServerFlags._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_assistants(d: dict[str, Any]) -> bool | Unset:
    assistants: bool | Unset = d.get("assistants", UNSET)
    if not isinstance(assistants, bool | Unset):
        raise TypeError(f"not a boolean: {type(assistants).__name__}")
    return assistants


def _decode_crons(d: dict[str, Any]) -> bool | Unset:
    crons: bool | Unset = d.get("crons", UNSET)
    if not isinstance(crons, bool | Unset):
        raise TypeError(f"not a boolean: {type(crons).__name__}")
    return crons


def _decode_langsmith(d: dict[str, Any]) -> bool | Unset:
    langsmith: bool | Unset = d.get("langsmith", UNSET)
    if not isinstance(langsmith, bool | Unset):
        raise TypeError(f"not a boolean: {type(langsmith).__name__}")
    return langsmith


def _decode_langsmith_tracing_replicas(d: dict[str, Any]) -> bool | Unset:
    langsmith_tracing_replicas: bool | Unset = d.get("langsmith_tracing_replicas", UNSET)
    if not isinstance(langsmith_tracing_replicas, bool | Unset):
        raise TypeError(f"not a boolean: {type(langsmith_tracing_replicas).__name__}")
    return langsmith_tracing_replicas


def _decode_langsmith_tracing_session_on_runs(d: dict[str, Any]) -> bool | Unset:
    langsmith_tracing_session_on_runs: bool | Unset = d.get(
        "langsmith_tracing_session_on_runs", UNSET
    )
    if not isinstance(langsmith_tracing_session_on_runs, bool | Unset):
        raise TypeError(f"not a boolean: {type(langsmith_tracing_session_on_runs).__name__}")
    return langsmith_tracing_session_on_runs


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolLangSmithTracer(WireDict):
    """Where a `run.start` run's LangSmith trace goes: langgraph-api's run.start refuses a field other than these two, and
    a value that is not a string.

        A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
        its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
        as documented; an optional field that is missing reads as None.

        Attributes:
            project_name (str | None): The LangSmith project to trace the run to.
            example_id (str | None): The dataset example the run is traced against.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "project_name": "project_name",
        "example_id": "example_id",
    }

    _closed: ClassVar[bool] = True
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "project_name",
            "example_id",
        }
    )

    def __init__(
        self,
        *,
        project_name: str | Unset = UNSET,
        example_id: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolLangSmithTracer built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        if not isinstance(project_name, Unset):
            fields["project_name"] = to_wire(project_name)
        if not isinstance(example_id, Unset):
            fields["example_id"] = to_wire(example_id)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def project_name(self) -> str | None:
        """The LangSmith project to trace the run to."""
        value = self.get("project_name")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_project_name(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "project_name", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def example_id(self) -> str | None:
        """The dataset example the run is traced against."""
        value = self.get("example_id")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_example_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "example_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolLangSmithTracer._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_project_name(d: dict[str, Any]) -> str | Unset:
    project_name: str | Unset = d.get("project_name", UNSET)
    if not isinstance(project_name, str | Unset):
        raise TypeError(f"not a string: {type(project_name).__name__}")
    return project_name


def _decode_example_id(d: dict[str, Any]) -> str | Unset:
    example_id: str | Unset = d.get("example_id", UNSET)
    if not isinstance(example_id, str | Unset):
        raise TypeError(f"not a string: {type(example_id).__name__}")
    return example_id


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

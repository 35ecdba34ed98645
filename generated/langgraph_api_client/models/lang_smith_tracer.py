from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class LangSmithTracer(WireDict):
    """Where a run's LangSmith trace goes, beside the deployment's own tracing.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        project_name (None | str): The LangSmith project to trace the run to.
        example_id (None | str): The dataset example the run is traced against.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "project_name": "project_name",
        "example_id": "example_id",
    }

    def __init__(
        self,
        *,
        project_name: None | str | Unset = UNSET,
        example_id: None | str | Unset = UNSET,
    ) -> None:
        """A LangSmithTracer built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {}
        if not isinstance(project_name, Unset):
            fields["project_name"] = to_wire(project_name)
        if not isinstance(example_id, Unset):
            fields["example_id"] = to_wire(example_id)
        dict.__init__(self, fields)

    @property
    def project_name(self) -> None | str:
        """The LangSmith project to trace the run to."""
        try:
            read = _decode_project_name(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "project_name", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def example_id(self) -> None | str:
        """The dataset example the run is traced against."""
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


_DECLARED = frozenset(LangSmithTracer._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_project_name(d: dict[str, Any]) -> None | str | Unset:
    project_name: None | str | Unset = d.get("project_name", UNSET)

    return project_name


def _decode_example_id(d: dict[str, Any]) -> None | str | Unset:
    example_id: None | str | Unset = d.get("example_id", UNSET)

    return example_id


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

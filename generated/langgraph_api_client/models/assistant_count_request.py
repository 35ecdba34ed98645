from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class AssistantCountRequest(WireDict):
    """Body of count_assistants.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
        graph_id (str | None): Only assistants of this graph.
        name (str | None): Only assistants whose name contains this text (case-insensitive).
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "metadata": "metadata",
        "graph_id": "graph_id",
        "name": "name",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "graph_id",
            "name",
        }
    )

    def __init__(
        self,
        *,
        metadata: Metadata | Unset = UNSET,
        graph_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> None:
        """A AssistantCountRequest built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {}
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(graph_id, Unset):
            fields["graph_id"] = to_wire(graph_id)
        if not isinstance(name, Unset):
            fields["name"] = to_wire(name)
        dict.__init__(self, fields)

    @property
    def metadata(self) -> dict[str, Any] | None:
        """Free-form metadata, a JSON object; search filters match its keys exactly."""
        value = self.get("metadata")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("metadata", _decode_metadata)
        return None if isinstance(read, Unset) else read

    @property
    def graph_id(self) -> str | None:
        """Only assistants of this graph."""
        value = self.get("graph_id")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_graph_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "graph_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def name(self) -> str | None:
        """Only assistants whose name contains this text (case-insensitive)."""
        value = self.get("name")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_name(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "name", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(AssistantCountRequest._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_graph_id(d: dict[str, Any]) -> str | Unset:
    graph_id: str | Unset = d.get("graph_id", UNSET)
    if not isinstance(graph_id, str | Unset):
        raise TypeError(f"not a string: {type(graph_id).__name__}")
    return graph_id


def _decode_name(d: dict[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    if not isinstance(name, str | Unset):
        raise TypeError(f"not a string: {type(name).__name__}")
    return name


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.metadata import Metadata  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class GraphNode(WireDict):
    """A node of a graph drawing.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        id (str): The node's id.
        type_ (str | None): The node's kind, such as `runnable` or `schema`.
        data (Any | None): What the node runs (any JSON).
        metadata (JsonObject | None):
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "type": "type_",
        "data": "data",
        "metadata": "metadata",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "id": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        type_: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: JsonObject | None | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A GraphNode built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "id": to_wire(id),
        }
        if not isinstance(type_, Unset):
            fields["type"] = to_wire(type_)
        if not isinstance(data, Unset):
            fields["data"] = to_wire(data)
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def id(self) -> str:
        """The node's id."""
        value = self.get("id")
        if type(value) is str:
            return value
        try:
            read = _decode_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "id", exc) from exc
        return read

    @property
    def type_(self) -> str | None:
        """The node's kind, such as `runnable` or `schema`."""
        value = self.get("type")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_type_(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "type", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def data(self) -> Any | None:
        """What the node runs (any JSON)."""
        try:
            read = _decode_data(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "data", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def metadata(self) -> JsonObject | None:
        """The `metadata` field."""
        try:
            read = _decode_metadata(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "metadata", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(GraphNode._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_id(d: dict[str, Any]) -> str:
    id: str = d["id"]
    if not isinstance(id, str):
        raise TypeError(f"not a string: {type(id).__name__}")
    return id


def _decode_type_(d: dict[str, Any]) -> str | Unset:
    type_: str | Unset = d.get("type", UNSET)
    if not isinstance(type_, str | Unset):
        raise TypeError(f"not a string: {type(type_).__name__}")
    return type_


def _decode_data(d: dict[str, Any]) -> Any | Unset:
    data: Any | Unset = d.get("data", UNSET)
    return data


def _decode_metadata(d: dict[str, Any]) -> JsonObject | None | Unset:
    def _parse_metadata(data: object) -> JsonObject | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict) or not JsonObject.fits(data):
                raise TypeError()
            metadata_type_0 = JsonObject.from_dict(data)

            return metadata_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None | Unset, data)

    metadata = _parse_metadata(d.get("metadata", UNSET))

    return metadata


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

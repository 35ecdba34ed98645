from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class AssistantVersionsSearchRequest(WireDict):
    """Body of list_assistant_versions.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
        limit (int | None): How many versions to return.
        offset (int | None): How many versions to skip.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "metadata": "metadata",
        "limit": "limit",
        "offset": "offset",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "limit",
            "offset",
        }
    )

    def __init__(
        self,
        *,
        metadata: Metadata | Unset = UNSET,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
    ) -> None:
        """A AssistantVersionsSearchRequest built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {}
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(limit, Unset):
            fields["limit"] = to_wire(limit)
        if not isinstance(offset, Unset):
            fields["offset"] = to_wire(offset)
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
    def limit(self) -> int | None:
        """How many versions to return."""
        value = self.get("limit")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_limit(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "limit", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def offset(self) -> int | None:
        """How many versions to skip."""
        value = self.get("offset")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_offset(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "offset", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(AssistantVersionsSearchRequest._wire_names)
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


def _decode_limit(d: dict[str, Any]) -> int | Unset:
    limit: int | Unset = d.get("limit", UNSET)
    if not isinstance(limit, int | Unset) or isinstance(limit, bool):
        raise TypeError(f"not an integer: {type(limit).__name__}")
    return limit


def _decode_offset(d: dict[str, Any]) -> int | Unset:
    offset: int | Unset = d.get("offset", UNSET)
    if not isinstance(offset, int | Unset) or isinstance(offset, bool):
        raise TypeError(f"not an integer: {type(offset).__name__}")
    return offset


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.metadata import Metadata  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire


class AssistantVersionChange(WireDict):
    """Body of set_latest_assistant_version.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        version (int): The version to make the latest.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "version": "version",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "version",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "version": int,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "version",
        }
    )

    def __init__(
        self,
        *,
        version: int,
    ) -> None:
        """A AssistantVersionChange built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {
            "version": to_wire(version),
        }
        dict.__init__(self, fields)

    @property
    def version(self) -> int:
        """The version to make the latest."""
        value = self.get("version")
        if type(value) is int:
            return value
        try:
            read = _decode_version(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "version", exc) from exc
        return read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(AssistantVersionChange._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_version(d: dict[str, Any]) -> int:
    version: int = d["version"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise TypeError(f"not an integer: {type(version).__name__}")
    return version


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire
from ..types import list_of as _list_of


class Config(WireDict):
    """Configuration of a run or assistant.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        tags (list[str] | None): Tags for this call and its sub-calls.
        recursion_limit (int | None): Maximum number of supersteps of a run.
        configurable (dict[str, Any] | None): A JSON object of any shape.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "tags": "tags",
        "recursion_limit": "recursion_limit",
        "configurable": "configurable",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "tags",
            "recursion_limit",
        }
    )

    def __init__(
        self,
        *,
        tags: list[str] | Unset = UNSET,
        recursion_limit: int | Unset = UNSET,
        configurable: JsonObject | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A Config built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        if not isinstance(tags, Unset):
            fields["tags"] = to_wire(tags)
        if not isinstance(recursion_limit, Unset):
            fields["recursion_limit"] = to_wire(recursion_limit)
        if not isinstance(configurable, Unset):
            fields["configurable"] = to_wire(configurable)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def tags(self) -> list[str] | None:
        """Tags for this call and its sub-calls."""
        try:
            read = _decode_tags(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "tags", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def recursion_limit(self) -> int | None:
        """Maximum number of supersteps of a run."""
        value = self.get("recursion_limit")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_recursion_limit(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "recursion_limit", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def configurable(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("configurable")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("configurable", _decode_configurable)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(Config._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_tags(d: dict[str, Any]) -> list[str] | Unset:
    tags: list[str] = _list_of(d.get("tags", UNSET), str)

    return tags


def _decode_recursion_limit(d: dict[str, Any]) -> int | Unset:
    recursion_limit: int | Unset = d.get("recursion_limit", UNSET)
    if not isinstance(recursion_limit, int | Unset) or isinstance(recursion_limit, bool):
        raise TypeError(f"not an integer: {type(recursion_limit).__name__}")
    return recursion_limit


def _decode_configurable(d: dict[str, Any]) -> JsonObject | Unset:
    _configurable = d.get("configurable", UNSET)
    configurable: JsonObject | Unset
    if isinstance(_configurable, Unset):
        configurable = UNSET
    else:
        configurable = JsonObject.from_dict(_configurable)

    return configurable


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire
from ..types import list_of as _list_of


class Item(WireDict):
    """A document in the store.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        namespace (list[str]): The item's namespace, as a list of labels.
        key (str): The item's key within its namespace.
        value (dict[str, Any]): A JSON object of any shape.
        created_at (datetime.datetime): When the item was first stored.
        updated_at (datetime.datetime): When the item last changed.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "namespace": "namespace",
        "key": "key",
        "value": "value",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "namespace",
            "key",
            "value",
            "created_at",
            "updated_at",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "key": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "namespace",
            "key",
            "created_at",
            "updated_at",
        }
    )

    def __init__(
        self,
        *,
        namespace: list[str],
        key: str,
        value: JsonObject,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        **additional_properties: Any,
    ) -> None:
        """A Item built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "namespace": to_wire(namespace),
            "key": to_wire(key),
            "value": to_wire(value),
            "created_at": to_wire(created_at),
            "updated_at": to_wire(updated_at),
        }
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def namespace(self) -> list[str]:
        """The item's namespace, as a list of labels."""
        try:
            read = _decode_namespace(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "namespace", exc) from exc
        return read

    @property
    def key(self) -> str:
        """The item's key within its namespace."""
        value = self.get("key")
        if type(value) is str:
            return value
        try:
            read = _decode_key(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "key", exc) from exc
        return read

    @property
    def value(self) -> dict[str, Any]:
        """A JSON object of any shape."""
        value = self.get("value")
        if isinstance(value, dict):  # the JSON object as sent
            return value
        return self._keep("value", _decode_value)

    @property
    def created_at(self) -> datetime.datetime:
        """When the item was first stored."""
        value = self.get("created_at")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
        try:
            read = _decode_created_at(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "created_at", exc) from exc
        return read

    @property
    def updated_at(self) -> datetime.datetime:
        """When the item last changed."""
        value = self.get("updated_at")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
        try:
            read = _decode_updated_at(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "updated_at", exc) from exc
        return read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(Item._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_namespace(d: dict[str, Any]) -> list[str]:
    namespace: list[str] = _list_of(d["namespace"], str)

    return namespace


def _decode_key(d: dict[str, Any]) -> str:
    key: str = d["key"]
    if not isinstance(key, str):
        raise TypeError(f"not a string: {type(key).__name__}")
    return key


def _decode_value(d: dict[str, Any]) -> JsonObject:
    value = JsonObject.from_dict(d["value"])

    return value


def _decode_created_at(d: dict[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["created_at"])

    return created_at


def _decode_updated_at(d: dict[str, Any]) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(d["updated_at"])

    return updated_at


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

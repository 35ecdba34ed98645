from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire
from ..types import list_of as _list_of


class StorePutRequest(WireDict):
    """Body of put_store_item.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        namespace (list[str]): The namespace, as a list of labels (labels cannot contain `.`).
        key (str): The item's key.
        value (dict[str, Any]): A JSON object of any shape.
        index (bool | list[str] | None): Search indexing: null for the store's default, false for none, or the fields to index.
        ttl (float | None): Minutes until the item expires; null for never.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "namespace": "namespace",
        "key": "key",
        "value": "value",
        "index": "index",
        "ttl": "ttl",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "namespace",
            "key",
            "value",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "key": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "namespace",
            "key",
        }
    )

    def __init__(
        self,
        *,
        namespace: list[str],
        key: str,
        value: JsonObject,
        index: bool | list[str] | None | Unset = UNSET,
        ttl: float | None | Unset = UNSET,
    ) -> None:
        """A StorePutRequest built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {
            "namespace": to_wire(namespace),
            "key": to_wire(key),
            "value": to_wire(value),
        }
        if not isinstance(index, Unset):
            fields["index"] = to_wire(index)
        if not isinstance(ttl, Unset):
            fields["ttl"] = to_wire(ttl)
        dict.__init__(self, fields)

    @property
    def namespace(self) -> list[str]:
        """The namespace, as a list of labels (labels cannot contain `.`)."""
        try:
            read = _decode_namespace(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "namespace", exc) from exc
        return read

    @property
    def key(self) -> str:
        """The item's key."""
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
    def index(self) -> bool | list[str] | None:
        """Search indexing: null for the store's default, false for none, or the fields to index."""
        try:
            read = _decode_index(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "index", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def ttl(self) -> float | None:
        """Minutes until the item expires; null for never."""
        try:
            read = _decode_ttl(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "ttl", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(StorePutRequest._wire_names)
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


def _decode_index(d: dict[str, Any]) -> bool | list[str] | None | Unset:
    def _parse_index(data: object) -> bool | list[str] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            index_type_1: list[str] = _list_of(data, str)

            return index_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, (bool,)):
            raise TypeError(f"not a form this field takes: {type(data).__name__}")
        return data

    index = _parse_index(d.get("index", UNSET))

    return index


def _decode_ttl(d: dict[str, Any]) -> float | None | Unset:
    ttl: float | None | Unset = d.get("ttl", UNSET)

    return ttl


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire
from ..types import list_of as _list_of


class StoreDeleteRequest(WireDict):
    """Body of delete_store_item.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        key (str): The item's key.
        namespace (list[str] | None): The namespace, as a list of labels.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "key": "key",
        "namespace": "namespace",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "key",
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
        key: str,
        namespace: list[str] | Unset = UNSET,
    ) -> None:
        """A StoreDeleteRequest built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {
            "key": to_wire(key),
        }
        if not isinstance(namespace, Unset):
            fields["namespace"] = to_wire(namespace)
        dict.__init__(self, fields)

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
    def namespace(self) -> list[str] | None:
        """The namespace, as a list of labels."""
        try:
            read = _decode_namespace(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "namespace", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(StoreDeleteRequest._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_key(d: dict[str, Any]) -> str:
    key: str = d["key"]
    if not isinstance(key, str):
        raise TypeError(f"not a string: {type(key).__name__}")
    return key


def _decode_namespace(d: dict[str, Any]) -> list[str] | Unset:
    namespace: list[str] = _list_of(d.get("namespace", UNSET), str)

    return namespace


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="StoreDeleteRequest")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class StoreDeleteRequest(WireMapping):
    """Body of delete_store_item.

    Attributes:
        key (str): The item's key.
        namespace (list[str] | Unset): The namespace, as a list of labels.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "key": "key",
        "namespace": "namespace",
    }

    key: str
    namespace: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        namespace: list[str] | Unset = UNSET
        if not isinstance(self.namespace, Unset):
            namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        store_delete_request = cls.__new__(cls)
        store_delete_request._raw = d
        return store_delete_request


_REQUIRED = frozenset(
    {
        "key",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_key(d: dict[str, Any]) -> str:
    key: str = d["key"]
    return key


def _decode_namespace(d: dict[str, Any]) -> list[str] | Unset:
    namespace: list[str] = d.get("namespace", UNSET)

    return namespace


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in StoreDeleteRequest._wire_names}


StoreDeleteRequest._decoders = {
    "key": _decode_key,
    "namespace": _decode_namespace,
    "additional_properties": _decode_additional_properties,
}

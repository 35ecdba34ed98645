from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="StorePutRequest")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class StorePutRequest(WireMapping):
    """Body of put_store_item.

    Attributes:
        namespace (list[str]): The namespace, as a list of labels (labels cannot contain `.`).
        key (str): The item's key.
        value (JsonObject): A JSON object of any shape.
        index (bool | list[str] | None | Unset): Search indexing: null for the store's default, false for none, or the
            fields to index.
        ttl (float | None | Unset): Minutes until the item expires; null for never.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "namespace": "namespace",
        "key": "key",
        "value": "value",
        "index": "index",
        "ttl": "ttl",
    }

    namespace: list[str]
    key: str
    value: JsonObject
    index: bool | list[str] | None | Unset = UNSET
    ttl: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        key = self.key

        value = self.value.to_dict()

        index: bool | list[str] | None | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        elif isinstance(self.index, list):
            index = self.index

        else:
            index = self.index

        ttl: float | None | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "key": key,
                "value": value,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

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
        store_put_request = cls.__new__(cls)
        store_put_request._raw = d
        return store_put_request


_REQUIRED = frozenset(
    {
        "namespace",
        "key",
        "value",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_namespace(d: dict[str, Any]) -> list[str]:
    namespace: list[str] = d["namespace"]

    return namespace


def _decode_key(d: dict[str, Any]) -> str:
    key: str = d["key"]
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
            index_type_1: list[str] = data

            return index_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | list[str] | None | Unset, data)

    index = _parse_index(d.get("index", UNSET))

    return index


def _decode_ttl(d: dict[str, Any]) -> float | None | Unset:
    ttl: float | None | Unset = d.get("ttl", UNSET)

    return ttl


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in StorePutRequest._wire_names}


StorePutRequest._decoders = {
    "namespace": _decode_namespace,
    "key": _decode_key,
    "value": _decode_value,
    "index": _decode_index,
    "ttl": _decode_ttl,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

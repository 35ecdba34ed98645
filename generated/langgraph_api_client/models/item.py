from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="Item")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class Item(WireMapping):
    """A document in the store.

    Attributes:
        namespace (list[str]): The item's namespace, as a list of labels.
        key (str): The item's key within its namespace.
        value (JsonObject): A JSON object of any shape.
        created_at (datetime.datetime): When the item was first stored.
        updated_at (datetime.datetime): When the item last changed.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "namespace": "namespace",
        "key": "key",
        "value": "value",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }

    namespace: list[str]
    key: str
    value: JsonObject
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        key = self.key

        value = self.value.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "key": key,
                "value": value,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

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
        item = cls.__new__(cls)
        item._raw = d
        return item


_REQUIRED = frozenset(
    {
        "namespace",
        "key",
        "value",
        "created_at",
        "updated_at",
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


def _decode_created_at(d: dict[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["created_at"])

    return created_at


def _decode_updated_at(d: dict[str, Any]) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(d["updated_at"])

    return updated_at


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Item._wire_names}


Item._decoders = {
    "namespace": _decode_namespace,
    "key": _decode_key,
    "value": _decode_value,
    "created_at": _decode_created_at,
    "updated_at": _decode_updated_at,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

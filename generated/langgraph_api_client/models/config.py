from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="Config")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class Config(WireMapping):
    """Configuration of a run or assistant.

    Attributes:
        tags (list[str] | Unset): Tags for this call and its sub-calls.
        recursion_limit (int | Unset): Maximum number of supersteps of a run.
        configurable (JsonObject | Unset): A JSON object of any shape.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "tags": "tags",
        "recursion_limit": "recursion_limit",
        "configurable": "configurable",
    }

    tags: list[str] | Unset = UNSET
    recursion_limit: int | Unset = UNSET
    configurable: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        recursion_limit = self.recursion_limit

        configurable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configurable, Unset):
            configurable = self.configurable.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags
        if recursion_limit is not UNSET:
            field_dict["recursion_limit"] = recursion_limit
        if configurable is not UNSET:
            field_dict["configurable"] = configurable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        config = cls.__new__(cls)
        config._raw = d
        return config


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_tags(d: dict[str, Any]) -> list[str] | Unset:
    tags: list[str] = d.get("tags", UNSET)

    return tags


def _decode_recursion_limit(d: dict[str, Any]) -> int | Unset:
    recursion_limit: int | Unset = d.get("recursion_limit", UNSET)
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
    return {key: value for key, value in d.items() if key not in Config._wire_names}


Config._decoders = {
    "tags": _decode_tags,
    "recursion_limit": _decode_recursion_limit,
    "configurable": _decode_configurable,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

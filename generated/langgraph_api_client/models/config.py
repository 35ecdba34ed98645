from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="Config")


@_attrs_define
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
        d = dict(src_dict)
        tags: list[str] = d.pop("tags", UNSET)

        recursion_limit = d.pop("recursion_limit", UNSET)

        _configurable = d.pop("configurable", UNSET)
        configurable: JsonObject | Unset
        if isinstance(_configurable, Unset):
            configurable = UNSET
        else:
            configurable = JsonObject.from_dict(_configurable)

        config = cls(
            tags=tags,
            recursion_limit=recursion_limit,
            configurable=configurable,
        )

        config.additional_properties = d
        return config


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

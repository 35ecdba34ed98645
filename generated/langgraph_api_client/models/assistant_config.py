from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.assistant_config_configurable import AssistantConfigConfigurable


T = TypeVar("T", bound="AssistantConfig")


@_attrs_define
class AssistantConfig(WireMapping):
    """The assistant config.

    Attributes:
        tags (list[str] | Unset):
        recursion_limit (int | Unset):
        configurable (AssistantConfigConfigurable | Unset):
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "tags": "tags",
        "recursion_limit": "recursion_limit",
        "configurable": "configurable",
    }

    tags: list[str] | Unset = UNSET
    recursion_limit: int | Unset = UNSET
    configurable: AssistantConfigConfigurable | Unset = UNSET
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
        from ..models.assistant_config_configurable import AssistantConfigConfigurable  # noqa: PLC0415

        d = dict(src_dict)
        tags = cast(list[str], d.pop("tags", UNSET))

        recursion_limit = d.pop("recursion_limit", UNSET)

        _configurable = d.pop("configurable", UNSET)
        configurable: AssistantConfigConfigurable | Unset
        if isinstance(_configurable, Unset):
            configurable = UNSET
        else:
            configurable = AssistantConfigConfigurable.from_dict(_configurable)

        assistant_config = cls(
            tags=tags,
            recursion_limit=recursion_limit,
            configurable=configurable,
        )

        assistant_config.additional_properties = d
        return assistant_config

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.get_info_server_info_feature_flags import GetInfoServerInfoFeatureFlags
    from ..models.get_info_server_info_metadata import GetInfoServerInfoMetadata


T = TypeVar("T", bound="GetInfoServerInfo")


@_attrs_define
class GetInfoServerInfo(WireMapping):
    """
    Attributes:
        version (str): LangGraph API version
        langgraph_py_version (str): LangGraph Python library version
        flags (GetInfoServerInfoFeatureFlags): Enabled features and capabilities
        metadata (GetInfoServerInfoMetadata): Server deployment metadata
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "version": "version",
        "langgraph_py_version": "langgraph_py_version",
        "flags": "flags",
        "metadata": "metadata",
    }

    version: str
    langgraph_py_version: str
    flags: GetInfoServerInfoFeatureFlags
    metadata: GetInfoServerInfoMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        langgraph_py_version = self.langgraph_py_version

        flags = self.flags.to_dict()

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "langgraph_py_version": langgraph_py_version,
                "flags": flags,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_info_server_info_feature_flags import GetInfoServerInfoFeatureFlags  # noqa: PLC0415
        from ..models.get_info_server_info_metadata import GetInfoServerInfoMetadata  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        langgraph_py_version = d.pop("langgraph_py_version")

        flags = GetInfoServerInfoFeatureFlags.from_dict(d.pop("flags"))

        metadata = GetInfoServerInfoMetadata.from_dict(d.pop("metadata"))

        get_info_server_info = cls(
            version=version,
            langgraph_py_version=langgraph_py_version,
            flags=flags,
            metadata=metadata,
        )

        get_info_server_info.additional_properties = d
        return get_info_server_info

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ServerInfo")


@_attrs_define
class ServerInfo(WireMapping):
    """Result of get_info.

    Attributes:
        version (str): The langgraph-api version.
        langgraph_py_version (str): The langgraph version.
        flags (ServerFlags): Features the server offers.
        host (ServerHost | Unset): Where the server runs.
        metadata (JsonObject | Unset): A JSON object of any shape.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "version": "version",
        "langgraph_py_version": "langgraph_py_version",
        "flags": "flags",
        "host": "host",
        "metadata": "metadata",
    }

    version: str
    langgraph_py_version: str
    flags: ServerFlags
    host: ServerHost | Unset = UNSET
    metadata: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        langgraph_py_version = self.langgraph_py_version

        flags = self.flags.to_dict()

        host: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host, Unset):
            host = self.host.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "langgraph_py_version": langgraph_py_version,
                "flags": flags,
            }
        )
        if host is not UNSET:
            field_dict["host"] = host
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        langgraph_py_version = d.pop("langgraph_py_version")

        flags = ServerFlags.from_dict(d.pop("flags"))

        _host = d.pop("host", UNSET)
        host: ServerHost | Unset
        if isinstance(_host, Unset):
            host = UNSET
        else:
            host = ServerHost.from_dict(_host)

        _metadata = d.pop("metadata", UNSET)
        metadata: JsonObject | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JsonObject.from_dict(_metadata)

        server_info = cls(
            version=version,
            langgraph_py_version=langgraph_py_version,
            flags=flags,
            host=host,
            metadata=metadata,
        )

        server_info.additional_properties = d
        return server_info


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.server_flags import ServerFlags  # noqa: E402
from ..models.server_host import ServerHost  # noqa: E402

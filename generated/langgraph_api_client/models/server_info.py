from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ServerInfo")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
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
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

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
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        server_info = cls.__new__(cls)
        server_info._raw = d
        return server_info


_REQUIRED = frozenset(
    {
        "version",
        "langgraph_py_version",
        "flags",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_version(d: dict[str, Any]) -> str:
    version: str = d["version"]
    return version


def _decode_langgraph_py_version(d: dict[str, Any]) -> str:
    langgraph_py_version: str = d["langgraph_py_version"]
    return langgraph_py_version


def _decode_flags(d: dict[str, Any]) -> ServerFlags:
    flags = ServerFlags.from_dict(d["flags"])

    return flags


def _decode_host(d: dict[str, Any]) -> ServerHost | Unset:
    _host = d.get("host", UNSET)
    host: ServerHost | Unset
    if isinstance(_host, Unset):
        host = UNSET
    else:
        host = ServerHost.from_dict(_host)

    return host


def _decode_metadata(d: dict[str, Any]) -> JsonObject | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: JsonObject | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = JsonObject.from_dict(_metadata)

    return metadata


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ServerInfo._wire_names}


ServerInfo._decoders = {
    "version": _decode_version,
    "langgraph_py_version": _decode_langgraph_py_version,
    "flags": _decode_flags,
    "host": _decode_host,
    "metadata": _decode_metadata,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.server_flags import ServerFlags  # noqa: E402
from ..models.server_host import ServerHost  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, to_wire


class ServerInfo(WireDict):
    """Result of get_info.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        version (str): The langgraph-api version.
        langgraph_py_version (str): The langgraph version.
        flags (ServerFlags): Features the server offers.
        host (ServerHost | None): Where the server runs.
        metadata (dict[str, Any] | None): A JSON object of any shape.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "version": "version",
        "langgraph_py_version": "langgraph_py_version",
        "flags": "flags",
        "host": "host",
        "metadata": "metadata",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "version",
            "langgraph_py_version",
            "flags",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "version": str,
        "langgraph_py_version": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "version",
            "langgraph_py_version",
        }
    )

    def __init__(
        self,
        *,
        version: str,
        langgraph_py_version: str,
        flags: ServerFlags,
        host: ServerHost | Unset = UNSET,
        metadata: JsonObject | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ServerInfo built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "version": to_wire(version),
            "langgraph_py_version": to_wire(langgraph_py_version),
            "flags": to_wire(flags),
        }
        if not isinstance(host, Unset):
            fields["host"] = to_wire(host)
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def version(self) -> str:
        """The langgraph-api version."""
        value = self.get("version")
        if type(value) is str:
            return value
        try:
            read = _decode_version(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "version", exc) from exc
        return read

    @property
    def langgraph_py_version(self) -> str:
        """The langgraph version."""
        value = self.get("langgraph_py_version")
        if type(value) is str:
            return value
        try:
            read = _decode_langgraph_py_version(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "langgraph_py_version", exc) from exc
        return read

    @property
    def flags(self) -> ServerFlags:
        """Features the server offers."""
        value = self.get("flags")
        if type(value) is ServerFlags:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "flags", ServerFlags, value)
        return self._keep("flags", _decode_flags)

    @property
    def host(self) -> ServerHost | None:
        """Where the server runs."""
        value = self.get("host")
        if type(value) is ServerHost:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "host", ServerHost, value)
        read = self._keep("host", _decode_host)
        return None if isinstance(read, Unset) else read

    @property
    def metadata(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("metadata")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("metadata", _decode_metadata)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ServerInfo._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_version(d: dict[str, Any]) -> str:
    version: str = d["version"]
    if not isinstance(version, str):
        raise TypeError(f"not a string: {type(version).__name__}")
    return version


def _decode_langgraph_py_version(d: dict[str, Any]) -> str:
    langgraph_py_version: str = d["langgraph_py_version"]
    if not isinstance(langgraph_py_version, str):
        raise TypeError(f"not a string: {type(langgraph_py_version).__name__}")
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
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.server_flags import ServerFlags  # noqa: E402
from ..models.server_host import ServerHost  # noqa: E402

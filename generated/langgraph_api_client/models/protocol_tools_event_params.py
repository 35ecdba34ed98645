from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from ..models.protocol_event_params import ProtocolEventParams
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire
from ..types import list_of as _list_of


class ProtocolToolsEventParams(ProtocolEventParams):
    """The body of a `tools` event.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        namespace (list[str]): A path in the agent tree, one label per nested subgraph; empty for the root.
        data (ProtocolToolErrorData | ProtocolToolFinishedData | ProtocolToolOutputDeltaData | ProtocolToolStartedData): The data of a `tools` event: one step of a tool call, told apart by `event`.
        timestamp (int | None): Milliseconds since the Unix epoch (the protocol does not require it).
        node (str | None): The node that produced the event.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "namespace": "namespace",
        "data": "data",
        "timestamp": "timestamp",
        "node": "node",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "namespace",
            "data",
        }
    )
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "timestamp",
            "node",
            "data",
        }
    )

    def __init__(
        self,
        *,
        namespace: list[str],
        data: ProtocolToolErrorData
        | ProtocolToolFinishedData
        | ProtocolToolOutputDeltaData
        | ProtocolToolStartedData,
        timestamp: int | Unset = UNSET,
        node: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolToolsEventParams built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "namespace": to_wire(namespace),
            "data": to_wire(data),
        }
        if not isinstance(timestamp, Unset):
            fields["timestamp"] = to_wire(timestamp)
        if not isinstance(node, Unset):
            fields["node"] = to_wire(node)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def namespace(self) -> list[str]:
        """A path in the agent tree, one label per nested subgraph; empty for the root."""
        try:
            read = _decode_namespace(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "namespace", exc) from exc
        return read

    @property
    def data(
        self,
    ) -> (
        ProtocolToolErrorData
        | ProtocolToolFinishedData
        | ProtocolToolOutputDeltaData
        | ProtocolToolStartedData
    ):
        """The data of a `tools` event: one step of a tool call, told apart by `event`."""
        value = self.get("data")
        if isinstance(value, WireDict):  # read before: kept in place
            return cast(
                "ProtocolToolErrorData | ProtocolToolFinishedData | ProtocolToolOutputDeltaData | ProtocolToolStartedData",
                value,
            )
        return self._keep("data", _decode_data)

    @property
    def timestamp(self) -> int | None:
        """Milliseconds since the Unix epoch (the protocol does not require it)."""
        value = self.get("timestamp")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_timestamp(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "timestamp", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def node(self) -> str | None:
        """The node that produced the event."""
        value = self.get("node")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_node(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "node", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolToolsEventParams._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_namespace(d: dict[str, Any]) -> list[str]:
    namespace: list[str] = _list_of(d["namespace"], str)

    return namespace


def _decode_data(
    d: dict[str, Any],
) -> (
    ProtocolToolErrorData
    | ProtocolToolFinishedData
    | ProtocolToolOutputDeltaData
    | ProtocolToolStartedData
):
    def _parse_data(
        data: object,
    ) -> (
        ProtocolToolErrorData
        | ProtocolToolFinishedData
        | ProtocolToolOutputDeltaData
        | ProtocolToolStartedData
    ):
        try:
            if not isinstance(data, dict) or not ProtocolToolStartedData.fits(data):
                raise TypeError()
            componentsschemas_protocol_tool_data_type_0 = ProtocolToolStartedData.from_dict(data)

            return componentsschemas_protocol_tool_data_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict) or not ProtocolToolOutputDeltaData.fits(data):
                raise TypeError()
            componentsschemas_protocol_tool_data_type_1 = ProtocolToolOutputDeltaData.from_dict(
                data
            )

            return componentsschemas_protocol_tool_data_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict) or not ProtocolToolFinishedData.fits(data):
                raise TypeError()
            componentsschemas_protocol_tool_data_type_2 = ProtocolToolFinishedData.from_dict(data)

            return componentsschemas_protocol_tool_data_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError(f"not a form this field takes: {type(data).__name__}")
        componentsschemas_protocol_tool_data_type_3 = ProtocolToolErrorData.from_dict(data)

        return componentsschemas_protocol_tool_data_type_3

    data = _parse_data(d["data"])

    return data


def _decode_timestamp(d: dict[str, Any]) -> int | Unset:
    timestamp: int | Unset = d.get("timestamp", UNSET)
    if not isinstance(timestamp, int | Unset) or isinstance(timestamp, bool):
        raise TypeError(f"not an integer: {type(timestamp).__name__}")
    return timestamp


def _decode_node(d: dict[str, Any]) -> str | Unset:
    node: str | Unset = d.get("node", UNSET)
    if not isinstance(node, str | Unset):
        raise TypeError(f"not a string: {type(node).__name__}")
    return node


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.protocol_tool_error_data import ProtocolToolErrorData  # noqa: E402
from ..models.protocol_tool_finished_data import ProtocolToolFinishedData  # noqa: E402
from ..models.protocol_tool_output_delta_data import ProtocolToolOutputDeltaData  # noqa: E402
from ..models.protocol_tool_started_data import ProtocolToolStartedData  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset, WireItems, WireRecord

T = TypeVar("T", bound="ThreadCountRequest")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ThreadCountRequest(WireRecord, WireItems):
    """Body of count_threads.

    Attributes:
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
        values (JsonObject | Unset): A JSON object of any shape.
        status (ThreadStatus | Unset): The status of a thread.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "metadata": "metadata",
        "values": "values",
        "status": "status",
    }

    metadata: Metadata | Unset = UNSET
    values: JsonObject | Unset = UNSET
    status: ThreadStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if values is not UNSET:
            field_dict["values"] = values
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        thread_count_request = cls.__new__(cls)
        thread_count_request._raw = d
        return thread_count_request


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_values(d: dict[str, Any]) -> JsonObject | Unset:
    _values = d.get("values", UNSET)
    values: JsonObject | Unset
    if isinstance(_values, Unset):
        values = UNSET
    else:
        values = JsonObject.from_dict(_values)

    return values


def _decode_status(d: dict[str, Any]) -> ThreadStatus | Unset:
    _status = d.get("status", UNSET)
    status: ThreadStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = ThreadStatus(_status)

    return status


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ThreadCountRequest._wire_names}


ThreadCountRequest._decoders = {
    "metadata": _decode_metadata,
    "values": _decode_values,
    "status": _decode_status,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset, WireItems, WireRecord

T = TypeVar("T", bound="ThreadCountRequest")


@_attrs_define
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
        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _values = d.pop("values", UNSET)
        values: JsonObject | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = JsonObject.from_dict(_values)

        _status = d.pop("status", UNSET)
        status: ThreadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ThreadStatus(_status)

        thread_count_request = cls(
            metadata=metadata,
            values=values,
            status=status,
        )

        thread_count_request.additional_properties = d
        return thread_count_request


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

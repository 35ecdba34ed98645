from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CronCountRequest")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class CronCountRequest(WireMapping):
    """Body of count_crons.

    Attributes:
        assistant_id (UUID | Unset): Only crons of this assistant.
        thread_id (UUID | Unset): Only crons on this thread.
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "assistant_id": "assistant_id",
        "thread_id": "thread_id",
        "metadata": "metadata",
    }

    assistant_id: UUID | Unset = UNSET
    thread_id: UUID | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        assistant_id: str | Unset = UNSET
        if not isinstance(self.assistant_id, Unset):
            assistant_id = str(self.assistant_id)

        thread_id: str | Unset = UNSET
        if not isinstance(self.thread_id, Unset):
            thread_id = str(self.thread_id)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
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
        cron_count_request = cls.__new__(cls)
        cron_count_request._raw = d
        return cron_count_request


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_assistant_id(d: dict[str, Any]) -> UUID | Unset:
    _assistant_id = d.get("assistant_id", UNSET)
    assistant_id: UUID | Unset
    if isinstance(_assistant_id, Unset):
        assistant_id = UNSET
    else:
        assistant_id = UUID(_assistant_id)

    return assistant_id


def _decode_thread_id(d: dict[str, Any]) -> UUID | Unset:
    _thread_id = d.get("thread_id", UNSET)
    thread_id: UUID | Unset
    if isinstance(_thread_id, Unset):
        thread_id = UNSET
    else:
        thread_id = UUID(_thread_id)

    return thread_id


def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CronCountRequest._wire_names}


CronCountRequest._decoders = {
    "assistant_id": _decode_assistant_id,
    "thread_id": _decode_thread_id,
    "metadata": _decode_metadata,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.metadata import Metadata  # noqa: E402

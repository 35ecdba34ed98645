from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadPatch")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ThreadPatch(WireMapping):
    """Body of update_thread.

    Attributes:
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
        ttl (ThreadTtl | Unset): A TTL to set on a thread.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "metadata": "metadata",
        "ttl": "ttl",
    }

    metadata: Metadata | Unset = UNSET
    ttl: ThreadTtl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        ttl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        thread_patch = cls.__new__(cls)
        thread_patch._raw = d
        return thread_patch


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_ttl(d: dict[str, Any]) -> ThreadTtl | Unset:
    _ttl = d.get("ttl", UNSET)
    ttl: ThreadTtl | Unset
    if isinstance(_ttl, Unset):
        ttl = UNSET
    else:
        ttl = ThreadTtl.from_dict(_ttl)

    return ttl


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ThreadPatch._wire_names}


ThreadPatch._decoders = {
    "metadata": _decode_metadata,
    "ttl": _decode_ttl,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.metadata import Metadata  # noqa: E402
from ..models.thread_ttl import ThreadTtl  # noqa: E402

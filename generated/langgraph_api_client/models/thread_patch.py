from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.thread_patch_metadata import ThreadPatchMetadata
    from ..models.thread_patch_ttl import ThreadPatchTTL


T = TypeVar("T", bound="ThreadPatch")


@_attrs_define
class ThreadPatch(WireMapping):
    """Payload for updating a thread.

    Attributes:
        metadata (ThreadPatchMetadata | Unset): Metadata to merge with existing thread metadata.
        ttl (ThreadPatchTTL | Unset): The time-to-live for the thread.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "metadata": "metadata",
        "ttl": "ttl",
    }

    metadata: ThreadPatchMetadata | Unset = UNSET
    ttl: ThreadPatchTTL | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.thread_patch_metadata import ThreadPatchMetadata  # noqa: PLC0415
        from ..models.thread_patch_ttl import ThreadPatchTTL  # noqa: PLC0415

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: ThreadPatchMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ThreadPatchMetadata.from_dict(_metadata)

        _ttl = d.pop("ttl", UNSET)
        ttl: ThreadPatchTTL | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = ThreadPatchTTL.from_dict(_ttl)

        thread_patch = cls(
            metadata=metadata,
            ttl=ttl,
        )

        thread_patch.additional_properties = d
        return thread_patch

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.if_exists import IfExists
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadCreate")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ThreadCreate(WireMapping):
    """Body of create_thread.

    Attributes:
        thread_id (UUID | Unset): The id to give the thread; random when absent.
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
        if_exists (IfExists | Unset): What to do when the resource already exists.
        ttl (ThreadTtl | Unset): A TTL to set on a thread.
        supersteps (list[ThreadSuperstep] | Unset): State updates to apply in order, one superstep per item.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "thread_id": "thread_id",
        "metadata": "metadata",
        "if_exists": "if_exists",
        "ttl": "ttl",
        "supersteps": "supersteps",
    }

    thread_id: UUID | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    if_exists: IfExists | Unset = UNSET
    ttl: ThreadTtl | Unset = UNSET
    supersteps: list[ThreadSuperstep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        thread_id: str | Unset = UNSET
        if not isinstance(self.thread_id, Unset):
            thread_id = str(self.thread_id)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        if_exists: str | Unset = UNSET
        if not isinstance(self.if_exists, Unset):
            if_exists = self.if_exists.value

        ttl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.to_dict()

        supersteps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supersteps, Unset):
            supersteps = []
            for supersteps_item_data in self.supersteps:
                supersteps_item = supersteps_item_data.to_dict()
                supersteps.append(supersteps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if if_exists is not UNSET:
            field_dict["if_exists"] = if_exists
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if supersteps is not UNSET:
            field_dict["supersteps"] = supersteps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        thread_create = cls.__new__(cls)
        thread_create._raw = d
        return thread_create


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
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


def _decode_if_exists(d: dict[str, Any]) -> IfExists | Unset:
    _if_exists = d.get("if_exists", UNSET)
    if_exists: IfExists | Unset
    if isinstance(_if_exists, Unset):
        if_exists = UNSET
    else:
        if_exists = IfExists(_if_exists)

    return if_exists


def _decode_ttl(d: dict[str, Any]) -> ThreadTtl | Unset:
    _ttl = d.get("ttl", UNSET)
    ttl: ThreadTtl | Unset
    if isinstance(_ttl, Unset):
        ttl = UNSET
    else:
        ttl = ThreadTtl.from_dict(_ttl)

    return ttl


def _decode_supersteps(d: dict[str, Any]) -> list[ThreadSuperstep] | Unset:
    _supersteps = d.get("supersteps", UNSET)
    supersteps: list[ThreadSuperstep] | Unset = UNSET
    if _supersteps is not UNSET:
        supersteps = []
        for supersteps_item_data in _supersteps:
            supersteps_item = ThreadSuperstep.from_dict(supersteps_item_data)

            supersteps.append(supersteps_item)

    return supersteps


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ThreadCreate._wire_names}


ThreadCreate._decoders = {
    "thread_id": _decode_thread_id,
    "metadata": _decode_metadata,
    "if_exists": _decode_if_exists,
    "ttl": _decode_ttl,
    "supersteps": _decode_supersteps,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.metadata import Metadata  # noqa: E402
from ..models.thread_superstep import ThreadSuperstep  # noqa: E402
from ..models.thread_ttl import ThreadTtl  # noqa: E402

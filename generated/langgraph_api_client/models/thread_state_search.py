from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadStateSearch")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ThreadStateSearch(WireMapping):
    """Body of search_thread_history.

    Attributes:
        limit (int | Unset): How many states to return. Default: 1.
        before (Config | Unset): Configuration of a run or assistant.
        metadata (Metadata | Unset): Free-form metadata, a JSON object; search filters match its keys exactly.
        checkpoint (Checkpoint | Unset): Points at one checkpoint of a thread.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "limit": "limit",
        "before": "before",
        "metadata": "metadata",
        "checkpoint": "checkpoint",
    }

    limit: int | Unset = 1
    before: Config | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    checkpoint: Checkpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        before: dict[str, Any] | Unset = UNSET
        if not isinstance(self.before, Unset):
            before = self.before.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if before is not UNSET:
            field_dict["before"] = before
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        thread_state_search = cls.__new__(cls)
        thread_state_search._raw = d
        return thread_state_search


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_limit(d: dict[str, Any]) -> int | Unset:
    limit: int | Unset = d.get("limit", UNSET)
    return limit


def _decode_before(d: dict[str, Any]) -> Config | Unset:
    _before = d.get("before", UNSET)
    before: Config | Unset
    if isinstance(_before, Unset):
        before = UNSET
    else:
        before = Config.from_dict(_before)

    return before


def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_checkpoint(d: dict[str, Any]) -> Checkpoint | Unset:
    _checkpoint = d.get("checkpoint", UNSET)
    checkpoint: Checkpoint | Unset
    if isinstance(_checkpoint, Unset):
        checkpoint = UNSET
    else:
        checkpoint = Checkpoint.from_dict(_checkpoint)

    return checkpoint


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ThreadStateSearch._wire_names}


ThreadStateSearch._decoders = {
    "limit": _decode_limit,
    "before": _decode_before,
    "metadata": _decode_metadata,
    "checkpoint": _decode_checkpoint,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.config import Config  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

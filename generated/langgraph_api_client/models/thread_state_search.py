from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadStateSearch")


@_attrs_define
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
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        _before = d.pop("before", UNSET)
        before: Config | Unset
        if isinstance(_before, Unset):
            before = UNSET
        else:
            before = Config.from_dict(_before)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _checkpoint = d.pop("checkpoint", UNSET)
        checkpoint: Checkpoint | Unset
        if isinstance(_checkpoint, Unset):
            checkpoint = UNSET
        else:
            checkpoint = Checkpoint.from_dict(_checkpoint)

        thread_state_search = cls(
            limit=limit,
            before=before,
            metadata=metadata,
            checkpoint=checkpoint,
        )

        thread_state_search.additional_properties = d
        return thread_state_search


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.config import Config  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

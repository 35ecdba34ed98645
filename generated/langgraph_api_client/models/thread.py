from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset, WireItems, WireRecord

if TYPE_CHECKING:
    from ..models.thread_config import ThreadConfig
    from ..models.thread_extracted import ThreadExtracted
    from ..models.thread_interrupts import ThreadInterrupts
    from ..models.thread_metadata import ThreadMetadata
    from ..models.thread_ttl_info import ThreadTTLInfo
    from ..models.thread_values_type_0 import ThreadValuesType0


T = TypeVar("T", bound="Thread")


@_attrs_define
class Thread(WireRecord, WireItems):
    """
    Attributes:
        thread_id (UUID): The ID of the thread.
        created_at (datetime.datetime): The time the thread was created.
        updated_at (datetime.datetime): The last time the thread was updated.
        metadata (ThreadMetadata): The thread metadata.
        status (ThreadStatus): The status of the thread.
        state_updated_at (datetime.datetime | Unset): The last time the thread state was updated.
        config (ThreadConfig | Unset): The thread config.
        values (None | ThreadValuesType0 | Unset): The current state of the thread.
        interrupts (ThreadInterrupts | Unset): The current interrupts of the thread.
        ttl (ThreadTTLInfo | Unset): TTL information if set for this thread. Only present when ?include=ttl is passed.
        extracted (ThreadExtracted | Unset): Extracted values from thread JSONB columns, populated when extract is
            specified in search request.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "thread_id": "thread_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "metadata": "metadata",
        "status": "status",
        "state_updated_at": "state_updated_at",
        "config": "config",
        "values": "values",
        "interrupts": "interrupts",
        "ttl": "ttl",
        "extracted": "extracted",
    }

    thread_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    metadata: ThreadMetadata
    status: ThreadStatus
    state_updated_at: datetime.datetime | Unset = UNSET
    config: ThreadConfig | Unset = UNSET
    values: None | ThreadValuesType0 | Unset = UNSET
    interrupts: ThreadInterrupts | Unset = UNSET
    ttl: ThreadTTLInfo | Unset = UNSET
    extracted: ThreadExtracted | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.thread_values_type_0 import ThreadValuesType0  # noqa: PLC0415

        thread_id = str(self.thread_id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        metadata = self.metadata.to_dict()

        status = self.status.value

        state_updated_at: str | Unset = UNSET
        if not isinstance(self.state_updated_at, Unset):
            state_updated_at = self.state_updated_at.isoformat()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        values: dict[str, Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, ThreadValuesType0):
            values = self.values.to_dict()
        else:
            values = self.values

        interrupts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interrupts, Unset):
            interrupts = self.interrupts.to_dict()

        ttl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.to_dict()

        extracted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extracted, Unset):
            extracted = self.extracted.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thread_id": thread_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "metadata": metadata,
                "status": status,
            }
        )
        if state_updated_at is not UNSET:
            field_dict["state_updated_at"] = state_updated_at
        if config is not UNSET:
            field_dict["config"] = config
        if values is not UNSET:
            field_dict["values"] = values
        if interrupts is not UNSET:
            field_dict["interrupts"] = interrupts
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if extracted is not UNSET:
            field_dict["extracted"] = extracted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_config import ThreadConfig  # noqa: PLC0415
        from ..models.thread_extracted import ThreadExtracted  # noqa: PLC0415
        from ..models.thread_interrupts import ThreadInterrupts  # noqa: PLC0415
        from ..models.thread_metadata import ThreadMetadata  # noqa: PLC0415
        from ..models.thread_ttl_info import ThreadTTLInfo  # noqa: PLC0415
        from ..models.thread_values_type_0 import ThreadValuesType0  # noqa: PLC0415

        d = dict(src_dict)
        thread_id = UUID(d.pop("thread_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        metadata = ThreadMetadata.from_dict(d.pop("metadata"))

        status = ThreadStatus(d.pop("status"))

        _state_updated_at = d.pop("state_updated_at", UNSET)
        state_updated_at: datetime.datetime | Unset
        if isinstance(_state_updated_at, Unset):
            state_updated_at = UNSET
        else:
            state_updated_at = datetime.datetime.fromisoformat(_state_updated_at)

        _config = d.pop("config", UNSET)
        config: ThreadConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ThreadConfig.from_dict(_config)

        def _parse_values(data: object) -> None | ThreadValuesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_0 = ThreadValuesType0.from_dict(data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadValuesType0 | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        _interrupts = d.pop("interrupts", UNSET)
        interrupts: ThreadInterrupts | Unset
        if isinstance(_interrupts, Unset):
            interrupts = UNSET
        else:
            interrupts = ThreadInterrupts.from_dict(_interrupts)

        _ttl = d.pop("ttl", UNSET)
        ttl: ThreadTTLInfo | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = ThreadTTLInfo.from_dict(_ttl)

        _extracted = d.pop("extracted", UNSET)
        extracted: ThreadExtracted | Unset
        if isinstance(_extracted, Unset):
            extracted = UNSET
        else:
            extracted = ThreadExtracted.from_dict(_extracted)

        thread = cls(
            thread_id=thread_id,
            created_at=created_at,
            updated_at=updated_at,
            metadata=metadata,
            status=status,
            state_updated_at=state_updated_at,
            config=config,
            values=values,
            interrupts=interrupts,
            ttl=ttl,
            extracted=extracted,
        )

        thread.additional_properties = d
        return thread

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SearchItem")


@_attrs_define
class SearchItem(WireMapping):
    """A document found by a store search, with its relevance score.

    Attributes:
        namespace (list[str]): The item's namespace, as a list of labels.
        key (str): The item's key within its namespace.
        value (JsonObject): A JSON object of any shape.
        created_at (datetime.datetime): When the item was first stored.
        updated_at (datetime.datetime): When the item last changed.
        score (float | None | Unset): Relevance to the query; null without a query.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "namespace": "namespace",
        "key": "key",
        "value": "value",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "score": "score",
    }

    namespace: list[str]
    key: str
    value: JsonObject
    created_at: datetime.datetime
    updated_at: datetime.datetime
    score: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        key = self.key

        value = self.value.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "key": key,
                "value": value,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        namespace: list[str] = d.pop("namespace")

        key = d.pop("key")

        value = JsonObject.from_dict(d.pop("value"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        score: float | None | Unset = d.pop("score", UNSET)

        search_item = cls(
            namespace=namespace,
            key=key,
            value=value,
            created_at=created_at,
            updated_at=updated_at,
            score=score,
        )

        search_item.additional_properties = d
        return search_item


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, cast

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolContentBlockDeltaData(WireDict):
    """A content block of the message grows.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        event (Literal['content-block-delta']):
        index (int): The block's position in the message.
        delta (dict[str, Any] | None): A JSON object of any shape.
        content (dict[str, Any] | None): A JSON object of any shape.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event": "event",
        "index": "index",
        "delta": "delta",
        "content": "content",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "index",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "index": int,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "index",
        }
    )
    _constants: ClassVar[Mapping[str, Any]] = {
        "event": "content-block-delta",
    }

    def __init__(
        self,
        *,
        event: Literal["content-block-delta"],
        index: int,
        delta: JsonObject | Unset = UNSET,
        content: JsonObject | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolContentBlockDeltaData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "event": to_wire(event),
            "index": to_wire(index),
        }
        if not isinstance(delta, Unset):
            fields["delta"] = to_wire(delta)
        if not isinstance(content, Unset):
            fields["content"] = to_wire(content)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def event(self) -> Literal["content-block-delta"]:
        """The `event` field."""
        try:
            read = _decode_event(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "event", exc) from exc
        return read

    @property
    def index(self) -> int:
        """The block's position in the message."""
        value = self.get("index")
        if type(value) is int:
            return value
        try:
            read = _decode_index(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "index", exc) from exc
        return read

    @property
    def delta(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("delta")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("delta", _decode_delta)
        return None if isinstance(read, Unset) else read

    @property
    def content(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("content")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("content", _decode_content)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolContentBlockDeltaData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_event(d: dict[str, Any]) -> Literal["content-block-delta"]:
    event = cast(Literal["content-block-delta"], d["event"])
    if event != "content-block-delta":
        raise ValueError(f"event must match const 'content-block-delta', got '{event}'")
    return event


def _decode_index(d: dict[str, Any]) -> int:
    index: int = d["index"]
    if not isinstance(index, int) or isinstance(index, bool):
        raise TypeError(f"not an integer: {type(index).__name__}")
    return index


def _decode_delta(d: dict[str, Any]) -> JsonObject | Unset:
    _delta = d.get("delta", UNSET)
    delta: JsonObject | Unset
    if isinstance(_delta, Unset):
        delta = UNSET
    else:
        delta = JsonObject.from_dict(_delta)

    return delta


def _decode_content(d: dict[str, Any]) -> JsonObject | Unset:
    _content = d.get("content", UNSET)
    content: JsonObject | Unset
    if isinstance(_content, Unset):
        content = UNSET
    else:
        content = JsonObject.from_dict(_content)

    return content


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

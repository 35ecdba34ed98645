from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, cast

from ..types import READ_ERRORS, FieldValueError, WireDict, to_wire


class ProtocolContentBlockStartData(WireDict):
    """A content block of the message begins.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        event (Literal['content-block-start']):
        index (int): The block's position in the message.
        content (dict[str, Any]): A JSON object of any shape.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event": "event",
        "index": "index",
        "content": "content",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
            "index",
            "content",
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
        "event": "content-block-start",
    }

    def __init__(
        self,
        *,
        event: Literal["content-block-start"],
        index: int,
        content: JsonObject,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolContentBlockStartData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "event": to_wire(event),
            "index": to_wire(index),
            "content": to_wire(content),
        }
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def event(self) -> Literal["content-block-start"]:
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
    def content(self) -> dict[str, Any]:
        """A JSON object of any shape."""
        value = self.get("content")
        if isinstance(value, dict):  # the JSON object as sent
            return value
        return self._keep("content", _decode_content)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolContentBlockStartData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_event(d: dict[str, Any]) -> Literal["content-block-start"]:
    event = cast(Literal["content-block-start"], d["event"])
    if event != "content-block-start":
        raise ValueError(f"event must match const 'content-block-start', got '{event}'")
    return event


def _decode_index(d: dict[str, Any]) -> int:
    index: int = d["index"]
    if not isinstance(index, int) or isinstance(index, bool):
        raise TypeError(f"not an integer: {type(index).__name__}")
    return index


def _decode_content(d: dict[str, Any]) -> JsonObject:
    content = JsonObject.from_dict(d["content"])

    return content


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

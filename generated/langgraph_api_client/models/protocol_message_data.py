from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ProtocolMessageData(WireDict):
    """The data of a `messages` event, by `event`: `message-start` (`role`, `id`, `metadata`), `content-block-start`
    (`index`, `content`), `content-block-delta` (`index`, `delta`), `content-block-finish` (`index`, `content`),
    `message-finish` (`usage`), `error` (`message`, `code`).

        A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
        its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
        as documented (or a required field is missing); an optional field that is missing reads as None.

        Attributes:
            event (str): The step: message-start, content-block-start, content-block-delta, content-block-finish, message-
                finish or error.
            role (str | None): Who wrote the message: ai, human or system (message-start).
            id (str | None): The message's id (message-start).
            metadata (dict[str, Any] | None): A JSON object of any shape.
            index (int | None): The content block's position in the message (content-block-*).
            content (dict[str, Any] | None): A JSON object of any shape.
            delta (dict[str, Any] | None): A JSON object of any shape.
            usage (dict[str, Any] | None): A JSON object of any shape.
            message (str | None): What went wrong (error).
            code (str | None): An error code (error).
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event": "event",
        "role": "role",
        "id": "id",
        "metadata": "metadata",
        "index": "index",
        "content": "content",
        "delta": "delta",
        "usage": "usage",
        "message": "message",
        "code": "code",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "event",
        }
    )

    def __init__(
        self,
        *,
        event: str,
        role: str | Unset = UNSET,
        id: str | Unset = UNSET,
        metadata: JsonObject | Unset = UNSET,
        index: int | Unset = UNSET,
        content: JsonObject | Unset = UNSET,
        delta: JsonObject | Unset = UNSET,
        usage: JsonObject | Unset = UNSET,
        message: str | Unset = UNSET,
        code: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A ProtocolMessageData built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {
            "event": to_wire(event),
        }
        if not isinstance(role, Unset):
            fields["role"] = to_wire(role)
        if not isinstance(id, Unset):
            fields["id"] = to_wire(id)
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(index, Unset):
            fields["index"] = to_wire(index)
        if not isinstance(content, Unset):
            fields["content"] = to_wire(content)
        if not isinstance(delta, Unset):
            fields["delta"] = to_wire(delta)
        if not isinstance(usage, Unset):
            fields["usage"] = to_wire(usage)
        if not isinstance(message, Unset):
            fields["message"] = to_wire(message)
        if not isinstance(code, Unset):
            fields["code"] = to_wire(code)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def event(self) -> str:
        """The step: message-start, content-block-start, content-block-delta, content-block-finish, message-
        finish or error."""
        value = self.get("event")
        if type(value) is str:
            return value
        try:
            read = _decode_event(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "event", exc) from exc
        return read

    @property
    def role(self) -> str | None:
        """Who wrote the message: ai, human or system (message-start)."""
        value = self.get("role")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_role(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "role", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def id(self) -> str | None:
        """The message's id (message-start)."""
        value = self.get("id")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def metadata(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("metadata")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("metadata", _decode_metadata)
        return None if isinstance(read, Unset) else read

    @property
    def index(self) -> int | None:
        """The content block's position in the message (content-block-*)."""
        value = self.get("index")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_index(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "index", exc) from exc
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
    def delta(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("delta")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("delta", _decode_delta)
        return None if isinstance(read, Unset) else read

    @property
    def usage(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("usage")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("usage", _decode_usage)
        return None if isinstance(read, Unset) else read

    @property
    def message(self) -> str | None:
        """What went wrong (error)."""
        value = self.get("message")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_message(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "message", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def code(self) -> str | None:
        """An error code (error)."""
        value = self.get("code")
        if type(value) is str or value is None:
            return value
        try:
            read = _decode_code(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "code", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolMessageData._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_event(d: dict[str, Any]) -> str:
    event: str = d["event"]
    if not isinstance(event, str):
        raise TypeError(f"not a string: {type(event).__name__}")
    return event


def _decode_role(d: dict[str, Any]) -> str | Unset:
    role: str | Unset = d.get("role", UNSET)
    if not isinstance(role, str | Unset):
        raise TypeError(f"not a string: {type(role).__name__}")
    return role


def _decode_id(d: dict[str, Any]) -> str | Unset:
    id: str | Unset = d.get("id", UNSET)
    if not isinstance(id, str | Unset):
        raise TypeError(f"not a string: {type(id).__name__}")
    return id


def _decode_metadata(d: dict[str, Any]) -> JsonObject | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: JsonObject | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = JsonObject.from_dict(_metadata)

    return metadata


def _decode_index(d: dict[str, Any]) -> int | Unset:
    index: int | Unset = d.get("index", UNSET)
    if not isinstance(index, int | Unset) or isinstance(index, bool):
        raise TypeError(f"not an integer: {type(index).__name__}")
    return index


def _decode_content(d: dict[str, Any]) -> JsonObject | Unset:
    _content = d.get("content", UNSET)
    content: JsonObject | Unset
    if isinstance(_content, Unset):
        content = UNSET
    else:
        content = JsonObject.from_dict(_content)

    return content


def _decode_delta(d: dict[str, Any]) -> JsonObject | Unset:
    _delta = d.get("delta", UNSET)
    delta: JsonObject | Unset
    if isinstance(_delta, Unset):
        delta = UNSET
    else:
        delta = JsonObject.from_dict(_delta)

    return delta


def _decode_usage(d: dict[str, Any]) -> JsonObject | Unset:
    _usage = d.get("usage", UNSET)
    usage: JsonObject | Unset
    if isinstance(_usage, Unset):
        usage = UNSET
    else:
        usage = JsonObject.from_dict(_usage)

    return usage


def _decode_message(d: dict[str, Any]) -> str | Unset:
    message: str | Unset = d.get("message", UNSET)
    if not isinstance(message, str | Unset):
        raise TypeError(f"not a string: {type(message).__name__}")
    return message


def _decode_code(d: dict[str, Any]) -> str | Unset:
    code: str | Unset = d.get("code", UNSET)
    if not isinstance(code, str | Unset):
        raise TypeError(f"not a string: {type(code).__name__}")
    return code


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..models.thread_status import ThreadStatus
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class ThreadCountRequest(WireDict):
    """Body of count_threads.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
        values_ (dict[str, Any] | None): A JSON object of any shape. Wire key `values` (the attribute takes a trailing underscore so as not to hide the dict method).
        status (ThreadStatus | None): The status of a thread.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "metadata": "metadata",
        "values": "values_",
        "status": "status",
    }

    def __init__(
        self,
        *,
        metadata: Metadata | Unset = UNSET,
        values: JsonObject | Unset = UNSET,
        status: ThreadStatus | str | Unset = UNSET,
    ) -> None:
        """A ThreadCountRequest built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {}
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(values, Unset):
            fields["values"] = to_wire(values)
        if not isinstance(status, Unset):
            fields["status"] = to_wire(status)
        dict.__init__(self, fields)

    @property
    def metadata(self) -> dict[str, Any] | None:
        """Free-form metadata, a JSON object; search filters match its keys exactly."""
        value = self.get("metadata")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("metadata", _decode_metadata)
        return None if isinstance(read, Unset) else read

    @property
    def values_(self) -> dict[str, Any] | None:
        """A JSON object of any shape."""
        value = self.get("values")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("values", _decode_values)
        return None if isinstance(read, Unset) else read

    @property
    def status(self) -> ThreadStatus | None:
        """The status of a thread."""
        try:
            read = _decode_status(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "status", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadCountRequest._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_metadata(d: dict[str, Any]) -> Metadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = Metadata.from_dict(_metadata)

    return metadata


def _decode_values(d: dict[str, Any]) -> JsonObject | Unset:
    _values = d.get("values", UNSET)
    values: JsonObject | Unset
    if isinstance(_values, Unset):
        values = UNSET
    else:
        values = JsonObject.from_dict(_values)

    return values


def _decode_status(d: dict[str, Any]) -> ThreadStatus | Unset:
    _status = d.get("status", UNSET)
    status: ThreadStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = ThreadStatus(_status)

    return status


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

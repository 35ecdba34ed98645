from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, to_wire


class ThreadPatch(WireDict):
    """Body of update_thread.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
        ttl (ThreadTtl | None): A TTL to set on a thread.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "metadata": "metadata",
        "ttl": "ttl",
    }

    def __init__(
        self,
        *,
        metadata: Metadata | Unset = UNSET,
        ttl: ThreadTtl | Unset = UNSET,
    ) -> None:
        """A ThreadPatch built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {}
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(ttl, Unset):
            fields["ttl"] = to_wire(ttl)
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
    def ttl(self) -> ThreadTtl | None:
        """A TTL to set on a thread."""
        value = self.get("ttl")
        if type(value) is ThreadTtl:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "ttl", ThreadTtl, value)
        read = self._keep("ttl", _decode_ttl)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadPatch._wire_names)
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


def _decode_ttl(d: dict[str, Any]) -> ThreadTtl | Unset:
    _ttl = d.get("ttl", UNSET)
    ttl: ThreadTtl | Unset
    if isinstance(_ttl, Unset):
        ttl = UNSET
    else:
        ttl = ThreadTtl.from_dict(_ttl)

    return ttl


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.metadata import Metadata  # noqa: E402
from ..models.thread_ttl import ThreadTtl  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from ..models.if_exists import IfExists
from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, parse_uuid, to_wire


class ThreadCreate(WireDict):
    """Body of create_thread.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        thread_id (UUID | None): The id to give the thread; random when absent.
        metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
        if_exists (IfExists | None): What to do when the resource already exists.
        ttl (ThreadTtl | None): A TTL to set on a thread.
        supersteps (list[ThreadSuperstep] | None): State updates to apply in order, one superstep per item.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "thread_id": "thread_id",
        "metadata": "metadata",
        "if_exists": "if_exists",
        "ttl": "ttl",
        "supersteps": "supersteps",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "thread_id",
            "supersteps",
        }
    )

    def __init__(
        self,
        *,
        thread_id: UUID | str | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        if_exists: IfExists | str | Unset = UNSET,
        ttl: ThreadTtl | Unset = UNSET,
        supersteps: list[ThreadSuperstep] | Unset = UNSET,
    ) -> None:
        """A ThreadCreate built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {}
        if not isinstance(thread_id, Unset):
            fields["thread_id"] = to_wire(thread_id)
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(if_exists, Unset):
            fields["if_exists"] = to_wire(if_exists)
        if not isinstance(ttl, Unset):
            fields["ttl"] = to_wire(ttl)
        if not isinstance(supersteps, Unset):
            fields["supersteps"] = to_wire(supersteps)
        dict.__init__(self, fields)

    @property
    def thread_id(self) -> UUID | None:
        """The id to give the thread; random when absent."""
        value = self.get("thread_id")
        if type(value) is str:  # the usual form, read without a call more
            try:
                return parse_uuid(value)
            except ValueError:
                pass
        try:
            read = _decode_thread_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "thread_id", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def metadata(self) -> dict[str, Any] | None:
        """Free-form metadata, a JSON object; search filters match its keys exactly."""
        value = self.get("metadata")
        if isinstance(value, dict) or value is None:  # the JSON object as sent
            return value
        read = self._keep("metadata", _decode_metadata)
        return None if isinstance(read, Unset) else read

    @property
    def if_exists(self) -> IfExists | None:
        """What to do when the resource already exists."""
        try:
            read = _decode_if_exists(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "if_exists", exc) from exc
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
    def supersteps(self) -> list[ThreadSuperstep] | None:
        """State updates to apply in order, one superstep per item."""
        try:
            read = _decode_supersteps(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "supersteps", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadCreate._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_thread_id(d: dict[str, Any]) -> UUID | Unset:
    _thread_id = d.get("thread_id", UNSET)
    thread_id: UUID | Unset
    if isinstance(_thread_id, Unset):
        thread_id = UNSET
    else:
        thread_id = parse_uuid(_thread_id)

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
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.metadata import Metadata  # noqa: E402
from ..models.thread_superstep import ThreadSuperstep  # noqa: E402
from ..models.thread_ttl import ThreadTtl  # noqa: E402

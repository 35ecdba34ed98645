from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, kept, to_wire


class ThreadStateSearch(WireDict):
    """Body of search_thread_history.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        limit (int | None): How many states to return.
        before (Config | None): Configuration of a run or assistant.
        metadata (dict[str, Any] | None): Free-form metadata, a JSON object; search filters match its keys exactly.
        checkpoint (Checkpoint | None): Points at one checkpoint of a thread.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "limit": "limit",
        "before": "before",
        "metadata": "metadata",
        "checkpoint": "checkpoint",
    }

    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "limit",
        }
    )

    def __init__(
        self,
        *,
        limit: int | Unset = 1,
        before: Config | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        checkpoint: Checkpoint | Unset = UNSET,
    ) -> None:
        """A ThreadStateSearch built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {}
        if not isinstance(limit, Unset):
            fields["limit"] = to_wire(limit)
        if not isinstance(before, Unset):
            fields["before"] = to_wire(before)
        if not isinstance(metadata, Unset):
            fields["metadata"] = to_wire(metadata)
        if not isinstance(checkpoint, Unset):
            fields["checkpoint"] = to_wire(checkpoint)
        dict.__init__(self, fields)

    @property
    def limit(self) -> int | None:
        """How many states to return."""
        value = self.get("limit")
        if type(value) is int or value is None:
            return value
        try:
            read = _decode_limit(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "limit", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def before(self) -> Config | None:
        """Configuration of a run or assistant."""
        value = self.get("before")
        if type(value) is Config:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "before", Config, value)
        read = self._keep("before", _decode_before)
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
    def checkpoint(self) -> Checkpoint | None:
        """Points at one checkpoint of a thread."""
        value = self.get("checkpoint")
        if type(value) is Checkpoint:  # read before: kept in place
            return value
        if type(value) is dict:  # the JSON object as sent: made the model, kept in its place
            return kept(self, "checkpoint", Checkpoint, value)
        read = self._keep("checkpoint", _decode_checkpoint)
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ThreadStateSearch._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_limit(d: dict[str, Any]) -> int | Unset:
    limit: int | Unset = d.get("limit", UNSET)
    if not isinstance(limit, int | Unset) or isinstance(limit, bool):
        raise TypeError(f"not an integer: {type(limit).__name__}")
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
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.config import Config  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

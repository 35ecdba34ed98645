"""Shared types and helpers of the generated package.

`Unset` marks a field the server did not send (distinct from `None`, which is JSON null).
`WireDict` is the base of every model: a dict of the JSON object, with typed attributes.
`encode_json` turns a request body into JSON bytes, or raises before anything is sent.
"""

from __future__ import annotations

import datetime
import marshal
import math
import re
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from enum import Enum
from http import HTTPStatus
from itertools import chain
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar, cast
from urllib.parse import quote
from uuid import UUID, SafeUUID

import orjson


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
E = TypeVar("E", bound=Enum)


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint: the status, raw body and headers, and the parsed body"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


def to_wire(value: Any) -> Any:
    """The JSON form of one field value, as `to_dict()` writes it: models become dicts, enum
    members their values, UUIDs and datetimes strings; other values are already JSON."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str | int | float | bool | dict) or value is None:
        return value
    if isinstance(value, list):
        return [to_wire(item) for item in value]
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and callable(to_dict):
        return to_dict()
    return value


class LangGraphError(Exception):
    """The base of every error this package raises on purpose."""


class FieldValueError(LangGraphError, ValueError):
    """A model's attribute cannot be given: its field holds a value of another form than the
    spec documents, or a required field is missing from the object the server sent.

    Raised when the attribute is read, never when the answer is parsed: the call succeeded and
    every other field reads normally. `model`, `field` (the attribute), `key` (the wire key) and
    `value` name it; `missing` tells a missing field from an unreadable one.
    """

    def __init__(self, record: WireDict, key: str, cause: Exception) -> None:
        self.model = type(record).__name__
        self.key = key
        self.field = record._wire_names.get(key, key) if key else "additional_properties"
        self.missing = bool(key) and key not in record
        self.value: Any = (
            record.get(key)
            if key
            else {k: v for k, v in record.items() if k not in record._wire_names}
        )
        if self.missing:
            reason = f"the server sent no {key!r}"
        else:
            excerpt = repr(self.value)
            if len(excerpt) > 200:
                excerpt = excerpt[:200] + "..."
            reason = f"cannot read {excerpt}: {type(cause).__name__}: {cause}"
        super().__init__(f"{self.model}.{self.field}: {reason}")


M = TypeVar("M", bound="WireDict")


class WireDict(dict[str, Any]):
    """A model: a `dict` holding exactly the JSON object the server sent, typed attributes on top.

    `m["created_at"]` is the value as sent (the ISO string), `m.created_at` the typed value (a
    datetime); `==`, `json.dumps`, `copy`, `pickle`, `{**m}` and iteration are the dict's own,
    and a field this package does not know is simply there. Reading an attribute converts its
    value from the JSON form each time; a field that holds a model is converted once and the
    model (a dict equal to the JSON object) is kept in its place. An attribute whose value
    cannot be read raises `FieldValueError`; the call that made the model never fails for it.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}
    """Wire key -> attribute name, in declaration order."""
    _required: ClassVar[frozenset[str]] = frozenset()
    """The keys the spec says are always sent."""
    _constants: ClassVar[Mapping[str, Any]] = {}
    """Wire key -> the one value the spec allows there."""
    _kinds: ClassVar[Mapping[str, type]] = {}
    """Required wire key -> its Python type, when the spec makes it a string, integer or bool."""
    _closed: ClassVar[bool] = False
    """The spec allows no field beyond the declared ones (what a request may send)."""
    _not_null: ClassVar[frozenset[str]] = frozenset()
    """The keys whose schema is one JSON type, not null (a request sends no null there)."""
    _min_lengths: ClassVar[Mapping[str, int]] = {}
    """Wire key -> the fewest characters the spec allows in its string (what a request sends)."""

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M:
        """A model over `src_dict`, a JSON object as the server sends it (copied, never checked:
        each attribute is read from it when asked for)."""
        if type(src_dict) is not dict:
            if isinstance(src_dict, cls):
                return src_dict
            if not isinstance(src_dict, Mapping):
                raise TypeError(
                    f"{cls.__name__}: a JSON object was expected, not {type(src_dict).__name__}"
                )
        model = dict.__new__(cls)
        dict.update(model, src_dict)
        return model

    @classmethod
    def fits(cls, data: Mapping[str, Any]) -> bool:
        """Whether `data` has every required key of this model, of its JSON type when that is
        a string, an integer or a boolean, and its constant values: how a field that may hold
        one of several models tells which one it holds."""
        return (
            data.keys() >= cls._required
            and all(data.get(key) == value for key, value in cls._constants.items())
            and (
                not cls._kinds or all(of_kind(data[key], kind) for key, kind in cls._kinds.items())
            )
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, as a plain dict (the models kept in it are dicts as well)."""
        return dict(self)

    def _keep(self, key: str, decode: Callable[[dict[str, Any]], T]) -> T:
        """The field at `key` read with `decode`; a model read is kept in the field's place (it
        equals the JSON object it replaces), so the next read finds it made."""
        try:
            value = decode(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, key, exc) from exc
        if isinstance(value, WireDict) and dict.get(self, key) is not value:
            dict.__setitem__(self, key, value)
        return value


def kept(owner: dict[str, Any], key: str, cls: type[M], value: dict[str, Any]) -> M:
    """`cls` over the JSON object `value` (as `from_dict` makes it), put in its place at `key`
    of `owner` (it equals the object it replaces), so the next read finds it made."""
    model = _dict_new(cls)
    _dict_update(model, value)
    _dict_set(owner, key, model)
    return model


_dict_new = dict.__new__
_dict_update = dict.update
_dict_set = dict.__setitem__


READ_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
"""What reading a field may raise for a value of another form than documented."""


def of_kind(value: Any, kind: type) -> bool:
    """Whether `value` is a `kind` (str, int or bool) as JSON types it: True is no integer."""
    return isinstance(value, kind) and (kind is not int or type(value) is not bool)


def list_of(value: Any, kind: type) -> Any:
    """`value`, a field declared as a list of `kind` (str, int or bool), once it is one (or
    null, or absent); else `TypeError` saying what it is."""
    if isinstance(value, list):
        if not all(of_kind(item, kind) for item in value):
            raise TypeError(f"not a list of {kind.__name__}")
    elif value is not None and not isinstance(value, Unset):
        raise TypeError(f"not a list: {type(value).__name__}")
    return value


_new = object.__new__
_set = object.__setattr__
_UNKNOWN_SAFETY = SafeUUID.unknown  # an Enum member read once: the class attribute costs ~300 ns


def parse_uuid(value: str) -> UUID:
    """`UUID(value)`, read in half the time for the forms made of 32 hex digits and dashes.

    `UUID` drops the dashes (and braces, `urn:`/`uuid:`), wants 32 characters left and reads
    them with `int(..., 16)`; a 32-character string without dashes that `int` reads is one
    `UUID` reads the same way (a brace or a colon makes `int` refuse), so the result and the
    errors are `UUID`'s own; anything else goes through `UUID` itself."""
    digits = value.replace("-", "")
    if len(digits) == 32:
        uuid = _new(UUID)
        _set(uuid, "int", int(digits, 16))  # not hex: ValueError, as UUID raises
        _set(uuid, "is_safe", _UNKNOWN_SAFETY)
        return uuid
    return UUID(value)


def unknown_member(enum: type[E], value: object) -> E | None:
    """A member for a value `enum` does not list (sent by a newer server), instead of an error.

    The member compares equal to the plain value and gives it back unchanged in `to_dict()`.
    """
    if not isinstance(value, str):
        return None
    member = cast(E, str.__new__(cast(Any, enum), value))
    member._name_ = value
    member._value_ = value
    return member


_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+")
"""Characters `quote` leaves as they are (ids, UUIDs): such a segment needs no encoding."""

_PLAIN_SEGMENT = re.compile(r"(?!\.+\Z)[A-Za-z0-9_.~-]+")
"""A segment of unreserved characters that is not made only of dots: sent as it is."""


def path_segment(value: object, name: str) -> str:
    """`value` as one percent-encoded path segment: it can never reach another route.

    Every reserved character is encoded (`/`, `?`, `#`, ...), and so are the dots of a segment
    made only of dots (`.` and `..` would otherwise be resolved away before sending).
    """
    if type(value) is str and _PLAIN_SEGMENT.fullmatch(value):
        return value  # the common case: an id that needs no encoding
    if value is None or isinstance(value, bytes | bytearray):
        raise TypeError(f"{name} must be a string or a UUID, not {type(value).__name__}")
    text = str(value)
    if not text:
        raise ValueError(f"{name} must not be empty")
    segment = text if _UNRESERVED.fullmatch(text) else quote(text, safe="")
    if segment.strip(".") == "":
        segment = "%2E" * len(segment)
    return segment


def encode_json(body: Any) -> bytes:
    """`body` as JSON bytes (orjson), models included.

    Raises `errors.RequestEncodingError`, naming the path of the offending value, for anything JSON
    cannot hold: an unsupported type (a set, an arbitrary object), a non-string key, an integer
    beyond 64 bits, or a float that is NaN or infinite (which orjson would silently turn into null).
    """
    try:
        encoded = orjson.dumps(body, default=_encode_default)
    except orjson.JSONEncodeError as exc:
        raise _encoding_error(body, str(exc)) from exc
    # orjson writes NaN as null, so the floats of `body` are looked at. First in marshal's binary
    # form, about 0.1 ns a byte (builtin types only); past that, scanning the output for "null"
    # costs about 0.5 ns a byte, and looking at the values themselves about 30 ns each, so a
    # large body is looked at value by value, up to one value per 64 bytes, and scanned beyond.
    found = _nonfinite_packed(body)
    if found is None and len(encoded) > 16384:
        found = _nonfinite_float(body, len(encoded) >> 6)
    if found is None:
        found = b"null" in encoded and _first_invalid(body, "", finite_only=True) is not None
    if found:
        raise _encoding_error(body, "NaN and infinity have no JSON form")
    return encoded


_FLOAT_CODES = (0x67, 0xE7)
"""marshal's code for a float in binary form, without and with its reference flag."""


def _nonfinite_packed(value: Any) -> bool | None:
    """False when `value` holds no NaN or infinite float, told from its marshal form; None when
    that cannot tell (a model or a subclass of a JSON type, or a possible match).

    marshal stores a float as its code and 8 little-endian bytes. A NaN or an infinity has every
    exponent bit set, so its last byte is 0x7F or 0xFF and the byte before it at least 0xF0.
    Text never holds 0x7F or 0xFF (UTF-8 has no 0xFF; 0x7F is a control character), so most
    bodies are cleared by two byte searches; where those bytes occur (in lengths, integers,
    other floats), each one is checked for a float's layout, up to 64 of them.
    """
    try:
        packed = marshal.dumps(value, 4)
    except ValueError:  # a type marshal does not take: decided by looking at the values
        return None
    left = 64
    for last in (0x7F, 0xFF):
        at = packed.find(last)
        while at >= 0:
            if at >= 8 and packed[at - 8] in _FLOAT_CODES and packed[at - 1] >= 0xF0:
                return None
            left -= 1
            if not left:
                return None
            at = packed.find(last, at + 1)
    return False


_LEAVES = frozenset((str, int, bool, type(None)))


def _nonfinite_float(value: Any, budget: int) -> bool | None:
    """Whether `value` holds a NaN or infinite float, looked for one nesting level at a time
    with the iteration done by builtins; None past `budget` values, or for a type other than
    the JSON ones (a model, a subclass), which `_first_invalid` handles."""
    level: list[Any] = [value]
    while level:
        budget -= len(level)
        if budget < 0:
            return None
        kinds = set(map(type, level))
        mixed = len(kinds) > 1
        below: list[Any] = []
        for kind in kinds - _LEAVES:
            items = filter(kind.__instancecheck__, level) if mixed else level
            if kind is dict:
                below.extend(chain.from_iterable(map(dict.values, items)))
            elif kind is list or kind is tuple:
                below.extend(chain.from_iterable(items))
            elif kind is float:
                if not all(map(math.isfinite, items)):
                    return True
            else:
                return None
        level = below
    return False


def _encode_default(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and callable(to_dict):
        return to_dict()
    raise TypeError(f"{type(value).__name__} is not a JSON type")


_SCALARS = (str, bool, type(None))


def _first_invalid(value: Any, path: str, *, finite_only: bool = False) -> tuple[str, str] | None:
    """(path, reason) of the first value JSON cannot hold, depth first; None if all is well."""
    if isinstance(value, _SCALARS):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else (path, f"{value!r} has no JSON form")
    if isinstance(value, int):
        if finite_only or -(2**63) <= value < 2**64:
            return None
        return (path, "integer beyond 64 bits")
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return (path, f"key {key!r} is not a string")
            found = _first_invalid(item, f"{path}.{key}" if path else key, finite_only=finite_only)
            if found:
                return found
        return None
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = _first_invalid(item, f"{path}[{index}]", finite_only=finite_only)
            if found:
                return found
        return None
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and callable(to_dict):
        return _first_invalid(to_dict(), path, finite_only=finite_only)
    if finite_only:
        return None
    try:
        orjson.dumps(value)
    except orjson.JSONEncodeError:
        return (path, f"{type(value).__name__} is not a JSON type")
    return None


def _encoding_error(body: Any, fallback: str) -> Exception:
    from .errors import RequestEncodingError  # noqa: PLC0415  (errors imports httpx)

    found = _first_invalid(body, "")
    if found is None:
        return RequestEncodingError(f"request body cannot be sent as JSON: {fallback}")
    path, reason = found
    return RequestEncodingError(
        f"request body cannot be sent as JSON: {path or '<body>'}: {reason}"
    )


__all__ = [
    "FieldValueError",
    "File",
    "FileTypes",
    "LangGraphError",
    "RequestFiles",
    "Response",
    "UNSET",
    "READ_ERRORS",
    "Unset",
    "WireDict",
    "encode_json",
    "parse_uuid",
    "to_wire",
    "unknown_member",
]

"""Shared types and helpers of the generated package.

`Unset` marks a field the server did not send (distinct from `None`, which is JSON null).
`WireRecord` and `WireMapping` give every model dict-style reading by wire key.
`encode_json` turns a request body into JSON bytes, or raises before anything is sent.
"""

from __future__ import annotations

import datetime
import marshal
import math
import re
from collections.abc import (
    Callable,
    ItemsView,
    Iterator,
    KeysView,
    Mapping,
    MutableMapping,
    ValuesView,
)
from enum import Enum
from http import HTTPStatus
from itertools import chain
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Generic,
    Literal,
    TypeVar,
    cast,
    overload,
)
from urllib.parse import quote
from uuid import UUID

import orjson
from attrs import define


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


@define
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


@define
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


class WireRecord:
    """Dict-style reading of a model: its JSON form (the wire JSON), key by key.

    `m["thread_id"]`, `m.get("metadata")`, `"values" in m`, `len(m)`, `list(m)` and `m.keys()`
    see the fields the server sent (a field it left out is not a key) followed by the fields
    this package does not know, which are kept in `additional_properties`. A value read by key
    is the wire value, as in `to_dict()` (`m["created_at"]` is the ISO string, `m["metadata"]`
    a dict) so code written for plain JSON dicts keeps working; attributes give the typed values
    (`m.created_at` is a datetime).

    A model made by `from_dict` keeps the JSON object it was given and converts its fields when
    the first of them is read: an answer costs no more than its `orjson.loads` until it is used
    (a model inside it is converted only when it is read in turn). A value that cannot be
    converted raises `FieldValueError` when that field is read, naming the model, the field and
    the value; the other fields read normally.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}
    """Wire key -> attribute name, in declaration order."""
    _decoders: ClassVar[Mapping[str, Callable[[dict[str, Any]], Any]]] = {}
    """Attribute name -> how to read it from the JSON object, for the fields read lazily."""
    additional_properties: dict[str, Any]
    _raw: dict[str, Any] | None

    if not TYPE_CHECKING:  # for a type checker, an unknown attribute stays an error

        def __getattr__(self, name: str) -> Any:
            # Called only for an attribute the instance does not have: before the first read of
            # a model made by `from_dict`, its fields. They are converted together (one call
            # here per model, not per field); a field set before that is left as it was set.
            fields = self.__dict__
            raw = fields.get("_raw")
            if raw is None or name not in self._decoders:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            failed: Exception | None = None
            complete = True
            for field, decode in self._decoders.items():
                if field not in fields:
                    try:
                        fields[field] = decode(raw)
                    except (KeyError, TypeError, ValueError, AttributeError) as exc:
                        complete = False  # raw stays, so that reading the field raises again
                        if field == name:
                            failed = exc
            if failed is not None:
                raise FieldValueError(self, name, failed) from failed
            if complete:
                fields["_raw"] = None
            return fields[name]

    def __getitem__(self, key: str) -> Any:
        name = self._wire_names.get(key)
        if name is None:
            return to_wire(self.additional_properties[key])
        value = getattr(self, name)
        if value is UNSET:
            raise KeyError(key)
        return to_wire(value)

    def __iter__(self) -> Iterator[str]:
        for key, name in self._wire_names.items():
            if getattr(self, name) is not UNSET:
                yield key
        yield from self.additional_properties

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        name = self._wire_names.get(key)
        if name is None:
            return key in self.additional_properties
        return getattr(self, name) is not UNSET

    @overload
    def get(self, key: str, /) -> Any | None: ...
    @overload
    def get(self, key: str, default: Any, /) -> Any: ...
    def get(self, key: str, default: Any = None, /) -> Any:
        """The value at wire key `key`, or `default` when the server did not send it."""
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self) -> KeysView[str]:
        """The wire keys present, in the order of `iter(m)`."""
        return KeysView(cast("Mapping[str, Any]", self))


class FieldValueError(ValueError):
    """A field of a model made by `from_dict` holds a value its type cannot be read from.

    Raised when the field is first read; `model` and `field` name it, the message quotes the value.
    """

    def __init__(self, record: WireRecord, field: str, cause: Exception) -> None:
        self.model = type(record).__name__
        self.field = field
        raw = record._raw or {}
        keys = [key for key, name in record._wire_names.items() if name == field]
        value = (
            raw.get(keys[0])
            if keys
            else {k: v for k, v in raw.items() if k not in record._wire_names}
        )
        excerpt = repr(value)
        if len(excerpt) > 200:
            excerpt = excerpt[:200] + "..."
        super().__init__(
            f"{self.model}.{field}: cannot read {excerpt}: {type(cause).__name__}: {cause}"
        )


class WireItems:
    """`items()` for a `WireRecord` whose fields leave that name free."""

    __slots__ = ()

    def items(self) -> ItemsView[str, Any]:
        """(wire key, value) pairs of the keys present."""
        return ItemsView(cast("Mapping[str, Any]", self))


class WireValues:
    """`values()` for a `WireRecord` whose fields leave that name free."""

    __slots__ = ()

    def values(self) -> ValuesView[Any]:
        """The values of the keys present."""
        return ValuesView(cast("Mapping[str, Any]", self))


class WireMapping(WireRecord, WireItems, WireValues, Mapping[str, Any]):
    """A model that is a read-only `collections.abc.Mapping` of its wire keys.

    A model with a field named `values` or `items` cannot be one (the attribute is the field):
    it derives from `WireRecord` and whichever of `WireItems`/`WireValues` it can.
    """

    __slots__ = ()


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
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "WireItems",
    "WireMapping",
    "WireRecord",
    "WireValues",
    "encode_json",
    "to_wire",
    "unknown_member",
]

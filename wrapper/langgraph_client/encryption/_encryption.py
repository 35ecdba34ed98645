"""``Encryption``: one slot per handler kind, filled once, checked when filled.

Besides registration it can run its handlers the way the server does
(``run_json_encryptor`` and friends), so a deployment's encryption can be
tested without a server; the JSON key check lives here once and is also what
``to_server`` installs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from langgraph_client.auth._auth import _name, check_async
from langgraph_client.auth.types import BaseUser
from langgraph_client.encryption import types
from langgraph_client.encryption.types import DecryptResult, EncryptionContext, Json

if TYPE_CHECKING:
    from langgraph_sdk import Encryption as ServerEncryption  # type: ignore[import-not-found, unused-ignore]

__all__ = [
    "DuplicateHandlerError",
    "Encryption",
    "KeyPreservationError",
    "LangGraphBetaWarning",
    "check_json_keys",
]

F = TypeVar("F", bound=Callable[..., Any])
R = TypeVar("R")
H = TypeVar("H", bound=Callable[..., Any])


class LangGraphBetaWarning(UserWarning):
    """The warning category of the LangGraph server's beta APIs (encryption, priority).

    langgraph-sdk warns with it when its ``Encryption`` or ``Priority`` is made. Ours say
    "beta" in their documentation and do not warn; the class is here so that code which
    filters or raises it keeps working with only its import changed.
    """


class DuplicateHandlerError(Exception):
    """A second handler of a kind that takes only one (blob encryptor, JSON decryptor, ...)."""


class KeyPreservationError(ValueError):
    """A JSON encryptor changed the set of keys; only values may be transformed.

    The server merges stored JSON key by key, so a key that appears or vanishes
    under encryption breaks partial updates. ``added`` and ``removed`` name the keys.
    """

    def __init__(self, added: frozenset[str], removed: frozenset[str]) -> None:
        self.added = added
        self.removed = removed
        super().__init__(
            "A JSON encryptor must keep the keys of its input and transform values only; "
            f"added keys: {sorted(added) or 'none'}, removed keys: {sorted(removed) or 'none'}. "
            "Keep auxiliary data (key ids, nonces) inside the encrypted value."
        )


def check_json_keys(before: Json, after: object) -> Json:
    """Return ``after`` if it is a dict with exactly the keys of ``before``; raise otherwise."""
    if not isinstance(after, dict):
        raise TypeError(
            f"A JSON encryptor must return a dict with the same keys, got {type(after).__name__}."
        )
    added = frozenset(after) - frozenset(before)
    removed = frozenset(before) - frozenset(after)
    if added or removed:
        raise KeyPreservationError(added, removed)
    return after


def fill(
    handlers: dict[str, Callable[..., Any]],
    slot: str,
    kind: str,
    fn: Callable[..., Any],
    parameters: tuple[str, ...] = ("ctx", "data"),
) -> None:
    """Register ``fn`` in the empty ``slot`` of ``handlers``; refuse it unless it is
    ``async def`` taking ``parameters`` (one or two) by position."""
    if slot in handlers:
        raise DuplicateHandlerError(f"{kind} already registered: {_name(handlers[slot])!r}.")
    positional = [
        p
        for p in check_async(fn, kind).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    if len(positional) != len(parameters):
        count = "one positional parameter" if len(parameters) == 1 else "two positional parameters"
        raise TypeError(
            f"{kind} {_name(fn)!r} must take exactly {count} ({', '.join(parameters)}); "
            f"it takes {len(positional)}."
        )
    handlers[slot] = fn


def _as_result(value: R | DecryptResult[R]) -> DecryptResult[R]:
    return value if isinstance(value, DecryptResult) else DecryptResult(value)


class _Slots:
    """``encryption.encrypt`` or ``encryption.decrypt``: the ``blob`` and ``json`` decorators."""

    __slots__ = ("_direction", "_owner")

    def __init__(self, owner: Encryption, direction: str) -> None:
        self._owner = owner
        self._direction = direction

    def blob(self, fn: F) -> F:
        """Register the handler for opaque bytes (checkpoints)."""
        fill(self._owner._handlers, f"blob_{self._direction}or", f"Blob {self._direction}or", fn)
        return fn

    def json(self, fn: F) -> F:
        """Register the handler for JSON objects (metadata, values, context, ...)."""
        fill(self._owner._handlers, f"json_{self._direction}or", f"JSON {self._direction}or", fn)
        return fn


class _Registered(Generic[H]):
    """A read-only attribute of ``Encryption``: the handler registered under its name, or None."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._slot = name

    @overload
    def __get__(self, obj: None, owner: type) -> _Registered[H]: ...
    @overload
    def __get__(self, obj: Encryption, owner: type) -> H | None: ...
    def __get__(self, obj: Encryption | None, owner: type) -> _Registered[H] | H | None:
        return self if obj is None else cast("H | None", obj._handlers.get(self._slot))


class Encryption:
    """Custom at-rest encryption for a LangGraph server.

    Register ``@encryption.encrypt.blob``, ``@encryption.decrypt.blob``,
    ``@encryption.encrypt.json``, ``@encryption.decrypt.json`` and optionally
    ``@encryption.context``; each at most once. Point the server's langgraph.json
    at ``encryption.to_server()``. The server calls this API beta.
    """

    __slots__ = ("_handlers", "decrypt", "encrypt")

    types = types
    """The handler-facing types: ``EncryptionContext``, ``DecryptResult``, handler shapes."""

    def __init__(self) -> None:
        self._handlers: dict[str, Callable[..., Any]] = {}
        self.encrypt = _Slots(self, "encrypt")
        """``@encryption.encrypt.blob`` and ``@encryption.encrypt.json``."""
        self.decrypt = _Slots(self, "decrypt")
        """``@encryption.decrypt.blob`` and ``@encryption.decrypt.json``."""

    def context(self, fn: F) -> F:
        """Register ``async def (user, ctx) -> dict``, deriving ``ctx.metadata`` from the user."""
        fill(self._handlers, "context_handler", "Context handler", fn, ("user", "ctx"))
        return fn

    blob_encryptor = _Registered[types.BlobEncryptor]()
    blob_decryptor = _Registered[types.BlobDecryptor]()
    json_encryptor = _Registered[types.JsonEncryptor]()
    json_decryptor = _Registered[types.JsonDecryptor]()
    context_handler = _Registered[types.ContextHandler]()

    def get_json_encryptor(self, model: str | None = None) -> types.JsonEncryptor | None:
        """The JSON encryptor (the same for every model), as registered."""
        return self.json_encryptor

    def get_json_decryptor(self, model: str | None = None) -> types.JsonDecryptor | None:
        """The JSON decryptor (the same for every model), as registered."""
        return self.json_decryptor

    # --- running the handlers as the server does --------------------------

    async def run_json_encryptor(self, ctx: EncryptionContext, data: Json) -> Json:
        """Encrypt ``data``, checking that the keys are kept; no encryptor returns it as is."""
        fn = self.json_encryptor
        if fn is None:
            return data
        return check_json_keys(data, await fn(ctx, dict(data)))

    async def run_json_decryptor(self, ctx: EncryptionContext, data: Json) -> DecryptResult[Json]:
        """Decrypt ``data``; the answer is always a ``DecryptResult``."""
        fn = self.json_decryptor
        return _as_result(await fn(ctx, dict(data))) if fn else DecryptResult(data)

    async def run_blob_encryptor(self, ctx: EncryptionContext, blob: bytes) -> bytes:
        """Encrypt ``blob``; no encryptor returns it as is."""
        fn = self.blob_encryptor
        return await fn(ctx, blob) if fn else blob

    async def run_blob_decryptor(self, ctx: EncryptionContext, blob: bytes) -> DecryptResult[bytes]:
        """Decrypt ``blob``; the answer is always a ``DecryptResult``."""
        fn = self.blob_decryptor
        return _as_result(await fn(ctx, blob)) if fn else DecryptResult(blob)

    async def run_context_handler(
        self, user: BaseUser, metadata: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """The context metadata for a request by ``user``, as the server derives it."""
        fn = self.context_handler
        start = dict(metadata or {})
        return await fn(user, EncryptionContext(metadata=start)) if fn else start

    def to_server(self) -> ServerEncryption:
        """These handlers on langgraph-sdk's ``Encryption``, the class the server loads: the
        object for langgraph.json's ``encryption.path``."""
        from langgraph_client.encryption._interop import to_server_encryption

        return to_server_encryption(self)

    def __repr__(self) -> str:
        return f"Encryption(handlers={sorted(self._handlers)!r})"

"""Types seen by encryption handlers: the context, the decrypt result, the handler shapes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from langgraph_client.auth.types import BaseUser

__all__ = [
    "BlobDecryptor",
    "BlobEncryptor",
    "ContextHandler",
    "DecryptResult",
    "EncryptionContext",
    "Json",
    "JsonDecryptor",
    "JsonEncryptor",
]

Json = dict[str, Any]
"""A JSON object, the unit a JSON handler encrypts (metadata, values, context, ...)."""

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class DecryptResult(Generic[T]):
    """A decryptor's answer when the stored ciphertext should also be replaced.

    ``plaintext`` is what the caller gets; ``replacement``, when set, is new
    ciphertext the server writes back (for example after a key rotation).
    A decryptor may also return the plaintext alone.
    """

    plaintext: T
    replacement: T | None = None


class EncryptionContext:
    """Where the data being encrypted lives, and the non-secret facts stored with it.

    ``model`` is the kind of record ("thread", "run", "assistant", "cron",
    "checkpoint"), ``field`` the field within it ("metadata", "values", ...),
    and ``metadata`` free-form key/values (a tenant, a key id) that are stored
    next to the ciphertext and handed back at decryption. The server may decrypt
    with another model and field than it encrypted with: a decryptor must not
    depend on them.
    """

    __slots__ = ("field", "metadata", "model")

    def __init__(
        self,
        model: str | None = None,
        metadata: dict[str, Any] | None = None,
        field: str | None = None,
    ) -> None:
        self.model = model
        self.field = field
        self.metadata: dict[str, Any] = metadata if metadata is not None else {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EncryptionContext):
            return NotImplemented
        return (self.model, self.field, self.metadata) == (other.model, other.field, other.metadata)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"EncryptionContext(model={self.model!r}, field={self.field!r}, "
            f"metadata={self.metadata!r})"
        )


BlobEncryptor = Callable[[EncryptionContext, bytes], Awaitable[bytes]]
"""``async def (ctx, blob: bytes) -> bytes``: encrypts opaque data such as checkpoints."""

BlobDecryptor = Callable[[EncryptionContext, bytes], Awaitable[bytes | DecryptResult[bytes]]]
"""``async def (ctx, blob: bytes) -> bytes | DecryptResult[bytes]``."""

JsonEncryptor = Callable[[EncryptionContext, Json], Awaitable[Json]]
"""``async def (ctx, data: dict) -> dict``: transforms values only, never the set of keys."""

JsonDecryptor = Callable[[EncryptionContext, Json], Awaitable[Json | DecryptResult[Json]]]
"""``async def (ctx, data: dict) -> dict | DecryptResult[dict]``: the inverse of the encryptor."""

ContextHandler = Callable[[BaseUser, EncryptionContext], Awaitable[dict[str, Any]]]
"""``async def (user, ctx) -> dict``: derives ``ctx.metadata`` from the authenticated user.

Called once per request after authentication; ``ctx.model`` and ``ctx.field``
are None there. What it returns is stored with the data it helps encrypt.
"""

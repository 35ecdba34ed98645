"""Custom at-rest encryption for a LangGraph server (a beta API of the server).

from langgraph_client.encryption import Encryption, EncryptionContext

encryption = Encryption()

@encryption.encrypt.json
async def seal(ctx: EncryptionContext, data: dict) -> dict: ...

@encryption.decrypt.json
async def unseal(ctx: EncryptionContext, data: dict) -> dict: ...

server_encryption = encryption.to_server()  # langgraph.json "encryption.path"
"""

from __future__ import annotations

from langgraph_client.encryption import types
from langgraph_client.encryption._encryption import (
    DuplicateHandlerError,
    Encryption,
    KeyPreservationError,
    LangGraphBetaWarning,
    check_json_keys,
)
from langgraph_client.encryption.types import DecryptResult, EncryptionContext

__all__ = [
    "DecryptResult",
    "DuplicateHandlerError",
    "Encryption",
    "EncryptionContext",
    "KeyPreservationError",
    "LangGraphBetaWarning",
    "check_json_keys",
    "types",
]

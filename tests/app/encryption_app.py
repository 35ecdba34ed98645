"""The prefix-based JSON Encryption example of langgraph-sdk's reference, with langgraph_client.

The cipher is a toy (XOR with a fixed key, then base64): it shows where a real
KMS call would go, not how to encrypt. When ENCRYPTION_LOG names a file, each
handler call appends one JSON line (handler, model, field, output) to it, so
the tests can see what was stored. langgraph_encryption.json points the server
at ``server_encryption``.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from langgraph_client.encryption import Encryption, EncryptionContext

KEY = b"not-a-real-key"
SKIP_FIELDS = {"tenant_id", "owner", "thread_id", "assistant_id"}
ENCRYPTED_PREFIX = "encrypted:"


def _xor(data: bytes) -> bytes:
    return bytes(b ^ KEY[i % len(KEY)] for i, b in enumerate(data))


def encrypt_bytes(blob: bytes) -> bytes:
    return base64.b64encode(_xor(blob))


def decrypt_bytes(blob: bytes) -> bytes:
    return _xor(base64.b64decode(blob))


def encrypt_string(text: str) -> str:
    return encrypt_bytes(json.dumps(text).encode()).decode()


def decrypt_string(text: str) -> Any:
    return json.loads(decrypt_bytes(text.encode()))


def _log(handler: str, ctx: EncryptionContext, output: Any) -> None:
    path = os.environ.get("ENCRYPTION_LOG")
    if path:
        line = {"handler": handler, "model": ctx.model, "field": ctx.field, "output": output}
        with open(path, "a") as log:
            log.write(json.dumps(line, default=repr) + "\n")


my_encryption = Encryption()


@my_encryption.encrypt.blob
async def encrypt_blob(ctx: EncryptionContext, blob: bytes) -> bytes:
    _log("encrypt.blob", ctx, len(blob))
    return encrypt_bytes(blob)


@my_encryption.decrypt.blob
async def decrypt_blob(ctx: EncryptionContext, blob: bytes) -> bytes:
    _log("decrypt.blob", ctx, len(blob))
    return decrypt_bytes(blob)


@my_encryption.encrypt.json
async def encrypt_json(ctx: EncryptionContext, data: dict[str, Any]) -> dict[str, Any]:
    result = {}
    for k, v in data.items():
        if k in SKIP_FIELDS or v is None:
            result[k] = v
        else:
            result[k] = ENCRYPTED_PREFIX + encrypt_string(v)
    _log("encrypt.json", ctx, result)
    return result


@my_encryption.decrypt.json
async def decrypt_json(ctx: EncryptionContext, data: dict[str, Any]) -> dict[str, Any]:
    result = {}
    for k, v in data.items():
        if isinstance(v, str) and v.startswith(ENCRYPTED_PREFIX):
            result[k] = decrypt_string(v[len(ENCRYPTED_PREFIX) :])
        else:
            result[k] = v
    _log("decrypt.json", ctx, sorted(result))
    return result


server_encryption = my_encryption.to_server()

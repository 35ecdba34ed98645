"""Hand our ``Encryption`` to the LangGraph server, which only loads langgraph-sdk's class.

Imported on first use of ``Encryption.to_server``: the one place of the
encryption package that imports langgraph-sdk.
"""

from __future__ import annotations

import functools
import warnings
from typing import TYPE_CHECKING, Any

from langgraph_client.encryption._encryption import Encryption, check_json_keys

if TYPE_CHECKING:
    from langgraph_sdk import Encryption as ServerEncryption  # type: ignore[import-not-found, unused-ignore]

    from langgraph_client.encryption.types import Json, JsonEncryptor


def _checked(fn: JsonEncryptor) -> JsonEncryptor:
    @functools.wraps(fn)
    async def encrypt(ctx: Any, data: Json) -> Json:
        return check_json_keys(data, await fn(ctx, data))

    return encrypt


def beta(server_class: type[Any]) -> Any:
    """An instance of a langgraph-sdk beta class, made without its warning: choosing
    ``to_server`` is choosing the beta API."""
    from langgraph_sdk.encryption import LangGraphBetaWarning  # type: ignore[import-not-found, unused-ignore]

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LangGraphBetaWarning)
        return server_class()


def to_server_encryption(encryption: Encryption) -> ServerEncryption:
    """A langgraph-sdk ``Encryption`` with every handler of ``encryption``.

    The JSON encryptor is wrapped with the same key check as
    ``Encryption.run_json_encryptor``; the others are registered as they are.
    """
    from langgraph_sdk import Encryption as ServerEncryption  # type: ignore[import-not-found, unused-ignore]

    server = beta(ServerEncryption)
    json_encryptor = encryption.json_encryptor
    for register, fn in (
        (server.encrypt.blob, encryption.blob_encryptor),
        (server.decrypt.blob, encryption.blob_decryptor),
        (server.encrypt.json, json_encryptor and _checked(json_encryptor)),
        (server.decrypt.json, encryption.json_decryptor),
        (server.context, encryption.context_handler),
    ):
        if fn is not None:
            register(fn)
    return server  # type: ignore[no-any-return, unused-ignore]

"""Encryption: registration, the key check, running handlers, and the real server.

The server tests load tests/app/encryption_app.py (the prefix-based JSON
example with blob handlers, written with langgraph_client) through
langgraph_encryption.json. The example logs each handler call to the file named
by ENCRYPTION_LOG, which is how the tests see what the server stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from langgraph_client.auth.types import StudioUser
from langgraph_client.encryption import (
    DecryptResult,
    DuplicateHandlerError,
    Encryption,
    EncryptionContext,
    KeyPreservationError,
)

from tests._server import oldest_server, running_server
from tests.app import encryption_app
from tests.app.encryption_app import ENCRYPTED_PREFIX, my_encryption

CTX = EncryptionContext(model="thread", field="metadata", metadata={"tenant": "t1"})


async def passthrough(ctx: EncryptionContext, data: Any) -> Any:
    return data


# --- registration -------------------------------------------------------------


def _slots(enc: Encryption) -> dict[str, Any]:
    return {
        "encrypt.blob": enc.encrypt.blob,
        "decrypt.blob": enc.decrypt.blob,
        "encrypt.json": enc.encrypt.json,
        "decrypt.json": enc.decrypt.json,
        "context": enc.context,
    }


def test_making_an_encryption_does_not_warn_and_its_beta_category_is_a_user_warning() -> None:
    import warnings

    from langgraph_client.encryption import LangGraphBetaWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Encryption()
    assert caught == []
    assert issubclass(LangGraphBetaWarning, UserWarning)


@pytest.mark.parametrize("kind", list(_slots(Encryption())))
def test_a_second_handler_of_a_kind_raises_duplicate_handler_error(kind: str) -> None:
    enc = Encryption()
    _slots(enc)[kind](passthrough)
    with pytest.raises(DuplicateHandlerError, match="already registered: 'passthrough'"):
        _slots(enc)[kind](passthrough)


@pytest.mark.parametrize("kind", list(_slots(Encryption())))
def test_a_sync_handler_is_refused(kind: str) -> None:
    def sync(ctx: Any, data: Any) -> Any:
        return data

    with pytest.raises(TypeError, match="must be an async function"):
        _slots(Encryption())[kind](sync)


def test_a_handler_must_take_ctx_and_data() -> None:
    async def one(ctx: Any) -> Any:
        return None

    with pytest.raises(TypeError, match="exactly two positional parameters"):
        Encryption().encrypt.json(one)


def test_a_context_handler_must_take_user_and_ctx() -> None:
    async def one(user: Any) -> Any:
        return {}

    with pytest.raises(TypeError, match=r"exactly two positional parameters \(user, ctx\)"):
        Encryption().context(one)


def test_registered_handlers_are_kept_and_shown() -> None:
    assert my_encryption.json_encryptor is encryption_app.encrypt_json
    assert my_encryption.get_json_decryptor("thread") is encryption_app.decrypt_json
    assert my_encryption.blob_encryptor is encryption_app.encrypt_blob
    assert my_encryption.context_handler is None
    assert repr(my_encryption) == (
        "Encryption(handlers=['blob_decryptor', 'blob_encryptor', 'json_decryptor', "
        "'json_encryptor'])"
    )


# --- the key check --------------------------------------------------------------


async def test_an_encryptor_that_adds_a_key_is_rejected_naming_it() -> None:
    enc = Encryption()

    @enc.encrypt.json
    async def envelope(ctx: EncryptionContext, data: dict[str, Any]) -> dict[str, Any]:
        return {"__sealed__": "blob", "plain": data["plain"]}

    with pytest.raises(KeyPreservationError) as raised:
        await enc.run_json_encryptor(CTX, {"secret": "s", "plain": "p"})
    assert raised.value.added == {"__sealed__"} and raised.value.removed == {"secret"}
    assert "added keys: ['__sealed__'], removed keys: ['secret']" in str(raised.value)


async def test_an_encryptor_that_returns_no_dict_is_rejected() -> None:
    enc = Encryption()

    @enc.encrypt.json
    async def token(ctx: EncryptionContext, data: dict[str, Any]) -> Any:
        return "one-token"

    with pytest.raises(TypeError, match="must return a dict"):
        await enc.run_json_encryptor(CTX, {"a": 1})


# --- running the example's handlers -----------------------------------------------


async def test_the_example_encrypts_values_and_keeps_skipped_fields() -> None:
    data = {"secret": "s3cret", "owner": "alice", "n": 5, "empty": None}
    sealed = await my_encryption.run_json_encryptor(CTX, data)
    assert sealed["owner"] == "alice" and sealed["empty"] is None
    assert sealed["secret"].startswith(ENCRYPTED_PREFIX) and "s3cret" not in sealed["secret"]
    opened = await my_encryption.run_json_decryptor(CTX, sealed)
    assert opened == DecryptResult(data)


async def test_the_example_blob_handlers_round_trip() -> None:
    sealed = await my_encryption.run_blob_encryptor(CTX, b"checkpoint bytes")
    assert sealed != b"checkpoint bytes"
    assert await my_encryption.run_blob_decryptor(CTX, sealed) == DecryptResult(b"checkpoint bytes")


async def test_a_decrypt_result_with_a_replacement_is_passed_on() -> None:
    enc = Encryption()

    @enc.decrypt.json
    async def rotate(ctx: EncryptionContext, data: dict[str, Any]) -> DecryptResult[Any]:
        return DecryptResult({"a": "plain"}, replacement={"a": "new-cipher"})

    result = await enc.run_json_decryptor(CTX, {"a": "old-cipher"})
    assert result == DecryptResult({"a": "plain"}, {"a": "new-cipher"})


async def test_without_handlers_data_passes_through() -> None:
    enc = Encryption()
    assert await enc.run_json_encryptor(CTX, {"a": 1}) == {"a": 1}
    assert await enc.run_blob_decryptor(CTX, b"x") == DecryptResult(b"x")


async def test_the_context_handler_derives_metadata_from_the_user() -> None:
    enc = Encryption()

    @enc.context
    async def tenant_of(user: Any, ctx: EncryptionContext) -> dict[str, Any]:
        assert ctx.model is None and ctx.field is None
        return {**ctx.metadata, "tenant": user.identity}

    user: Any = StudioUser("acme", is_authenticated=True)  # has identity, all the handler reads
    assert await enc.run_context_handler(user, {"key_id": "k1"}) == {
        "key_id": "k1",
        "tenant": "acme",
    }


def test_encryption_context_defaults_and_repr() -> None:
    ctx = EncryptionContext()
    assert (ctx.model, ctx.field, ctx.metadata) == (None, None, {})
    assert repr(CTX) == (
        "EncryptionContext(model='thread', field='metadata', metadata={'tenant': 't1'})"
    )
    assert EncryptionContext("run", {"a": 1}, "values") == EncryptionContext(
        model="run", metadata={"a": 1}, field="values"
    )


# --- interop ---------------------------------------------------------------------


def test_to_server_keeps_every_handler() -> None:
    from langgraph_sdk import Encryption as ServerEncryption

    assert isinstance(encryption_app.server_encryption, ServerEncryption)
    server: Any = encryption_app.server_encryption  # its handler slots are private
    assert server._blob_encryptor is encryption_app.encrypt_blob
    assert server._blob_decryptor is encryption_app.decrypt_blob
    assert server._json_encryptor.__wrapped__ is encryption_app.encrypt_json
    assert server._json_decryptor is encryption_app.decrypt_json
    assert server._context_handler is None


async def test_to_server_installs_the_key_check() -> None:
    enc = Encryption()

    @enc.encrypt.json
    async def drops(ctx: EncryptionContext, data: dict[str, Any]) -> dict[str, Any]:
        return {}

    server: Any = enc.to_server()
    with pytest.raises(KeyPreservationError, match=r"removed keys: \['a'\]"):
        await server.get_json_encryptor("thread")(CTX, {"a": 1})


# --- the real server ----------------------------------------------------------------


def _log(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


@pytest.fixture(scope="module")
def encryption_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[httpx.Client, Path]]:
    log = tmp_path_factory.mktemp("encryption") / "handlers.jsonl"
    env = {"ENCRYPTION_LOG": str(log)}
    with (
        running_server(config="langgraph_encryption.json", env=env) as url,
        httpx.Client(base_url=url, timeout=30) as client,
    ):
        yield client, log


def test_server_stores_thread_metadata_encrypted_and_answers_it_decrypted(
    encryption_server: tuple[httpx.Client, Path],
) -> None:
    client, log = encryption_server
    metadata = {"secret": "s3cret-thread", "owner": "alice", "n": 5}
    created = client.post("/threads", json={"metadata": metadata})
    assert created.status_code == 200 and created.json()["metadata"] == metadata
    if oldest_server():  # langgraph-api 0.4.48 never calls an Encryption's handlers
        assert _log(log) == []
        return

    stored = [
        e["output"]
        for e in _log(log)
        if e["handler"] == "encrypt.json"
        and e["model"] == "thread"
        and e["field"] == "metadata"
        and e["output"].get("owner") == "alice"
    ]
    assert stored, "the server did not call the JSON encryptor for thread metadata"
    assert stored[0]["secret"].startswith(ENCRYPTED_PREFIX)
    assert "s3cret-thread" not in json.dumps(stored)

    fetched = client.get(f"/threads/{created.json()['thread_id']}")
    assert fetched.json()["metadata"] == metadata


def test_server_searches_on_fields_left_in_clear(
    encryption_server: tuple[httpx.Client, Path],
) -> None:
    client, _ = encryption_server
    client.post("/threads", json={"metadata": {"owner": "carol", "secret": "c"}})
    found = client.post("/threads/search", json={"metadata": {"owner": "carol"}}).json()
    assert [t["metadata"]["secret"] for t in found] == ["c"]


def test_server_encrypts_assistant_context_and_answers_it_decrypted(
    encryption_server: tuple[httpx.Client, Path],
) -> None:
    client, log = encryption_server
    body = {"graph_id": "agent", "context": {"api_key": "sk-very-secret"}}
    created = client.post("/assistants", json=body).json()
    assert created["context"] == {"api_key": "sk-very-secret"}
    again = client.get(f"/assistants/{created['assistant_id']}").json()
    assert again["context"] == {"api_key": "sk-very-secret"}
    if oldest_server():  # langgraph-api 0.4.48 never calls an Encryption's handlers
        assert _log(log) == []
        return
    sealed = [
        e["output"]["api_key"]
        for e in _log(log)
        if e["handler"] == "encrypt.json"
        and e["model"] == "assistant"
        and e["field"] == "context"
        and "api_key" in e["output"]
    ]
    assert sealed and all(v.startswith(ENCRYPTED_PREFIX) for v in sealed)


def test_server_runs_see_plaintext_and_the_in_memory_server_never_calls_blob_handlers(
    encryption_server: tuple[httpx.Client, Path],
) -> None:
    client, log = encryption_server
    thread = client.post("/threads", json={}).json()
    run = client.post(
        f"/threads/{thread['thread_id']}/runs/wait",
        json={"assistant_id": "agent", "input": {"messages": [{"role": "human", "content": "hi"}]}},
    )
    assert run.json()["messages"][-1] == {"role": "ai", "content": "echo: hi"}
    handlers = {e["handler"] for e in _log(log)}
    if oldest_server():  # langgraph-api 0.4.48 never calls an Encryption's handlers
        assert handlers == set()
        return
    # The run input was JSON-encrypted on the way in and decrypted for the graph.
    assert {"encrypt.json", "decrypt.json"} <= handlers
    # langgraph-runtime-inmem keeps checkpoints unencrypted: the blob handlers are
    # loaded but never called (they serve the server's persistent backends).
    assert not {"encrypt.blob", "decrypt.blob"} & handlers

"""Checked by mypy (the typecheck session), never run: the value types a type checker reads
from ``Auth.types.on``, the tree laid out like the ``@auth.on`` decorators."""

from __future__ import annotations

from typing import assert_type

from langgraph_client import Auth
from langgraph_client.auth.types import (
    AssistantsSearch,
    CronsCreate,
    CronsDelete,
    CronsRead,
    CronsSearch,
    CronsUpdate,
    RunsCreate,
    StoreListNamespaces,
    StorePut,
    ThreadsCreate,
    ThreadsDelete,
    ThreadsRead,
    ThreadsSearch,
    ThreadsUpdate,
)


def values(
    create: Auth.types.on.threads.create.value,
    create_run: Auth.types.on.threads.create_run.value,
    search: Auth.types.on.assistants.search.value,
    put: Auth.types.on.store.put.value,
    listing: Auth.types.on.store.list_namespaces.value,
    thread: Auth.types.on.threads.value,
    cron: Auth.types.on.crons.value,
) -> None:
    assert_type(create, ThreadsCreate)
    assert_type(create_run, RunsCreate)
    assert_type(search, AssistantsSearch)
    assert_type(put, StorePut)
    assert_type(listing, StoreListNamespaces)
    assert_type(thread, ThreadsCreate | ThreadsRead | ThreadsUpdate | ThreadsDelete | ThreadsSearch)
    assert_type(cron, CronsCreate | CronsRead | CronsUpdate | CronsDelete | CronsSearch)
    assert_type(create, RunsCreate)  # type: ignore[assert-type]

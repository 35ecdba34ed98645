"""Every public method of langgraph-sdk's resource clients exists on both our clients, with the
same parameters: names, order, kinds and defaults. Ours may add keyword-only parameters with
defaults at the end. The exceptions are listed below, each with its reason."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest

RESOURCES = ("assistants", "threads", "runs", "crons", "store", "http")

#: How many public methods langgraph-sdk 0.4.14 has on each resource client.
SDK_COUNTS = {"assistants": 11, "threads": 13, "runs": 11, "crons": 6, "store": 5, "http": 7}

#: langgraph-sdk's sync client orders (or kinds) these parameters unlike its async client;
#: both our clients follow the async one. Calls by keyword behave the same either way, and
#: ``store.list_namespaces`` here also accepts ``headers``/``params`` by keyword.
SDK_CLIENTS_DISAGREE = {
    ("threads", "join_stream"): "sync puts stream_mode before last_event_id",
    ("runs", "wait"): "sync puts checkpoint_during before checkpoint",
    ("store", "list_namespaces"): "sync makes headers and params keyword-only",
}

#: langgraph-sdk parameters we do not have yet.
MISSING_PARAMETERS: dict[tuple[str, str], set[str]] = {}

#: Methods we have that langgraph-sdk does not.
OUR_EXTRA_METHODS = {
    ("crons", "get"),  # GET /runs/crons/{cron_id}: langgraph-sdk has no method for it
}

_PLAIN = (type(None), bool, int, float, str, bytes, tuple, list, dict, frozenset)


def _default(param: inspect.Parameter) -> Any:
    """A default to compare: each package's own "not given" sentinel compares as one."""
    default = param.default
    if default is inspect.Parameter.empty or isinstance(default, _PLAIN):
        return default
    return "<sentinel>"


def _shape(method: Any) -> list[tuple[str, Any, Any]]:
    return [
        (param.name, param.kind, _default(param))
        for param in inspect.signature(method).parameters.values()
    ]


def _public_methods(resource: Any) -> set[str]:
    return {
        name
        for name in dir(resource)
        if not name.startswith("_") and callable(getattr(resource, name))
    }


@pytest.fixture(scope="module")
def clients() -> Iterator[dict[str, tuple[Any, Any]]]:
    """langgraph-sdk's clients and ours, by flavour (no request is ever sent)."""
    import langgraph_client
    import langgraph_sdk

    url = "http://127.0.0.1:9"
    yield {
        "async": (
            langgraph_sdk.get_client(url=url, api_key=None),
            langgraph_client.get_client(url=url, api_key=None),
        ),
        "sync": (
            langgraph_sdk.get_sync_client(url=url, api_key=None),
            langgraph_client.get_sync_client(url=url, api_key=None),
        ),
    }


@pytest.mark.parametrize("resource", RESOURCES)
def test_langgraph_sdk_has_the_methods_we_count(
    clients: dict[str, tuple[Any, Any]], resource: str
) -> None:
    for sdk, _ in clients.values():
        assert len(_public_methods(getattr(sdk, resource))) == SDK_COUNTS[resource]


@pytest.mark.parametrize("flavour", ["async", "sync"])
@pytest.mark.parametrize("resource", RESOURCES)
def test_every_langgraph_sdk_method_is_here_with_its_parameters(
    clients: dict[str, tuple[Any, Any]], flavour: str, resource: str
) -> None:
    sdk, ours = (getattr(client, resource) for client in clients[flavour])
    sdk_async = getattr(clients["async"][0], resource)
    missing = sorted(_public_methods(sdk) - _public_methods(ours))
    assert not missing, f"{flavour} {resource}: no {missing}"
    problems: list[str] = []
    for name in sorted(_public_methods(sdk)):
        expected = _shape(getattr(sdk, name))
        if (resource, name) in SDK_CLIENTS_DISAGREE:
            # Ours follows langgraph-sdk's async client; the parameter names still agree.
            assert {p[0] for p in expected} == {p[0] for p in _shape(getattr(sdk_async, name))}
            expected = _shape(getattr(sdk_async, name))
        absent = MISSING_PARAMETERS.get((resource, name), set())
        expected = [param for param in expected if param[0] not in absent]
        got = _shape(getattr(ours, name))
        extra = got[len(expected) :]
        if got[: len(expected)] != expected:
            problems.append(f"{name}: langgraph-sdk {expected}, here {got}")
        elif any(
            kind is not inspect.Parameter.KEYWORD_ONLY or default is inspect.Parameter.empty
            for _, kind, default in extra
        ):
            problems.append(f"{name}: extra parameters must be keyword-only with defaults")
    assert not problems, "\n".join(problems)


def test_the_listed_exceptions_are_still_needed(clients: dict[str, tuple[Any, Any]]) -> None:
    """Each exception above still describes a real difference (remove it once it does not)."""
    sdk_async, sdk_sync = clients["async"][0], clients["sync"][0]
    for (resource, name), why in SDK_CLIENTS_DISAGREE.items():
        a, s = (_shape(getattr(getattr(c, resource), name)) for c in (sdk_async, sdk_sync))
        assert a != s, f"langgraph-sdk's clients agree on {resource}.{name} now ({why})"
    for flavour in ("async", "sync"):
        sdk, ours = clients[flavour]
        for (resource, name), absent in MISSING_PARAMETERS.items():
            here = {p[0] for p in _shape(getattr(getattr(ours, resource), name))}
            there = {p[0] for p in _shape(getattr(getattr(sdk, resource), name))}
            assert absent <= there - here, f"{resource}.{name} has {absent & here} now"
        for resource, name in OUR_EXTRA_METHODS:
            assert name in _public_methods(getattr(ours, resource))
            assert name not in _public_methods(getattr(sdk, resource))

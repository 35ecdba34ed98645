"""Every public name of langgraph-sdk's modules has a counterpart under ``langgraph_client``,
and every public method of its resource clients exists on both our clients, with the same
parameters: names, order, kinds and defaults. Ours may add keyword-only parameters with
defaults at the end. The exceptions are listed below, each with its reason."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import inspect
from collections.abc import Iterator
from pathlib import Path
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
    ("runs", "resume"),  # a stream picked up from a ResumeToken: langgraph-sdk has none
}

#: langgraph-sdk 0.4.14's modules, and how many public names each has: what it lists in
#: ``__all__`` and what it defines or takes from langgraph-sdk at top level, without the
#: underscored names and the TypeVars of its own annotations.
SDK_MODULES = {
    "": 9,
    ".schema": 73,
    ".errors": 15,
    ".sse": 6,
    ".auth": 4,
    ".auth.types": 39,
    ".auth.exceptions": 1,
    ".encryption": 4,
    ".encryption.types": 8,
    ".priority": 4,
    ".priority.types": 3,
    ".client": 17,
    ".cache": 5,
    ".runtime": 3,
}

#: Public names of those modules with no counterpart here, each with its reason.
NAMES_NOT_HERE = {
    (".errors", "logger"): "langgraph-sdk's module logger; this client logs to the "
    "'langgraph_client' logger",
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


def _is_type_var(value: ast.expr) -> bool:
    if not isinstance(value, ast.Call):
        return False
    func = value.func
    return (isinstance(func, ast.Name) and func.id == "TypeVar") or (
        isinstance(func, ast.Attribute) and func.attr == "TypeVar"
    )


def _sdk_public_names(module: str) -> set[str]:
    """The public names of an installed langgraph-sdk module, read from its source.

    The source is parsed rather than imported: some modules (``cache``) import the server
    when it is installed, and the server cannot be imported outside a running one.
    """
    spec = importlib.util.find_spec("langgraph_sdk" + module)
    assert spec is not None and spec.origin is not None
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if not isinstance(target, ast.Name):
                    continue
                if target.id == "__all__":
                    names |= set(ast.literal_eval(node.value))
                elif not _is_type_var(node.value):
                    names.add(target.id)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.ImportFrom) and (
            node.level or (node.module or "").startswith("langgraph_sdk")
        ):
            names |= {alias.asname or alias.name for alias in node.names}
    return {name for name in names if not name.startswith("_")}


def test_the_installed_langgraph_sdk_is_the_one_we_follow() -> None:
    from importlib.metadata import version

    assert version("langgraph-sdk") == "0.4.14"


@pytest.mark.parametrize("module", sorted(SDK_MODULES))
def test_langgraph_sdk_has_the_names_we_count(module: str) -> None:
    assert len(_sdk_public_names(module)) == SDK_MODULES[module]


@pytest.mark.parametrize("module", sorted(SDK_MODULES))
def test_every_public_name_of_langgraph_sdk_is_here(module: str) -> None:
    ours = importlib.import_module("langgraph_client" + module)
    missing = sorted(
        name
        for name in _sdk_public_names(module)
        if (module, name) not in NAMES_NOT_HERE and not hasattr(ours, name)
    )
    assert not missing, f"langgraph_client{module} lacks {missing}"


def test_the_names_not_here_are_still_missing() -> None:
    """Each exception above is a real langgraph-sdk name that we still lack."""
    for module, name in NAMES_NOT_HERE:
        assert name in _sdk_public_names(module)
        assert not hasattr(importlib.import_module("langgraph_client" + module), name)


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

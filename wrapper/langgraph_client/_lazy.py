"""Names a module loads on first use (a module ``__getattr__``): importing the module stays
cheap, or free of an import cycle."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

__all__ = ["load"]


def load(namespace: dict[str, Any], exports: Mapping[str, str], name: str) -> Any:
    """``name`` from the module ``exports`` gives for it (relative to the package of the
    module whose ``namespace`` this is), kept in ``namespace`` so it is looked up once."""
    module = exports.get(name)
    if module is None:
        raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, namespace["__package__"]), name)
    namespace[name] = value
    return value

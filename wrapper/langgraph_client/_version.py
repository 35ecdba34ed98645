"""The package version, read from the installed distribution (pyproject is its one source)."""

from __future__ import annotations

import functools


@functools.cache
def version() -> str:
    """The installed version of langgraph-client ("0+unknown" when run from a source tree)."""
    try:  # written by the build (see pyproject's version hook): free to read
        from ._build_version import VERSION
    except ImportError:  # a source tree that was never built: ask the installed metadata
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as installed_version

        try:
            return installed_version("langgraph-client")
        except PackageNotFoundError:
            return "0+unknown"
    return VERSION


@functools.cache
def user_agent() -> str:
    """The User-Agent every request carries."""
    return f"langgraph-client-py/{version()}"

"""Build the API reference of both packages with pdoc: `nox -s docs` runs this.

    python docs/build_reference.py [OUTPUT]          # default: site/api (git-ignored)

Every warning is an error, so a docstring pdoc cannot read, a name in `__all__` that does
not resolve or a module that fails to import fails the build. Every public module is
listed (pdoc alone stops at a package's `__all__`), and since our packages load their
public names on first use, each name in `__all__` is resolved before pdoc reads it.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import warnings
from pathlib import Path

PACKAGES = ("langgraph_client", "langgraph_api_client")

# Warnings known and accepted, each with its reason; any other warning fails the build.
KNOWN_WARNINGS = {
    # A NamedTuple's generated __new__ cannot see the module's names, so pdoc cannot
    # evaluate its postponed annotations; the class's own field annotations are shown.
    r"Error parsing type annotation ForwardRef\('Any'\) for langgraph_client\.(sse|schema)"
    r"\.StreamPart\.__init__": "pdoc cannot read a NamedTuple's generated __init__",
    # A TypedDict subclass keeps no base class in its MRO, so pdoc cannot tell which class
    # declared an inherited key (`ns`, `interrupts` of the v2 stream parts); the key is shown
    # all the same.
    r"Cannot determine where (langgraph_client\.schema|langgraph_api_client\.stream_parts)"
    r"\.\w+StreamPart\.(ns|interrupts) is taken from": (
        "pdoc cannot trace a TypedDict's inherited keys"
    ),
}


def main(argv: list[str]) -> int:
    warnings.simplefilter("error")
    for pattern in KNOWN_WARNINGS:
        warnings.filterwarnings("ignore", message=pattern, category=UserWarning)
    import pdoc
    import pdoc.render

    output = Path(argv[0] if argv else "site/api")
    modules = public_modules()
    pdoc.render.configure(docformat="google", show_source=True)
    pdoc.pdoc(*modules, output_directory=output)
    print(f"API reference written to {output}/index.html")
    return 0


def public_modules() -> list[str]:
    """The modules to hand pdoc: both packages, and each public module pdoc would not reach
    from its parent (pdoc walks a package's submodules, but only those its `__all__` names).
    Every module is imported first, with the names of its `__all__` resolved."""
    names: list[str] = []
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        found = pkgutil.walk_packages(package.__path__, prefix=f"{package_name}.")
        for name in [package_name, *sorted(info.name for info in found)]:
            if any(part.startswith("_") for part in name.split(".")):
                continue
            module = importlib.import_module(name)
            for public in getattr(module, "__all__", ()):
                setattr(module, public, getattr(module, public))
            parent, _, child = name.rpartition(".")
            parent_all = getattr(sys.modules[parent], "__all__", None) if parent else None
            if not parent or (parent_all is not None and child not in parent_all):
                names.append(name)
    return names


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

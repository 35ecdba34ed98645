"""Import cost of the generated package against openapi-python-client's default output.

    python benchmarks/import_cost.py [--rounds 9] [--generator-python PATH]

Renders openapi.yaml a second time with the generator's built-in templates and default
settings (the "default" package), then imports each package in fresh interpreters, several
rounds interleaved, and prints the median time and the number of modules each import adds:

- `import <package>`
- `from <package>.models import Thread`
- `from <package>.api.threads import get_thread` (one endpoint module)

The default output is written to a temporary folder and deleted afterwards. The generator must
be importable by `--generator-python` (default: this interpreter); the imports run in this
interpreter, which needs the runtime dependencies (httpx, attrs, python-dateutil, orjson).
A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
OURS = ("langgraph_api_client", ROOT / "generated")
DEFAULT_PACKAGE = "default_api_client"

SCENARIOS = {
    "import package": "import {pkg}",
    "models.Thread": "from {pkg}.models import Thread",
    "one endpoint module": "from {pkg}.api.threads import get_thread",
}

PROBE = """
import sys, time
before = set(sys.modules)
start = time.perf_counter()
{statement}
elapsed = time.perf_counter() - start
added = set(sys.modules) - before
import json
print(json.dumps({{"seconds": elapsed, "modules": len(added),
                  "package_modules": sum(1 for m in added if m.split(".")[0] == {pkg!r})}}))
"""


def render_default(generator_python: str, destination: Path) -> None:
    """openapi.yaml through openapi-python-client with its own templates and settings."""
    config = destination.parent / "default-config.yaml"
    config.write_text(f"package_name_override: {DEFAULT_PACKAGE}\n", encoding="utf-8")
    result = subprocess.run(
        [
            generator_python,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(SPEC),
            "--meta",
            "none",
            "--config",
            str(config),
            "--output-path",
            str(destination / DEFAULT_PACKAGE),
        ],
        capture_output=True,
        text=True,
        cwd=destination.parent,
    )
    if not (destination / DEFAULT_PACKAGE / "__init__.py").exists():
        sys.exit(f"openapi-python-client failed:\n{result.stdout}{result.stderr}")


def measure(pkg: str, path: Path, statement: str) -> dict[str, float]:
    """One fresh interpreter importing `statement`; its time and the modules it added."""
    env = {**os.environ, "PYTHONPATH": str(path), "PYTHONDONTWRITEBYTECODE": "0"}
    code = PROBE.format(statement=statement.format(pkg=pkg), pkg=pkg)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    figures: dict[str, float] = json.loads(out.stdout)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--generator-python", default=sys.executable)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="lg-import-cost-") as scratch:
        default_root = Path(scratch) / "default"
        default_root.mkdir()
        render_default(args.generator_python, default_root)
        packages = {"ours": OURS, "default": (DEFAULT_PACKAGE, default_root)}
        samples: dict[tuple[str, str], list[dict[str, float]]] = {}
        # Warm-up: compile both packages' bytecode so every timed round reads .pyc files.
        for pkg, path in packages.values():
            measure(pkg, path, "import {pkg}.models, {pkg}.api.threads.get_thread")
        for _ in range(args.rounds):
            for scenario, statement in SCENARIOS.items():
                for name, (pkg, path) in packages.items():
                    samples.setdefault((scenario, name), []).append(measure(pkg, path, statement))

    print(
        f"import cost, median of {args.rounds} fresh interpreters (Python {sys.version.split()[0]})"
    )
    header = f"{'scenario':<22}{'ours ms':>9}{'default ms':>12}{'ratio':>7}"
    header += f"{'ours modules':>14}{'default modules':>17}"
    print(header)
    print("-" * len(header))
    for scenario in SCENARIOS:
        ours, default = samples[(scenario, "ours")], samples[(scenario, "default")]
        ours_ms = statistics.median(s["seconds"] for s in ours) * 1000
        default_ms = statistics.median(s["seconds"] for s in default) * 1000
        line = f"{scenario:<22}{ours_ms:>9.1f}{default_ms:>12.1f}{ours_ms / default_ms:>7.2f}"
        line += f"{_modules(ours):>14}{_modules(default):>17}"
        print(line)
    print("modules: all modules the import added (of them, the generated package's own)")
    return 0


def _modules(samples: list[dict[str, float]]) -> str:
    total = int(statistics.median(s["modules"] for s in samples))
    own = int(statistics.median(s["package_modules"] for s in samples))
    return f"{total} ({own})"


if __name__ == "__main__":
    raise SystemExit(main())

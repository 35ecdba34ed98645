"""What users install is what we test: the wheel, in a fresh virtual environment, against the
real server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests._server import expected_server_version

ROOT = Path(__file__).resolve().parent.parent

# Runs inside the fresh environment; prints what the test checks as JSON.
SMOKE = """
import json, sys
from pathlib import Path

import langgraph_api_client
import langgraph_client
from langgraph_client import get_sync_client

with get_sync_client(url=sys.argv[1], api_key=None) as client:
    thread = client.threads.create(metadata={"from": "wheel"})
    again = client.threads.get(thread.thread_id)
    info = client.info()
    user_agent = client._core.http.headers["User-Agent"]

packages = [Path(langgraph_client.__file__).parent, Path(langgraph_api_client.__file__).parent]
print(json.dumps({
    "version": langgraph_client.__version__,
    "api_version": langgraph_api_client.API_VERSION,
    "user_agent": user_agent,
    "thread_matches": again.thread_id == thread.thread_id and again["metadata"]["from"] == "wheel",
    "server_version": info.version,
    "package_dirs": [str(p) for p in packages],
    "py_typed": [(p / "py.typed").is_file() for p in packages],
}))
"""


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"{args[:3]} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _build_wheel(out: Path) -> Path:
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", out, ROOT, cwd=ROOT)
    (wheel,) = out.glob("langgraph_client-*.whl")
    return wheel


def _project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


@pytest.mark.timeout(300)  # pip fetches the dependencies into the new environment
def test_the_wheel_works_in_a_fresh_environment(tmp_path: Path, server_url: str) -> None:
    wheel = _build_wheel(tmp_path / "dist")
    names = zipfile.ZipFile(wheel).namelist()
    for package in ("langgraph_client", "langgraph_api_client"):
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names

    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel, cwd=tmp_path)

    # Nothing of the source tree or the test environment may leak into the new one.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = json.loads(_run(python, "-c", SMOKE, server_url, cwd=tmp_path, env=env))
    print(json.dumps(result, indent=2))

    version = _project_version()
    assert result["version"] == version
    assert result["user_agent"] == f"langgraph-client-py/{version}"
    assert result["api_version"] == "0.16.7"
    assert result["server_version"] == expected_server_version()
    assert result["thread_matches"] is True
    assert result["py_typed"] == [True, True]
    for package_dir in result["package_dirs"]:
        assert Path(package_dir).is_relative_to(venv)

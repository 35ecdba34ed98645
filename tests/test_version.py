"""One version source: pyproject.toml; the CHANGELOG, the spec and the User-Agent agree with it.

That the installed wheel reports it as ``__version__`` is checked in test_wheel.py.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import langgraph_api_client
import langgraph_client
import yaml
from langgraph_client.client import build_headers

ROOT = Path(__file__).resolve().parent.parent


def _project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def test_the_changelog_opens_with_the_project_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    sections = re.findall(r"^## (\S+)", text, flags=re.MULTILINE)
    assert sections, "CHANGELOG.md has no version section"
    assert sections[0] == _project_version()
    assert len(sections) == len(set(sections))


def test_api_version_is_the_one_the_spec_describes() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert spec["info"]["x-langgraph-api-version"] == langgraph_api_client.API_VERSION


def test_dunder_version_is_the_project_version() -> None:
    assert langgraph_client.__version__ == _project_version()


def test_the_user_agent_names_the_project_version() -> None:
    product, _, number = build_headers(None, None)["User-Agent"].partition("/")
    assert (product, number) == ("langgraph-client-py", _project_version())

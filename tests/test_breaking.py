"""generator/breaking.py: the changes that break a pinned caller, and how the base is found."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import breaking
from generator.breaking import Break, breaking_changes

DATA = Path(__file__).parent / "data" / "breaking"


def _spec(name: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return spec


# One break of each kind in new.yaml against old.yaml.
EXPECTED = [
    Break(breaking.REMOVED_OPERATION, "DELETE /widgets/{widget_id}", "delete_widget"),
    Break(breaking.RENAMED_OPERATION, "GET /widgets", "list_widgets -> find_widgets"),
    Break(
        breaking.CHANGED_PATH,
        "count_parts",
        "/widgets/{widget_id}/count -> /parts/{widget_id}/count",
    ),
    Break(breaking.CHANGED_METHOD, "update_widget", "PATCH -> PUT"),
    Break(breaking.REMOVED_PARAMETER, "search_widgets query parameter 'tag'"),
    Break(breaking.REQUIRED_PARAMETER, "list_widgets query parameter 'offset'"),
    Break(breaking.REMOVED_REQUEST_BODY, "touch_widget"),
    Break(breaking.REQUIRED_REQUEST_BODY, "update_widget"),
    Break(breaking.REMOVED_REQUEST_FIELD, "WidgetCreate.color"),
    Break(breaking.REQUIRED_REQUEST_FIELD, "WidgetCreate.size"),
    Break(breaking.REMOVED_RESPONSE, "archive_widget 200"),
    Break(breaking.REMOVED_RESPONSE_FIELD, "Widget.legacy"),
    Break(breaking.OPTIONAL_RESPONSE_FIELD, "Widget.name"),
    Break(breaking.REMOVED_ENUM_VALUE, "WidgetKind", "'gadget'"),
    Break(breaking.NARROWED_REQUEST_TYPE, "WidgetCreate.weight", "string -> integer"),
    Break(breaking.WIDENED_RESPONSE_TYPE, "Widget.parts", "integer -> string"),
]


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda b: b.kind)
def test_each_kind_of_break_is_reported(expected: Break) -> None:
    assert expected in breaking_changes(_spec("old.yaml"), _spec("new.yaml"))


def test_the_fixture_holds_one_break_of_each_kind_and_nothing_else() -> None:
    assert breaking_changes(_spec("old.yaml"), _spec("new.yaml")) == sorted(EXPECTED)


def test_additive_changes_report_nothing() -> None:
    assert breaking_changes(_spec("old.yaml"), _spec("additive.yaml")) == []


def test_a_spec_against_itself_reports_nothing() -> None:
    assert breaking_changes(_spec("new.yaml"), _spec("new.yaml")) == []


def _one_field(location: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A spec whose one operation sends (request) or returns (response) a field `x`."""
    body = {"type": "object", "properties": {"x": schema}}
    operation: dict[str, Any] = {"operationId": "op", "responses": {"200": {"description": "ok"}}}
    if location == "request":
        operation["requestBody"] = {"content": {"application/json": {"schema": body}}}
    else:
        operation["responses"]["200"]["content"] = {"application/json": {"schema": body}}
    return {"openapi": "3.1.0", "paths": {"/a": {"post": operation}}}


NULLABLE = {"type": ["string", "null"]}
NOT_NULLABLE = {"type": "string"}


def test_a_request_field_that_is_no_longer_nullable_breaks() -> None:
    # The caller may be sending null.
    found = breaking_changes(_one_field("request", NULLABLE), _one_field("request", NOT_NULLABLE))
    assert [b.kind for b in found] == [breaking.NARROWED_REQUEST_TYPE]


def test_a_request_field_that_becomes_nullable_does_not_break() -> None:
    assert (
        breaking_changes(_one_field("request", NOT_NULLABLE), _one_field("request", NULLABLE)) == []
    )


def test_a_response_field_that_becomes_nullable_breaks() -> None:
    # The caller's code never expected None.
    found = breaking_changes(_one_field("response", NOT_NULLABLE), _one_field("response", NULLABLE))
    assert [b.kind for b in found] == [breaking.WIDENED_RESPONSE_TYPE]


def test_a_response_field_that_is_no_longer_nullable_does_not_break() -> None:
    old, new = _one_field("response", NULLABLE), _one_field("response", NOT_NULLABLE)
    assert breaking_changes(old, new) == []


def test_nullable_in_the_openapi_3_0_spelling_is_understood() -> None:
    old = _one_field("request", {"type": "string", "nullable": True})
    assert [b.kind for b in breaking_changes(old, _one_field("request", NOT_NULLABLE))] == [
        breaking.NARROWED_REQUEST_TYPE
    ]


def test_a_response_that_may_be_another_model_breaks() -> None:
    def spec(*models: str) -> dict[str, Any]:
        schemas = {
            name: {"type": "object", "properties": {"a": {"type": "string"}}} for name in "AB"
        }
        refs = [{"$ref": f"#/components/schemas/{m}"} for m in models]
        item = refs[0] if len(refs) == 1 else {"anyOf": refs}
        content = {"application/json": {"schema": {"type": "array", "items": item}}}
        op = {"operationId": "op", "responses": {"200": {"description": "ok", "content": content}}}
        return {"paths": {"/a": {"get": op}}, "components": {"schemas": schemas}}

    found = breaking_changes(spec("A"), spec("A", "B"))
    assert found == [
        Break(breaking.WIDENED_RESPONSE_TYPE, "op 200 response[]", "may now also be B")
    ]
    assert breaking_changes(spec("A", "B"), spec("A")) == []


@pytest.mark.parametrize(
    ("old", "new", "bump"),
    [
        ("0.1.0", "0.2.0", True),
        ("0.1.0", "0.1.5", False),
        ("1.4.2", "2.0.0", True),
        ("1.4.2", "1.5.0", False),
        ("0.9.0", "1.0.0", True),
    ],
)
def test_which_versions_announce_breaking_changes(old: str, new: str, bump: bool) -> None:
    assert breaking.is_breaking_bump(old, new) is bump


def test_two_files_fail_on_any_break(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--old", str(DATA / "old.yaml"), "--new", str(DATA / "new.yaml")]
    assert breaking.main(args) == 1
    out = capsys.readouterr().out
    assert "16 breaking change(s)" in out
    assert "removed response field: Widget.legacy" in out


def test_two_files_without_breaks_pass(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--old", str(DATA / "old.yaml"), "--new", str(DATA / "additive.yaml")]
    assert breaking.main(args) == 0
    assert "no breaking changes" in capsys.readouterr().out


# -- the base, found in git --------------------------------------------------------------------


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def _commit(repo: Path, spec: str, version: str, message: str) -> None:
    shutil.copy(DATA / spec, repo / "openapi.yaml")
    (repo / "pyproject.toml").write_text(f'[project]\nversion = "{version}"\n', encoding="utf-8")
    _git(repo, "add", "openapi.yaml", "pyproject.toml")
    _git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A throw-away repository: a first commit with old.yaml, then one with new.yaml."""
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    _commit(repo, "old.yaml", "0.1.0", "first")
    _commit(repo, "new.yaml", "0.1.0", "second")
    return repo


def test_without_a_tag_the_first_commit_is_the_base_and_nothing_is_released(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert breaking.main(["--repo", str(repo)]) == 0
    out = capsys.readouterr().out
    assert "16 breaking change(s)" in out
    assert "nothing is released yet" in out
    assert breaking.main(["--repo", str(repo), "--strict"]) == 1


def test_a_break_after_a_tag_fails_until_the_version_announces_it(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _git(repo, "tag", "v0.1.0", "HEAD~1")
    assert breaking.main(["--repo", str(repo)]) == 1
    assert "openapi.yaml at v0.1.0" in capsys.readouterr().out

    _commit(repo, "new.yaml", "0.2.0", "bump")
    assert breaking.main(["--repo", str(repo)]) == 0
    assert "0.1.0 -> 0.2.0 announces them" in capsys.readouterr().out


def test_a_shallow_clone_without_tags_still_runs(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clone = tmp_path / "clone"
    _git(tmp_path, "clone", "-q", "--depth", "1", "--no-tags", repo.as_uri(), str(clone))
    assert breaking.main(["--repo", str(clone)]) == 0
    assert "no breaking changes" in capsys.readouterr().out


def test_outside_git_the_spec_is_compared_with_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(DATA / "new.yaml", tmp_path / "openapi.yaml")
    assert breaking.main(["--repo", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "comparing openapi.yaml with itself" in out
    assert "no breaking changes" in out


def test_an_unreadable_spec_exits_2(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("just: text\n", encoding="utf-8")
    assert (
        breaking.main(["--old", str(tmp_path / "broken.yaml"), "--new", str(DATA / "new.yaml")])
        == 2
    )

"""generator/spec_diff.py: the drift report between openapi.yaml and a live server's document."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from langgraph_client._core import _release

from generator.spec_diff import SPEC, Change, Report, diff_specs, fetch_document, load_spec, main


def _spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": paths, "components": {"schemas": schemas or {}}}


def _thread_op(param_enum: list[str]) -> dict[str, Any]:
    return {
        "get": {
            "parameters": [
                {"name": "mode", "in": "query", "schema": {"type": "string", "enum": param_enum}}
            ],
            "responses": {
                "200": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thread"}}
                    }
                }
            },
        }
    }


def _details(report: Report, operation: str) -> list[str]:
    return [str(change) for change in report.changes[operation]]


# ----------------------------------------------------------------- tiny specs


@pytest.fixture(scope="module")
def tiny_report() -> Report:
    ours = _spec(
        {
            "/threads/{id}": _thread_op(["a", "b"]),
            "/mcp": {"post": {"responses": {"200": {}}}},
            "/gone": {"delete": {"responses": {"204": {}}}},
        },
        {
            "Thread": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "values": {"anyOf": [{"type": "object"}, {"type": "null"}]},
                    "status": {"type": "string", "enum": ["idle", "busy"]},
                },
            }
        },
    )
    theirs = _spec(
        {
            "/threads/{id}": _thread_op(["a", "c"]),
            "/mcp/": {"post": {"responses": {"200": {}}}},
            "/new": {"get": {"responses": {"200": {}}}},
        },
        {
            "Thread": {
                "type": "object",
                "required": ["id", "values"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "values": {"type": "object"},
                    "status": {"type": "string", "enum": ["idle", "busy", "error"]},
                    "ttl": {"type": "integer"},
                },
            }
        },
    )
    return diff_specs(ours, theirs)


def test_operations_only_on_one_side_are_listed(tiny_report: Report) -> None:
    assert tiny_report.server_only == ["GET /new"]
    assert tiny_report.spec_only == ["DELETE /gone"]


def test_a_trailing_slash_is_matched_not_reported_missing(tiny_report: Report) -> None:
    assert tiny_report.renamed == [("POST /mcp/", "POST /mcp")]
    assert tiny_report.changes["POST /mcp"] == []


def test_field_changes_name_type_required_and_nullability(tiny_report: Report) -> None:
    details = _details(tiny_report, "GET /threads/{id}")
    assert "  + response 200 application/json ttl: integer, optional" in details
    assert "  ~ response 200 application/json values: now required; no longer nullable" in details


def test_enum_values_added_and_removed_are_reported(tiny_report: Report) -> None:
    details = _details(tiny_report, "GET /threads/{id}")
    assert '  ~ response 200 application/json status: enum values added "error"' in details
    assert '  ~ parameter query mode: enum values added "c"; enum values removed "b"' in details


def test_identical_specs_have_no_differences() -> None:
    spec = load_spec(SPEC)
    report = diff_specs(spec, spec)
    assert report.server_only == report.spec_only == []
    assert all(changes == [] for changes in report.changes.values())
    assert report.operation_count == 64


def test_change_reads_as_one_line() -> None:
    assert str(Change("-", "response 204", "declared only by our spec")) == (
        "  - response 204: declared only by our spec"
    )


# ------------------------------------------------------------- the real server


@pytest.fixture(scope="module")
def live_report(server_url: str) -> Report:
    return diff_specs(load_spec(SPEC), fetch_document(server_url))


def _lacked_by(version: str) -> set[str]:
    """The operations of our spec that langgraph-api `version` lacks: `x-since` is later."""
    return {
        f"{method.upper()} {path}"
        for path, item in load_spec(SPEC)["paths"].items()
        for method, operation in item.items()
        if "x-since" in operation and _release(version) < _release(operation["x-since"])
    }


def test_every_server_operation_is_in_our_spec(
    live_report: Report, server_version: str, server_url: str
) -> None:
    assert live_report.server_only == []
    # What the server's document lacks, it lacks (x-since), but for the API reference page
    # that older servers serve without documenting it.
    unexplained = set(live_report.spec_only) - _lacked_by(server_version)
    if unexplained == {"GET /docs"}:
        assert httpx.get(f"{server_url}/docs", timeout=30).status_code == 200
    else:
        assert unexplained == set()
    assert live_report.operation_count + len(live_report.spec_only) == 64


def test_only_the_mcp_path_is_spelled_differently(live_report: Report) -> None:
    # The server serves /mcp; its document says /mcp/, which only redirects there.
    assert sorted(live_report.renamed) == [
        ("DELETE /mcp/", "DELETE /mcp"),
        ("GET /mcp/", "GET /mcp"),
        ("POST /mcp/", "POST /mcp"),
    ]


@pytest.mark.parametrize(
    "operation",
    [
        "DELETE /assistants/{assistant_id}",
        "DELETE /threads/{thread_id}",
        "DELETE /threads/{thread_id}/runs/{run_id}",
        "DELETE /runs/crons/{cron_id}",
    ],
)
def test_deletes_are_reported_as_204_against_the_documented_200(
    live_report: Report, operation: str
) -> None:
    details = _details(live_report, operation)
    assert "  + response 200: declared only by the server" in details
    assert "  - response 204: declared only by our spec" in details


def test_known_shape_differences_are_reported(live_report: Report) -> None:
    namespaces = _details(live_report, "POST /store/namespaces")
    assert any("(body): type object -> array[array[string]]" in line for line in namespaces)
    state = _details(live_report, "GET /threads/{thread_id}/state")
    assert "  - response 404: declared only by our spec" in state
    assert any(line.endswith("metadata: no longer nullable") for line in state)
    versions = _details(live_report, "POST /assistants/{assistant_id}/versions")
    assert any("[].updated_at" in line and line.startswith("  +") for line in versions)
    item = _details(live_report, "GET /store/items")
    assert "  ~ response 200 application/json (body): no longer nullable" in item


def test_the_deployment_graph_enum_is_reported_not_copied(live_report: Report) -> None:
    details = _details(live_report, "POST /assistants")
    assert any("graph_id: enum values added" in line and '"agent"' in line for line in details)


def test_main_prints_the_report_and_exits_zero(
    server_url: str, live_report: Report, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([server_url]) == 0
    out = capsys.readouterr().out
    assert "Operations only the server declares (missing from our spec):\n  none" in out
    assert f"Operations in both: {64 - len(live_report.spec_only)}" in out


def test_main_exits_two_when_the_server_cannot_be_read(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["http://127.0.0.1:9/"]) == 2
    assert "spec_diff:" in capsys.readouterr().err

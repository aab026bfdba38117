"""Police ID sheets and resources: kind, headings, keys and facts in the seven languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.extract import extract
from repository.ingest.headings import field_for_heading, field_for_key
from repository.ingest.normalise.force_facts import competencies, personnel_count
from repository.ingest.normalise.resource_facts import language_codes, resource_type_in
from repository.ingest.normalise.sheet_kind import kind_from_value
from repository.ingest.raw import RawSection, RawSheet


def _sheet(title: str, lead: str, sections: list[tuple[str, str]],
           metadata: dict[str, object] | None = None) -> RawSheet:
    return RawSheet(file="sheet.md", format="md", title=title, metadata=metadata or {},
                    preamble=lead, sections=[RawSection(h, t) for h, t in sections])


# a force's profile written with other words than the sample sheets', one per language
PROFILES = [
    ("en", "Kent Police", ["Structure", "Responsibilities", "Special units", "Workforce"]),
    ("fr", "Police cantonale vaudoise", ["Structure", "Attributions", "Unités d'élite",
                                         "Personnel"]),
    ("es", "Policía Foral de Navarra", ["Estructura", "Funciones", "Unidades especiales",
                                        "Plantilla"]),
    ("it", "Polizia Locale di Torino", ["Struttura", "Compiti", "Reparti specialistici",
                                        "Organico"]),
    ("de", "Polizei Hamburg", ["Gliederung", "Befugnisse", "Spezialkräfte und Einheiten",
                               "Personalstärke"]),
    ("pt", "Polícia Municipal de Lisboa", ["Estrutura", "Competências", "Unidades",
                                           "Efetivo"]),
    ("nl", "Politie Antwerpen", ["Opbouw", "Bevoegdheden", "Speciale eenheden",
                                 "Medewerkers"]),
]


@pytest.mark.parametrize(("language", "title", "headings"), PROFILES)
def test_a_force_profile_is_an_id_sheet_by_its_headings(language: str, title: str,
                                                        headings: list[str]) -> None:
    texts = ["Territorial organisation in districts.", "Public order and traffic.",
             "Dog unit; mounted unit.", "About 3,400 officers and 1,200 civilians."]
    raw = _sheet(title, "The force of the city.", list(zip(headings, texts, strict=True)))
    record = extract(raw).practice
    assert record.kind == "id_sheet", record.provenance["kind"]
    assert [s.field for s in record.sections] == [
        "organisation_text", "competencies_text", "units", "personnel"]
    assert record.personnel_count == 3400
    assert {"public_order", "traffic"} <= set(record.competencies)


@pytest.mark.parametrize("value", [
    "ID sheet", "id_sheet", "Fiche d’identité", "Ficha de identificación",
    "Scheda identificativa", "Steckbrief", "Ficha de identificação", "Korpsprofiel"])
def test_an_id_sheet_named_so_in_any_language(value: str) -> None:
    assert kind_from_value(value) == "id_sheet"


@pytest.mark.parametrize(("value", "kind"), [
    ("resource", "resource"), ("Ressource", "resource"), ("recurso", "resource"),
    ("risorsa", "resource"), ("hulpmiddel", "resource"), ("toolkit", "resource"),
    ("Leitfaden", "resource"), ("manuale", "resource"), ("practice", "practice"),
    ("fiche thématique", "fact_sheet")])
def test_a_resource_named_so_or_by_its_type(value: str, kind: str) -> None:
    assert kind_from_value(value) == kind


@pytest.mark.parametrize(("title", "lead"), [
    ("Safer streets at night", "This toolkit helps licensing officers plan a night."),
    ("La médiation de nuit", "Ce guide explique comment recruter des médiateurs."),
    ("Mediación escolar", "Esta guía presenta los pasos de un programa."),
    ("Mediazione sociale", "Questo manuale descrive il metodo."),
    ("Sichere Bahnhöfe", "Dieser Leitfaden richtet sich an Kommunen."),
    ("Mediação de conflitos", "Esta ferramenta ajuda as escolas."),
    ("Veilige uitgaansgebieden", "Deze handleiding is bedoeld voor gemeenten."),
])
def test_a_resource_that_names_itself(title: str, lead: str) -> None:
    record = extract(_sheet(title, lead, [("Context", "Some text about it.")])).practice
    assert record.kind == "resource"


@pytest.mark.parametrize("headings", [
    ["Audience", "Format", "Download"], ["Public visé", "Support", "Accès"],
    ["Destinatarios", "Formato", "Idiomas"], ["Destinatari", "Formato", "Lingue"],
    ["Zielgruppe", "Format", "Sprachen"], ["Destinatários", "Formato", "Línguas"],
    ["Gebruikers", "Formaat", "Talen"]])
def test_a_resource_by_its_headings(headings: list[str]) -> None:
    texts = ["City staff.", "PDF, online", "English, Deutsch"]
    record = extract(_sheet("Night-time safety", "How to plan.",
                            list(zip(headings, texts, strict=True)))).practice
    assert record.kind == "resource"
    assert record.target_groups == ["City staff."]
    assert record.formats == ["PDF", "online"] or record.resource_languages == ["en", "de"]


def test_a_practice_with_organisation_and_resources_sections_stays_a_practice() -> None:
    raw = _sheet("Neighbourhood mediation in Lyon", "The city trained mediators.",
                 [("Organisation", "The city leads."), ("Ressources", "Two staff."),
                  ("Public", "Residents."), ("Evaluation", "None yet.")])
    record = extract(raw).practice
    assert record.kind == "practice"
    assert [s.field for s in record.sections] == [
        "partners_text", "budget_text", "target_groups", "evaluation"]


@pytest.mark.parametrize(("heading", "field"), [
    ("Related resources", "resources"), ("Ressources liées", "resources"),
    ("Herramientas utilizadas", "resources"), ("Strumenti utilizzati", "resources"),
    ("Hilfsmittel", "resources"), ("Ferramentas", "resources"), ("Hulpmiddelen", "resources"),
    ("Related practices", "related_practices"), ("Pratiques liées", "related_practices"),
    ("Prácticas relacionadas", "related_practices"),
    ("Pratiche correlate", "related_practices"), ("Praxisbeispiele", "related_practices"),
    ("Práticas relacionadas", "related_practices"),
    ("Gerelateerde praktijken", "related_practices")])
def test_link_headings_in_seven_languages(heading: str, field: str) -> None:
    assert field_for_heading(heading) == field
    assert field_for_key(heading) == field


def test_a_practice_lists_its_resources_and_a_resource_its_practices() -> None:
    practice = extract(_sheet("Night mediation in Lille", "Mediators at night.", [
        ("Activities", "Patrols."), ("Ressources liées", "- SARA method\n- Efus guide")],
        {"country": "France"})).practice
    assert practice.kind == "practice" and practice.resources == ["SARA method", "Efus guide"]
    assert practice.budget_text is None
    resource = extract(_sheet("Guide to night mediation", "How to start.", [
        ("Format", "PDF"), ("Languages", "French and English")],
        {"related practices": ["night-mediation-in-lille"]})).practice
    assert resource.kind == "resource" and resource.resource_type == "guide"
    assert resource.related_practices == ["night-mediation-in-lille"]
    assert resource.resource_languages == ["fr", "en"]


@pytest.mark.parametrize(("text", "keys"), [
    ("Maintien de l'ordre et police judiciaire.", ["public_order", "criminal_investigation"]),
    ("Seguridad vial y control de fronteras.", ["traffic", "border_control"]),
    ("Polizia di prossimità e criminalità organizzata.",
     ["community_policing", "organised_crime"]),
    ("Kriminalprävention, Terrorismusabwehr, Cyberkriminalität.",
     ["crime_prevention", "counter_terrorism", "cybercrime"]),
    ("Policiamento de proximidade e polícia científica.", ["community_policing", "forensics"]),
    ("Handhaving van de openbare orde en opsporing.", ["public_order", "criminal_investigation"]),
    ("Drug trafficking networks.", ["organised_crime"]),
])
def test_competencies_in_seven_languages(text: str, keys: list[str]) -> None:
    assert competencies(text) == keys


@given(st.integers(min_value=10, max_value=999_999), st.sampled_from([",", ".", " ", "\u202f"]),
       st.integers(min_value=1900, max_value=2099))
def test_the_head_count_is_the_largest_figure_not_a_year(n: int, sep: str, year: int) -> None:
    written = f"{n:,}".replace(",", sep)
    assert personnel_count(f"In {year} the force had {written} officers and 5 dogs.") == max(
        n, 5)


@given(st.text(max_size=80))
def test_fact_readers_never_fail(text: str) -> None:
    personnel_count(text)
    competencies(text)
    language_codes([text])
    resource_type_in(text, at_start=True)


def test_language_names_in_any_ui_language() -> None:
    assert language_codes(["English, français", "EN/FR", "Deutsch und Englisch"]) == [
        "en", "fr", "de"]
    assert language_codes(["inglés y portugués", "italiano", "Nederlands"]) == [
        "en", "pt", "it", "nl"]


# a practice whose title opens with a word that can name a publication's type
# (title, its place key, its start key, its results heading), 7 languages
RUNNING_PRACTICES = [
    ("Training for bar staff in Leeds", {"City": "Leeds", "Start": "2016"}, "Results"),
    ("Protocole « Angela » des bars de Bordeaux", {"Ville": "Bordeaux", "Début": "2021"},
     "Résultats"),
    ("Protocolo «No Callem» contra las agresiones en el ocio nocturno",
     {"Municipio": "Barcelona", "Inicio": "2018"}, "Resultados"),
    ("Formazione dei vigili di quartiere a Modena", {"Città": "Modena", "Avvio": "2012"},
     "Risultati"),
    ("Schulung für Türsteher in Köln", {"Stadt": "Köln", "Beginn": "2017"}, "Ergebnisse"),
    ("Formação de mediadores em Braga", {"Cidade": "Braga", "Início": "2015"}, "Resultados"),
    ("Training voor horecapersoneel in Utrecht", {"Stad": "Utrecht", "Start": "2014"},
     "Resultaten"),
]


@pytest.mark.parametrize(("title", "metadata", "results"), RUNNING_PRACTICES)
def test_a_practice_titled_by_a_type_word_that_runs_somewhere_stays_a_practice(
        title: str, metadata: dict[str, object], results: str) -> None:
    practice = extract(_sheet(title, "", [("Activities", "Staff learn to spot harassment."),
                                          (results, "Venues joined in the first year.")],
                              metadata)).practice
    assert practice.kind == "practice"


@pytest.mark.parametrize("title", ["Training for bar staff", "Protocolo contra el acoso",
                                   "Leitfaden für kommunale Prävention"])
def test_a_type_word_title_with_nothing_that_runs_is_a_resource(title: str) -> None:
    practice = extract(_sheet(title, "", [("About", "What the publication offers."),
                                          ("Contents", "Chapters on each step.")])).practice
    assert practice.kind == "resource"

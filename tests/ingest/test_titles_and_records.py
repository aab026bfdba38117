"""Titles from a plain first line, JSON/YAML records wrapped in one object with keys in the
sheet's language, headings that stand alone by their words, and keys made of two words."""

from __future__ import annotations

import json

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from repository.errors import InvalidSheet
from repository.ingest.extract import extract
from repository.ingest.headings import field_for_key
from repository.ingest.readers import read_sheet
from repository.ingest.readers.markdown import first_line_title
from repository.model import Practice


def practice(name: str, text: str) -> Practice:
    return extract(read_sheet(name, text.encode("utf-8"))).practice


# (language, title, a sentence of the sheet)
FIRST_LINES = [
    ("en", "Night stewards in Cork city centre", "Stewards walk the streets on weekend nights."),
    ("fr", "Les médiateurs de nuit de Nantes", "Les médiateurs circulent le soir dans le centre."),
    ("es", "Mediación escolar en Córdoba", "Los alumnos mediadores ayudan a sus compañeros."),
    ("it", "Il custode sociale di Torino", "Il custode aiuta gli inquilini anziani ogni giorno."),
    ("de", "Streetwork am Hauptbahnhof Essen", "Die Teams sprechen Menschen auf der Straße an."),
    ("pt", "Mediadores municipais em Braga", "Os mediadores acompanham as famílias do bairro."),
    ("nl", "Buurtbemiddeling in Zwolle", "Vrijwilligers helpen buren hun ruzie bij te leggen."),
]


@pytest.mark.parametrize(("language", "title", "sentence"), FIRST_LINES)
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_plain_first_line_is_the_title(language: str, title: str, sentence: str,
                                         suffix: str) -> None:
    found = practice(f"sheet{suffix}", f"{title}\n\n{sentence}\n\n## Context\n\n{sentence}\n")
    assert found.title == title
    assert found.language == language
    assert title not in (found.summary or "")


@pytest.mark.parametrize(("language", "title", "sentence"), FIRST_LINES)
def test_a_first_line_over_a_key_value_line_is_the_title(language: str, title: str,
                                                         sentence: str) -> None:
    found = practice("sheet.md", f"{title}\nCountry: Belgium\n\n{sentence}\n")
    assert found.title == title and found.country == "BE"


@pytest.mark.parametrize(("language", "title", "sentence"), FIRST_LINES)
@pytest.mark.parametrize("rule", ["-", "="])
def test_an_underlined_first_line_of_a_text_file_is_the_title(
        language: str, title: str, sentence: str, rule: str) -> None:
    # "Programa Comércio Seguro – PSP" over "-----": a heading by its rule, named like a
    # field ("Programa"), but the first line of the file names the sheet
    text = (f"{title}\n{rule * len(title)}\n\n1. Enquadramento\n\n{sentence}\n\n"
            f"2. Objetivos\n\n{sentence}\n")
    found = practice("sheet.txt", text)
    assert found.title == title
    assert found.language == language
    assert found.context == sentence
    assert found.objectives == sentence


@pytest.mark.parametrize(
    "text",
    ["Just some text with no title at all.\n",  # a sentence
     "- first point of a list\n\nMore text.\n",  # a list item
     "1. First step\n\nMore text.\n",
     "Contact: someone@example.org\n\nMore text.\n",  # a Key: value pair
     "A long first line that runs on\ninto a second line of the same paragraph.\n"],
)
def test_a_first_line_that_is_no_title_still_refuses(text: str) -> None:
    with pytest.raises(InvalidSheet, match="no title"):
        practice("sheet.md", text)


def test_a_front_matter_title_wins_over_the_first_line() -> None:
    found = practice("sheet.md", "---\ntitle: The real title\n---\nA first line\n\nText here.\n")
    assert found.title == "The real title"
    assert "A first line" in (found.summary or "")


@given(st.lists(st.sampled_from(["Safe", "streets", "in", "Gent", "Nachtleben", "für",
                                 "Jugend", "à", "Lyon", "programa", "Bairro", "Alto"]),
                min_size=1, max_size=12))
def test_any_short_line_standing_alone_first_is_the_title(words: list[str]) -> None:
    line = " ".join(words)
    title, rest = first_line_title([line, "", "Some text of the sheet."])
    assert title == line and rest == ["", "Some text of the sheet."]


# one record per language, wrapped in one object, with keys in the sheet's language
WRAPPED = [
    ("en", {"practice": {"name": "Navigator in Glasgow", "location": {
        "city": "Glasgow", "country": "United Kingdom"},
        "description": "Youth workers meet patients in the emergency department."}}),
    ("fr", {"fiche": {"intitulé": "Cellule de veille de Strasbourg", "commune": "Strasbourg",
                      "pays": "France", "présentation": "La cellule réunit les services."}}),
    ("es", {"ficha": {"título": "Mediación vecinal en Getafe", "municipio": "Getafe",
                      "país": "España", "descripción": "El servicio ofrece mediación."}}),
    ("it", {"pratica": {"denominazione": "Portierato sociale a Bologna", "comune": "Bologna",
                        "paese": "Italia", "descrizione": "Un portiere accoglie gli inquilini."}}),
    ("de", {"Praxisbeispiel": {"Bezeichnung": "Sicheres Heidelberg", "Stadt": "Heidelberg",
                               "Land": "Deutschland", "Beschreibung": "Der Verein bündelt."}}),
    ("pt", {"boa_pratica": {"designação": "Policiamento no Bairro Alto", "município": "Lisboa",
                            "país": "Portugal", "descrição": "Uma equipa fixa patrulha."}}),
    ("nl", {"praktijk": {"benaming": "Buurtvaders in Amsterdam", "gemeente": "Amsterdam",
                         "land": "Nederland", "omschrijving": "Vaders lopen door de wijk."}}),
]
CITIES = {"en": ("Glasgow", "GB"), "fr": ("Strasbourg", "FR"), "es": ("Getafe", "ES"),
          "it": ("Bologna", "IT"), "de": ("Heidelberg", "DE"), "pt": ("Lisboa", "PT"),
          "nl": ("Amsterdam", "NL")}


@pytest.mark.parametrize(("language", "record"), WRAPPED)
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_a_record_wrapped_in_one_object_with_keys_in_its_language(
        language: str, record: dict[str, dict[str, object]], fmt: str) -> None:
    text = json.dumps(record, ensure_ascii=False) if fmt == "json" else yaml.safe_dump(
        record, allow_unicode=True)
    found = practice(f"sheet.{fmt}", text)
    inner = next(iter(record.values()))
    assert found.title == next(iter(inner.values()))
    assert (found.city, found.country) == CITIES[language]


def test_a_record_wrapped_twice_is_read_too() -> None:
    found = practice("sheet.json", json.dumps(
        {"export": {"practice": {"title": "Two wrappers", "description": "The sheet's text."}}}))
    assert found.title == "Two wrappers"


@pytest.mark.parametrize(("language", "record"), WRAPPED)
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_a_title_in_a_header_object_beside_the_body_is_the_title(
        language: str, record: dict[str, dict[str, object]], fmt: str) -> None:
    wrapper, inner = next(iter(record.items()))
    *head, (text_key, text) = inner.items()
    split = {wrapper: dict(head), "body": {text_key: text}}
    found = practice(f"sheet.{fmt}", json.dumps(split, ensure_ascii=False) if fmt == "json"
                     else yaml.safe_dump(split, allow_unicode=True))
    assert found.title == head[0][1]
    assert (found.city, found.country) == CITIES[language]


def test_a_name_only_in_a_contact_object_is_still_no_title() -> None:
    with pytest.raises(InvalidSheet, match="no title"):
        practice("sheet.json", json.dumps(
            {"contact": {"name": "Jane Doe"}, "description": "Text of the sheet."}))


def test_a_contact_name_in_a_nested_object_is_no_title() -> None:
    found = practice("sheet.json", json.dumps(
        {"contact": {"name": "Jane Doe", "email": "jane@example.org"},
         "title": "The practice", "description": "Text of the sheet."}))
    assert found.title == "The practice"


@pytest.mark.parametrize(
    ("heading", "language"),
    [("Partners", "en"), ("Évaluation", "fr"), ("Presupuesto", "es"), ("Obiettivi", "it"),
     ("Ziele und Zielgruppen", "de"), ("Avaliação", "pt"), ("Aanpak", "nl")],
)
def test_a_heading_standing_alone_over_text_opens_a_section(heading: str, language: str) -> None:
    found = practice("sheet.txt", f"A SHEET TITLE\n\nThe opening paragraph.\n\n{heading}\n"
                                  "The text of the section, right under its heading.\n")
    assert [s.heading for s in found.sections] == [heading]


def test_a_capitalised_sentence_line_is_no_heading() -> None:
    found = practice("sheet.txt", "A SHEET TITLE\n\nThe opening paragraph.\n\n"
                                  "Evaluation was done by the team.\nAnd it went well.\n")
    assert found.sections == []


@pytest.mark.parametrize(
    ("key", "field"),
    [("Projektlaufzeit", "duration_text"), ("Projektbeginn", "start"),
     ("Projekttitel", "title"), ("Projektname", "title"), ("projectnaam", "title"),
     ("año de inicio", "start"), ("anno di avvio", "start"), ("Lancement", "start"),
     ("Année de création", None), ("Umsetzungszeitraum", "duration_text"),
     ("Projekt", "project"), ("Programme", "project"), ("Financement", "funding")],
)
def test_keys_of_two_words_in_one(key: str, field: str | None) -> None:
    assert field_for_key(key) == field


@pytest.mark.parametrize(
    "title",
    ["Fiche thématique : agir contre le harcèlement de rue", "Factsheet: knife crime",
     "Scheda tematica: la movida", "Themenblatt: Alkoholverbote"],
)
def test_a_first_line_that_names_the_kind_of_sheet_is_the_title(title: str) -> None:
    found = practice("sheet.md", f"{title}\n\nCities compare what they did.\n")
    assert found.title == title


def test_the_headings_of_a_page_without_a_main_element_are_kept() -> None:
    page = ("<html><head><title>Stadtordnungsdienst</title></head><body><nav>Start</nav>"
            "<h1>Stadtordnungsdienst Leipzig</h1><p>Seit April 2019 ist der "
            "Stadtordnungsdienst in gemischten Streifen mit der Landespolizei unterwegs.</p>"
            "<h2>Begleitforschung</h2><p>Die Hochschule der Sächsischen Polizei begleitet "
            "das Projekt wissenschaftlich und befragt jährlich Anwohner.</p></body></html>")
    found = practice("page.html", page)
    assert [(s.heading, s.field) for s in found.sections] == [("Begleitforschung",
                                                               "evaluation")]
    assert found.evaluation_kind == "scientific"


# a record without a title key, named by its first entry: the programme or the sheet itself
NAMED_FIRST = [
    ("en", "programme", "Safer Streets Leeds"),
    ("fr", "projet", "Veille éducative de Rennes"),
    ("es", "programa", "Barrios Seguros de Valencia"),
    ("it", "scheda_tematica", "I presidi sanitari nelle stazioni"),
    ("de", "Projekt", "Kiezläufer Berlin-Mitte"),
    ("pt", "programa", "Bairros Mais Seguros"),
    ("nl", "project", "Veilige Haven Utrecht"),
]


@pytest.mark.parametrize(("language", "key", "name"), NAMED_FIRST)
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_a_record_without_a_title_key_is_named_by_its_first_entry(
        language: str, key: str, name: str, fmt: str) -> None:
    record = {key: name, "pais": "España", "descrição": "Uma equipa fixa patrulha o bairro.",
              "description": "Teams walk the neighbourhood every evening and talk to people."}
    text = json.dumps(record, ensure_ascii=False) if fmt == "json" else yaml.safe_dump(
        record, allow_unicode=True, sort_keys=False)
    assert practice(f"sheet.{fmt}", text).title == name


@pytest.mark.parametrize("first", [
    {"description": "Teams walk the neighbourhood every evening and talk to people there."},
    {"city": "Leeds"},
    {"start": "2014"},
])
def test_a_record_whose_first_entry_is_no_name_still_refuses(first: dict[str, str]) -> None:
    record = {**first, "context": "Youth workers meet people in the streets at night."}
    with pytest.raises(InvalidSheet, match="no title"):
        practice("sheet.json", json.dumps(record))


@pytest.mark.parametrize("line", ["PROGRAMA BAIRROS SAUDÁVEIS", "PROGETTO STRADE SICURE TORINO",
                                  "PROJECT NIGHT STEWARDS CORK", "PROJET VEILLE DE NUIT LILLE"])
def test_an_uppercase_first_line_naming_a_programme_is_the_title_of_a_word_file(
        line: str, tmp_path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(line)
    document.add_paragraph("Programa público de âmbito nacional.")
    document.add_paragraph("OBJECTIVES")
    document.add_paragraph("Make the neighbourhood safer for everyone who lives there.")
    document.save(tmp_path / "sheet.docx")
    found = extract(read_sheet("sheet.docx", (tmp_path / "sheet.docx").read_bytes())).practice
    assert found.title == line
    assert "Make the neighbourhood safer" in (found.objectives or "")


# (language, a first line "Name: subtitle" whose name starts like a key, a sentence)
NAMED_FIRST_LINES = [
    ("en", "City Safe Havens: shops that shelter people in danger",
     "Shop staff let people in who feel threatened on the street."),
    ("fr", "Ville Vie Vacances : des vacances encadrées pour les jeunes des quartiers",
     "Les jeunes partent en séjour avec des animateurs pendant l'été."),
    ("es", "Ciudad Segura Nocturna: mediadores en las calles de ocio",
     "Los mediadores recorren las zonas de bares los fines de semana."),
    ("it", "Città Sicura Estate: volontari nei parchi della città",
     "I volontari presidiano i giardini nelle sere d'estate."),
    ("de", "Stadt ohne Angst: Frauen planen ihre Wege selbst",
     "Frauen gehen mit der Verwaltung durch dunkle Straßen."),
    ("pt", "Cidade Segura Noite: mediadores nos bares do centro",
     "Os mediadores falam com os jovens à porta dos bares."),
    ("nl", "Stad van Morgen: jongeren ontwerpen hun wijk",
     "Jongeren tekenen samen met de gemeente een nieuw plein."),
]


@pytest.mark.parametrize(("language", "line", "sentence"), NAMED_FIRST_LINES)
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_named_first_line_is_the_title_of_an_untitled_sheet(language: str, line: str,
                                                              sentence: str,
                                                              suffix: str) -> None:
    record = practice(f"sheet{suffix}", f"{line}\n\n{sentence}\n")
    assert record.title == line
    assert sentence in (record.summary or "") + " ".join(
        s for s in (record.context, record.activities) if s)


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_key_lines_alone_still_give_no_title(suffix: str) -> None:
    with pytest.raises(InvalidSheet, match="no title"):
        practice(f"sheet{suffix}", "Ville : Lyon\nPays : France\n\nLe dispositif aide les "
                                   "jeunes.\n")


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_title_key_later_wins_over_a_named_first_line(suffix: str) -> None:
    record = practice(f"sheet{suffix}", "Stadt ohne Angst: Frauen planen ihre Wege\n"
                                        "Titel: Sichere Wege für Frauen\n\nFrauen gehen "
                                        "mit der Verwaltung durch dunkle Straßen.\n")
    assert record.title == "Sichere Wege für Frauen"


@pytest.mark.parametrize("lines", [["Titel: Sichere Wege für Frauen"],
                                   ["Land: Deutschland", "Titel: Sichere Wege für Frauen"]])
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_title_key_line_gives_its_value_as_the_title(lines: list[str], suffix: str) -> None:
    record = practice(f"sheet{suffix}", "\n".join(lines) + "\n\nFrauen gehen mit der "
                                        "Verwaltung durch dunkle Straßen.\n")
    assert record.title == "Sichere Wege für Frauen"

"""A spreadsheet laid out as one sheet's field/value pairs (field names down the first
column, values beside them) is one sheet, in any of the seven languages; a table of many
sheets with two columns stays a table (pure: no store)."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from repository.ingest.bulk import open_table, read_rows
from repository.ingest.readers.tables import read_table
from repository.ingest.rows import key_value_sheets, merged_mapping, usable_rows
from repository.model import Source
from tests.ingest import spreadsheets as make


def _records(name: str, data: bytes) -> list:
    table = open_table(name, data, None)  # type: ignore[arg-type]  # settings unused
    mapping = merged_mapping(table.groups, None)
    rows, _ = usable_rows(table, mapping)
    source = Source(file=name, format=table.format, sha256="0" * 64)
    return read_rows(rows, mapping, source)


@pytest.mark.parametrize("language", sorted(make.FIELD_VALUE_SHEETS))
def test_a_field_value_workbook_is_one_sheet_in_each_language(language: str) -> None:
    header, pairs = make.FIELD_VALUE_SHEETS[language]
    outcomes = _records(f"{language}.xlsx", make.field_value_xlsx(header, pairs))
    assert len(outcomes) == 1, outcomes
    practice = outcomes[0].practice
    assert practice is not None, outcomes[0].error
    values = dict(pairs)
    assert practice.title == pairs[0][1]
    assert practice.city == pairs[1][1]
    assert practice.start is not None and practice.start.year == int(pairs[3][1])
    assert practice.language == language
    texts = " ".join(s.text for s in practice.sections)
    assert values[pairs[4][0]] in texts and pairs[5][1] in texts
    first, last = (2, 7) if header else (1, 6)
    assert outcomes[0].where == f"rows {first}–{last}"


def test_a_field_value_csv_is_one_sheet_and_its_header_row_is_a_pair_when_it_names_one(
        ) -> None:
    _, pairs = make.FIELD_VALUE_SHEETS["fr"]
    data = make.csv_bytes(list(pairs[0]), [list(p) for p in pairs[1:]], ";")
    outcomes = _records("fiche.csv", data)
    assert [o.practice.title for o in outcomes if o.practice] == ["Correspondants de nuit"]
    assert outcomes[0].practice.country == "FR"


def test_a_two_column_table_of_many_sheets_stays_a_table() -> None:
    rows = [["Médiateurs de nuit", "Des médiateurs parcourent le Vieux-Lyon la nuit."],
            ["Cellule d'écoute", "Une cellule accueille les victimes à Rennes."],
            ["Éducateurs de rue", "À Lille, des éducateurs accompagnent les jeunes."]]
    data = make.csv_bytes(["Titre", "Description"], rows, ";")
    table = open_table("inventaire.csv", data, None)  # type: ignore[arg-type]
    assert table == read_table("inventaire.csv", data)
    assert [o.practice.title for o in _records("inventaire.csv", data)] == [
        r[0] for r in rows]


def test_only_the_field_value_worksheet_of_a_workbook_is_turned() -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Fiche"
    for pair in make.FIELD_VALUE_SHEETS["it"][1]:
        sheet.append(list(pair))
    listing = book.create_sheet("Elenco")
    listing.append(["Titolo", "Città", "Descrizione"])
    listing.append(["Portierato sociale", "Torino", "Un portiere nei caseggiati popolari."])
    buffer = io.BytesIO()
    book.save(buffer)
    outcomes = _records("schede.xlsx", buffer.getvalue())
    assert [(o.where, o.practice.title) for o in outcomes] == [
        ("Fiche rows 1–6", "Vigili di quartiere"), ("Elenco row 2", "Portierato sociale")]


_CELL = st.text(st.characters(blacklist_characters="\x00\r", blacklist_categories=("Cs",)),
                max_size=40)
_KEY = st.one_of(_CELL, st.sampled_from(["Title", "Titre", "Città", "Land", "Contexto",
                                         "Evaluatie", "Objetivos", "Budget", "Partner"]))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(_KEY, _CELL), max_size=12))
def test_any_two_column_table_is_read_or_left_as_it_is(pairs: list) -> None:
    data = make.csv_bytes(["Field", "Value"], [list(p) for p in pairs])
    table = read_table("t.csv", data)
    turned = key_value_sheets(table)
    assert turned is table or len(turned.rows) == 1
    assert sum(len(r.values) for r in turned.rows) <= sum(len(r.values) for r in table.rows) + 1


PROJECT_WORDS = {"en": "Project", "fr": "Projet", "es": "Proyecto", "it": "Progetto",
                 "de": "Projekt", "pt": "Projeto", "nl": "Project"}


@pytest.mark.parametrize("language", sorted(make.FIELD_VALUE_SHEETS))
def test_a_field_value_workbook_without_a_title_key_takes_the_project_s_name(
        language: str) -> None:
    _, pairs = make.FIELD_VALUE_SHEETS[language]
    renamed = [(PROJECT_WORDS[language], pairs[0][1]), *pairs[1:]]
    outcomes = _records(f"{language}.xlsx", make.field_value_xlsx(["Keyword", "Text"], renamed))
    assert len(outcomes) == 1 and outcomes[0].practice is not None, outcomes
    assert outcomes[0].practice.title == pairs[0][1]
    assert outcomes[0].practice.city == pairs[1][1]


def test_a_first_pair_naming_no_field_is_the_title_of_a_field_value_sheet() -> None:
    _, pairs = make.FIELD_VALUE_SHEETS["de"]
    renamed = [("Angebot", "Nachttaxi für Frauen"), *pairs[1:]]
    outcomes = _records("de.xlsx", make.field_value_xlsx(["Stichwort", "Text"], renamed))
    assert len(outcomes) == 1 and outcomes[0].practice is not None, outcomes
    assert outcomes[0].practice.title == "Nachttaxi für Frauen"


def _book(sheets: list[tuple[str, list[list[str]]]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_fact_sheet_with_a_title_and_free_headings_is_one_sheet() -> None:
    free = [["Qué son", "Itinerarios entre casa y colegio señalizados y pacificados."],
            ["Elementos habituales", "Pasos elevados, reducción de velocidad y señales."],
            ["Ejemplos", "Pontevedra, Barcelona y Getafe los han puesto en marcha."],
            ["A tener en cuenta", "Hace falta que la policía local vigile los cruces."]]
    data = _book([("Ficha", [["Campo", "Valor"], ["Título", "Caminos escolares seguros"],
                             ["País", "España"], ["Temas", "escuela, movilidad"], *free])])
    outcomes = _records("caminos.xlsx", data)
    assert len(outcomes) == 1 and outcomes[0].practice is not None, outcomes
    practice = outcomes[0].practice
    assert practice.title == "Caminos escolares seguros" and practice.country == "ES"
    texts = " ".join(s.text for s in practice.sections)
    assert all(text in texts for _, text in free)


def test_a_worksheet_beside_a_field_value_sheet_that_holds_no_sheets_is_its_section() -> None:
    _, pairs = make.FIELD_VALUE_SHEETS["pt"]
    data = _book([("Ficha", [list(p) for p in pairs]),
                  ("Monitorização", [["Indicador", "Quem regista", "Para quem"],
                                     ["Utentes atendidos", "equipas do programa",
                                      "relatório à Câmara"],
                                     ["Encaminhamentos", "equipas do programa",
                                      "relatório à Câmara"]])])
    outcomes = _records("ficha.xlsx", data)
    assert len(outcomes) == 1 and outcomes[0].practice is not None, outcomes
    practice = outcomes[0].practice
    assert practice.title == pairs[0][1] and practice.city == pairs[1][1]
    section = next(s for s in practice.sections if "Utentes atendidos" in s.text)
    assert "Encaminhamentos" in section.text and section.field == "evaluation"


def test_a_companion_worksheet_keeps_its_whole_name_as_the_heading() -> None:
    _, pairs = make.FIELD_VALUE_SHEETS["en"]
    name = "Follow row up"  # a name holding " row ", which the row's place also holds
    data = _book([("Sheet", [list(p) for p in pairs]),
                  (name, [["Step", "Who"], ["Call back within a week", "case worker"]])])
    outcomes = _records("sheet.xlsx", data)
    assert len(outcomes) == 1 and outcomes[0].practice is not None, outcomes
    section = next(s for s in outcomes[0].practice.sections
                   if "Call back within a week" in s.text)
    assert section.heading == name

"""Spreadsheets and exports read row by row: encodings, separators, worksheets, formula
cells, JSON arrays and lines, blank rows, and the column → field mapping in seven
languages (pure: no store)."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from repository.errors import InvalidSheet, UnreadableSheet
from repository.ingest import key_names
from repository.ingest.bulk import read_rows
from repository.ingest.normalise.organisations import organisation_type, urls_in
from repository.ingest.readers.tables import decode_csv, delimiter, is_table, read_table
from repository.ingest.rows import (
    check_mapping,
    detect_mapping,
    export_name,
    merged_mapping,
    usable_rows,
)
from repository.model import Source
from tests.ingest import spreadsheets as make


def _records(name: str, data: bytes) -> dict[str, object]:
    """Each readable row of a table as its record, by row; failures as their message."""
    table = read_table(name, data)
    mapping = merged_mapping(table.groups, None)
    rows, _ = usable_rows(table, mapping)
    source = Source(file=name, format=table.format, sha256="0" * 64, export=export_name(name))
    return {o.where: o.practice or o.error for o in read_rows(rows, mapping, source)}


def test_a_semicolon_csv_in_utf8_with_a_bom_and_french_headers() -> None:
    data = make.french_csv()
    assert data.startswith(b"\xef\xbb\xbf")
    table = read_table("inventaire.csv", data)
    assert table.format == "csv" and table.notes == []
    assert table.headers[0] == "Intitulé"  # the BOM is not part of the first header
    assert [r.where for r in table.rows] == ["row 2", "row 3", "row 5"]
    assert table.blank_rows == 1
    assert detect_mapping(table.groups) == {
        "Intitulé": "title", "Description": "summary", "Pays": "country", "Ville": "city",
        "Date de début": "start", "Porteur": "lead_organisation",
        "Type de structure": "lead_organisation_type", "Site web": "urls",
        "Thématique": "themes", "Sous-secteur": "extra"}
    first = _records("inventaire.csv", data)["row 2"]
    assert first.title == "Médiateurs de nuit" and first.country == "FR"
    assert first.city == "Lyon" and first.start.year == 2019 and first.start.month == 3
    assert first.lead_organisation == "Ville de Lyon"
    assert first.lead_organisation_type == "local_authority"
    assert first.urls == ["https://www.lyon.fr/mediation"]
    assert [(s.heading, s.text) for s in first.extra_sections] == [("Sous-secteur",
                                                                    "Médiation")]
    assert first.source.row == "row 2" and first.source.export == "inventaire"


def test_a_comma_csv_without_a_bom_and_database_column_names() -> None:
    data = make.english_csv()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert delimiter(data.decode()) == ","
    records = _records("cases-export.csv", data)
    ciphers = records["row 2"]
    assert ciphers.country == "FI" and ciphers.city == "Tampere"
    assert ciphers.summary.startswith("A training course")  # description: the summary
    assert ciphers.activities is None
    assert ciphers.lead_organisation == "City of Tampere"  # not a partners section
    assert ciphers.partners_text is None
    assert ciphers.urls == ["https://www.tampere.fi/ciphers"]
    assert {s.heading for s in ciphers.extra_sections} == {"subsector", "technology"}


def test_no_sport_theme_from_supports() -> None:
    """Issue 16: "supports" gave `sport` to "Symmetric Ciphers" and "Seamless Flow"."""
    records = _records("cases-export.csv", make.english_csv())
    for where in ("row 2", "row 3"):
        assert "sport" not in records[where].themes, (where, records[where].themes)


def test_a_latin1_csv_is_detected_and_said() -> None:
    data = make.spanish_latin1_csv()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text, note = decode_csv("inventario.csv", data)
    assert "Cádiz" in text and "Windows-1252" in (note or "")
    table = read_table("inventario.csv", data)
    assert table.notes == [note]
    records = _records("inventario.csv", data)
    assert records["row 2"].city == "Cádiz" and records["row 2"].country == "ES"
    assert records["row 3"].lead_organisation_type == "local_authority"


def test_a_workbook_with_two_sheets_maps_each_sheet_s_headers() -> None:
    table = read_table("projekte.xlsx", make.workbook())
    assert table.format == "xlsx"
    assert [r.where for r in table.rows] == ["Projekte row 2", "Projekte row 3",
                                             "Progetti row 2", "Progetti row 3"]
    assert "sheet 'Note' has no rows under a header" in table.notes
    mapping = detect_mapping(table.groups)
    assert mapping["Titel"] == mapping["Titolo"] == "title"
    assert mapping["Träger"] == mapping["Ente"] == "lead_organisation"
    records = _records("projekte.xlsx", make.workbook())
    assert records["Projekte row 2"].country == "AT"
    assert records["Progetti row 2"].city == "Torino"
    assert records["Progetti row 2"].lead_organisation_type == "police"


def test_a_formula_cell_is_read_as_its_saved_value_or_refused_never_evaluated() -> None:
    table = read_table("projekte.xlsx", make.workbook())
    by_row = {r.where: r for r in table.rows}
    assert by_row["Projekte row 3"].values["Budget"] == 30000  # the saved value of =I2/4
    assert by_row["Projekte row 3"].warnings == ()
    refused = by_row["Progetti row 3"]
    assert "Costo" not in refused.values  # =I2*2 saved without a value: not computed
    assert refused.warnings and "I3" in refused.warnings[0]
    assert "=I2*2" in refused.warnings[0] and "save it" in refused.warnings[0]
    record = _records("projekte.xlsx", make.workbook())["Progetti row 3"]
    assert record.title == "Scuole sicure"  # the rest of the row is read


def test_a_json_array_makes_one_sheet_per_object_and_fails_an_element_alone() -> None:
    data = make.portuguese_json()
    assert is_table("projetos.json", data)
    assert not is_table("one.json", b'{"title": "One sheet"}')
    records = _records("projetos.json", data)
    assert records["row 1"].title == "Apoio 65" and records["row 1"].country == "PT"
    assert records["row 1"].lead_organisation_type == "police"
    assert set(records["row 1"].themes) >= {"seniors"}
    assert "expected an object" in records["row 3"]


def test_json_lines_fail_a_broken_line_alone() -> None:
    records = _records("buurt.jsonl", make.dutch_jsonl())
    assert records["row 1"].city == "Utrecht"
    assert records["row 1"].lead_organisation_type == "ngo"
    assert records["row 4"].lead_organisation == "Gemeente Den Haag"
    assert records["row 3"].startswith("not JSON")


def test_a_table_without_a_title_column_is_refused_once() -> None:
    table = read_table("t.csv", b"Country;City\nFrance;Lyon\n")
    with pytest.raises(InvalidSheet, match="no column is the title"):
        check_mapping(merged_mapping(table.groups, None), table.groups, "t.csv")


def test_a_row_without_a_title_fails_alone() -> None:
    records = _records("t.csv", b"Title,Description\n,A text without a title.\nOk,Fine text.\n")
    assert "no title" in records["row 2"]
    assert records["row 3"].title == "Ok"


def test_a_chosen_mapping_overrides_the_detected_one() -> None:
    groups = [["Name", "Sector", "Notes"]]
    mapping = merged_mapping(groups, {"Sector": "ignore", "Notes": "evaluation", "x": "title"})
    assert mapping == {"Name": "title", "Sector": "ignore", "Notes": "evaluation"}


@pytest.mark.parametrize(("file", "export"), [
    ("cases-2024-06.csv", "cases"), ("Cases_v3.xlsx", "cases"), ("inventory final.csv",
                                                                  "inventory"),
    ("2024.csv", "2024"), ("projetos.json", "projetos"), ("export (2).csv", "export"),
])
def test_the_export_a_file_is_a_version_of(file: str, export: str) -> None:
    assert export_name(file) == export


@pytest.mark.parametrize(("header", "field"), [
    ("NAME", "title"), ("Título", "title"), ("titolo", "title"), ("Naam", "title"),
    ("description", "summary"), ("Abstract", "summary"), ("Beschreibung", "summary"),
    ("country_code", "country"), ("PAÍS", "country"), ("Land", "country"),
    ("municipality", "city"), ("Gemeente", "city"), ("Città", "city"),
    ("startDate", "start"), ("start_year", "start"), ("Año", "start"), ("end_date", "end"),
    ("cost", "budget_text"), ("Presupuesto", "budget_text"),
    ("Organisation", "lead_organisation"), ("lead_organization", "lead_organisation"),
    ("Organización", "lead_organisation"), ("Träger", "lead_organisation"),
    ("organisation type", "lead_organisation_type"), ("Tipo de entidad",
                                                      "lead_organisation_type"),
    ("partners", "partners"), ("URL", "urls"), ("Website", "urls"), ("link", "urls"),
    ("sector", "themes"), ("Topic", "themes"), ("Thema", "themes"),
])
def test_header_names_in_seven_languages_and_database_spellings(header: str, field: str
                                                                ) -> None:
    assert detect_mapping([[header]])[header] == field


def test_no_whole_name_stands_for_two_fields() -> None:
    seen: dict[str, str] = {}
    for field, names in key_names.NAMES.items():
        for name in names:
            assert name == key_names.normalise_name(name), name
            assert seen.setdefault(name, field) == field, (name, seen[name], field)


@pytest.mark.parametrize(("value", "key"), [
    ("Municipality", "local_authority"), ("Ayuntamiento", "local_authority"),
    ("Stadtverwaltung", "local_authority"), ("Gemeente", "local_authority"),
    ("Polizia locale", "police"), ("National police", "police"), ("NGO / charity", "ngo"),
    ("Association loi 1901", "ngo"), ("Stichting", "ngo"), ("Universität Wien", "research"),
    ("Ministry of the Interior", "national_authority"), ("Private company", "private"),
    ("Provincia di Torino", "regional_authority"), ("Beekeepers", "Beekeepers"), ("", None),
])
def test_organisation_types_in_any_language(value: str, key: str | None) -> None:
    assert organisation_type(value) == key


def test_urls_in_text() -> None:
    assert urls_in("See www.lyon.fr/x, and https://a.eu/b.") == ["https://www.lyon.fr/x",
                                                                   "https://a.eu/b"]
    assert urls_in("no link here") == []


def test_empty_and_binary_tables_are_refused_with_a_reason() -> None:
    with pytest.raises(UnreadableSheet, match="empty"):
        read_table("x.csv", b"  \n")
    with pytest.raises(UnreadableSheet, match="binary"):
        read_table("x.csv", b"a,b\x00\x01\x02")
    with pytest.raises(UnreadableSheet, match="not a Excel .xlsx workbook|Excel"):
        read_table("x.xlsx", b"PK\x03\x04garbage")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_cell = st.text(st.characters(codec="cp1252", exclude_characters="\x00\r"), max_size=30)


@settings(max_examples=120, deadline=None)
@given(rows=st.lists(st.lists(_cell, min_size=3, max_size=3), min_size=1, max_size=8),
       separator=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_any_csv_a_spreadsheet_writes_reads_back_cell_for_cell(
        rows: list[list[str]], separator: str, encoding: str) -> None:
    headers = ["Title", "City", "Notes"]
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=separator, lineterminator="\r\n").writerows([headers, *rows])
    data = buffer.getvalue().encode(encoding)
    # cp1252 text whose bytes are also valid UTF-8 ("ÂŒ" is C2 8C, U+008C) cannot be told
    # from UTF-8; UTF-8 wins, as it should for real exports
    assume(encoding != "cp1252" or data.isascii() or not _is_utf8(data))
    table = read_table("export.csv", data)
    expected = [{h: c for h, c in zip(headers, row, strict=True) if c.strip()}
                for row in rows if any(c.strip() for c in row)]
    assert [r.values for r in table.rows] == expected
    assert table.blank_rows == len(rows) - len(expected)

"""Spreadsheet rows of ID sheets and resources: a `kind` column in the seven languages and
the new kinds' columns map like the other fields."""

from __future__ import annotations

import pytest

from repository.ingest.bulk import read_rows
from repository.ingest.readers.tables import read_table
from repository.ingest.rows import FIELDS, detect_mapping, export_name, merged_mapping, usable_rows
from repository.model import Practice, Source
from tests.ingest import spreadsheets as make

# (language, kind column, its ID-sheet value, its resource value)
KIND_VALUES = [
    ("en", "Kind", "ID sheet", "Resource"),
    ("fr", "Type", "Fiche d'identité", "Ressource"),
    ("es", "Tipo", "Ficha de identificación", "Recurso"),
    ("it", "Tipo", "Scheda identificativa", "Risorsa"),
    ("de", "Typ", "Steckbrief", "Ressource"),
    ("pt", "Tipo", "Ficha de identificação", "Recurso"),
    ("nl", "Soort", "Identiteitsfiche", "Hulpmiddel"),
]


def _rows(name: str, data: bytes) -> list[Practice]:
    table = read_table(name, data)
    mapping = merged_mapping(table.groups, None)
    rows, _ = usable_rows(table, mapping)
    source = Source(file=name, format=table.format, sha256="0" * 64, export=export_name(name))
    outcomes = read_rows(rows, mapping, source)
    assert all(o.practice for o in outcomes), [o.error for o in outcomes]
    return [o.practice for o in outcomes if o.practice]


@pytest.mark.parametrize(("language", "column", "id_value", "resource_value"), KIND_VALUES)
def test_a_kind_column_names_id_sheets_and_resources_in_each_language(
        language: str, column: str, id_value: str, resource_value: str) -> None:
    data = make.csv_bytes(["Title", column, "Summary"], [
        ["Police of Gent", id_value, "The local police zone of Gent and its units."],
        ["Night safety toolkit", resource_value, "Checklists for a safer night economy."],
        ["Street mediation", "", "Mediators calm conflicts between neighbours."],
    ])
    assert detect_mapping([["Title", column, "Summary"]])[column] == "kind"
    force, tool, practice = _rows("records.csv", data)
    assert (force.kind, tool.kind, practice.kind) == ("id_sheet", "resource", "practice")
    assert force.provenance["kind"].source == "key"


def test_the_new_kinds_columns_map_like_the_other_fields() -> None:
    headers = ["Name", "Type", "Competencies", "Specialised units", "Equipment", "Personnel",
               "Resource type", "Format", "Available languages", "Related practices",
               "Resources", "Evidence level", "Description"]
    mapping = detect_mapping([headers])
    assert mapping == dict(zip(headers, [
        "title", "kind", "competencies", "units", "equipment", "personnel", "resource_type",
        "formats", "resource_languages", "related_practices", "resources", "evidence",
        "summary"],
        strict=True))
    data = make.csv_bytes(headers, [
        ["Policía Local de Valencia", "ficha de identificación",
         "community policing; traffic", "Unidad de mediación; unidad canina", "drones",
         "1,500 officers", "", "", "", "", "night-toolkit", "", ""],
        ["Guía de mediación vecinal", "recurso", "", "", "", "", "guía", "PDF; vídeo",
         "español, inglés", "street-mediation", "", "descriptiva",
         "Cómo montar un servicio de mediación vecinal paso a paso."],
    ], ";")
    force, guide = _rows("registros.csv", data)
    assert force.kind == "id_sheet"
    assert {"community_policing", "traffic"} <= set(force.competencies)
    assert force.units and "mediación" in force.units and force.equipment == "drones"
    assert force.personnel_count == 1500 and force.resources == ["night-toolkit"]
    assert guide.kind == "resource" and guide.resource_type == "guide"
    assert guide.formats and guide.resource_languages == ["es", "en"]
    assert guide.related_practices == ["street-mediation"]
    assert guide.evidence == "descriptive" and guide.provenance["evidence"].source == "key"


def test_every_mapping_choice_is_a_record_field() -> None:
    fields = set(Practice.model_fields) | {"start", "end"}
    assert set(FIELDS) <= fields, sorted(set(FIELDS) - fields)

"""An explicit `evidence:` key (front matter, JSON, YAML, a spreadsheet column) in the seven
languages is read as the evidence level, with the provenance "key"; a value that names no
level is a warning naming the file and the value, never a failure."""

from __future__ import annotations

import json

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from repository.config import Settings
from repository.ingest.bulk import read_rows
from repository.ingest.normalise.evidence import LEVELS
from repository.ingest.normalise.evidence_key import level_of, read_evidence_key
from repository.ingest.pipeline import read_data
from repository.ingest.readers.tables import read_table
from repository.ingest.rows import export_name, merged_mapping, usable_rows
from repository.model import Source
from tests.ingest import spreadsheets as make

# (language, key name, value, level): the key and the level in the sheet's language
KEYED = [
    ("en", "evidence level", "Quasi-experimental", "quasi_experimental"),
    ("fr", "niveau de preuve", "expérimentale (randomisée)", "experimental"),
    ("es", "nivel de evidencia", "resultados medidos", "outcome"),
    ("it", "livello di evidenza", "valutazione descrittiva", "descriptive"),
    ("de", "Evidenzgrad", "randomisiert", "experimental"),
    ("pt", "nível de evidência", "sem avaliação", "none"),
    ("nl", "bewijskracht", "quasi-experimenteel", "quasi_experimental"),
]
EVALUATION = ("The city's own team reported on the activities each year; the pupils liked "
              "the sessions.")  # descriptive by the text: the key must win


def _settings(tmp_path: object) -> Settings:
    return Settings(data_dir=tmp_path / "var")  # type: ignore[operator]


@pytest.mark.parametrize(("language", "key", "value", "level"), KEYED)
def test_front_matter_key_sets_the_level_with_key_provenance(
        tmp_path: object, language: str, key: str, value: str, level: str) -> None:
    text = (f"---\ntitle: Safer school routes\ncountry: FR\n{key}: {value}\n---\n\n"
            f"# Safer school routes\n\n## Evaluation\n\n{EVALUATION}\n")
    practice, warnings = read_data("routes.md", text.encode(), _settings(tmp_path))
    assert practice.evidence == level, warnings
    assert practice.provenance["evidence"].source == "key"
    assert not any(w.startswith("evidence level") for w in warnings)
    assert practice.evaluation and "reported on the activities" in practice.evaluation


@pytest.mark.parametrize(("language", "key", "value", "level"), KEYED)
def test_json_and_yaml_keys_set_the_level(tmp_path: object, language: str, key: str,
                                          value: str, level: str) -> None:
    sheet = {"title": "Night mediators", "summary": "Mediators walk the old town at night.",
             "evaluation": EVALUATION, key: value}
    for name, data in (("sheet.json", json.dumps(sheet, ensure_ascii=False)),
                       ("sheet.yaml", yaml.safe_dump(sheet, allow_unicode=True))):
        practice, _ = read_data(name, data.encode(), _settings(tmp_path))
        assert practice.evidence == level, name
        assert practice.provenance["evidence"].source == "key", name


def test_a_spreadsheet_evidence_column_sets_each_row_s_level() -> None:
    data = make.csv_bytes(["Titel", "Beschreibung", "Evidenzgrad"], [
        ["Streetwork", "Streetworker sprechen Jugendliche in Parks an.", "quasi-experimentell"],
        ["Nachtlotsen", "Freiwillige begleiten Menschen nachts nach Hause.", "RCT"],
        ["Schulwege", "Eltern begleiten Kinder auf dem Schulweg.", "stark"],
    ], ";")
    table = read_table("projekte.csv", data)
    mapping = merged_mapping(table.groups, None)
    assert mapping["Evidenzgrad"] == "evidence"
    rows, _ = usable_rows(table, mapping)
    source = Source(file="projekte.csv", format=table.format, sha256="0" * 64,
                    export=export_name("projekte.csv"))
    outcomes = read_rows(rows, mapping, source)
    levels = [o.practice.evidence if o.practice else o.error for o in outcomes]
    assert levels == ["quasi_experimental", "experimental", None]
    assert outcomes[0].practice and outcomes[0].practice.provenance["evidence"].source == "key"
    warned = [w for w in outcomes[2].warnings if w.startswith("evidence level not understood")]
    assert warned and "'stark'" in warned[0]


def test_an_unknown_level_is_a_warning_naming_file_and_value_and_the_text_is_kept(
        tmp_path: object) -> None:
    text = ("---\ntitle: Safer school routes\nevidence: very strong\n---\n\n"
            "# Safer school routes\n\n## Activities\n\nParents walk children to school.\n")
    practice, warnings = read_data("routes.md", text.encode(), _settings(tmp_path))
    warned = [w for w in warnings if w.startswith("evidence level not understood")]
    assert len(warned) == 1 and "'very strong'" in warned[0] and "routes.md" in warned[0]
    assert practice.evidence is None and "evidence" not in practice.provenance
    assert [(s.heading, s.text) for s in practice.extra_sections] == [
        ("evidence", "very strong")]


def test_a_long_evidence_value_is_the_evaluation_text(tmp_path: object) -> None:
    prose = ("The university compared the twelve streets with twelve similar streets "
             "without wardens over three years.")
    sheet = {"title": "Street wardens", "summary": "Wardens patrol residential streets.",
             "evidence": prose}
    practice, warnings = read_data("wardens.json", json.dumps(sheet).encode(),
                                   _settings(tmp_path))
    assert practice.evidence == "quasi_experimental"  # the design the key's words affirm
    assert practice.provenance["evidence"].source == "key"
    assert not any(w.startswith("evidence level not understood") for w in warnings)


def test_every_level_key_and_label_names_its_level() -> None:
    from repository.labels import LOCALES, label

    for level in LEVELS:
        assert level_of(level) == level
        assert level_of(level.replace("_", "-").upper()) == level
        for locale in LOCALES:
            assert level_of(label("evidence", level, locale)) == level, (level, locale)
    for value in ("strong", "A", "3", "", "   ", "yes please"):
        assert level_of(value) is None, value


@given(st.one_of(st.text(max_size=80), st.lists(st.text(max_size=10), max_size=3),
                 st.integers(), st.none()))
def test_any_value_gives_a_level_or_a_warning_never_an_exception(value: object) -> None:
    meta = {"evidence": value}
    warnings: list[str] = []
    read_evidence_key(meta, "x.json", warnings)
    if "evidence" in meta:
        assert meta["evidence"] in LEVELS and not warnings
    elif warnings:
        assert "x.json" in warnings[0] and "?evidence" in meta

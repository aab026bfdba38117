"""The Markdown reader and extraction on real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from repository.errors import InvalidSheet, UnreadableSheet
from repository.ingest.extract import extract
from repository.ingest.readers import read_sheet
from tests.conftest import SHEETS


def _practice(path: Path):  # type: ignore[no-untyped-def]
    return extract(read_sheet(str(path), path.read_bytes()))


def test_front_matter_and_english_headings_map_to_fields() -> None:
    result = _practice(SHEETS / "night-safety-bars.md")
    p = result.practice
    assert p.id == "night-safety-bars"
    assert p.title == "Safe nights in bars"
    assert (p.city, p.country, p.language) == ("Lincoln", "GB", "en")
    assert p.themes == ["nightlife", "gender_violence"]
    assert p.summary and p.summary.startswith("Bar staff are trained")
    assert p.context and "Harassment of women" in p.context
    assert p.objectives and "discreet way" in p.objectives
    assert p.activities and "Posters" in p.activities
    assert result.warnings == []


def test_french_headings_and_country_name() -> None:
    p = _practice(SHEETS / "mediation-quartiers.md").practice
    assert (p.language, p.country) == ("fr", "FR")
    assert p.context and p.context.startswith("Les conflits")
    assert p.objectives and p.objectives.startswith("Prévenir")
    assert p.evaluation and "évaluation externe" in p.evaluation


def test_spanish_country_name_in_its_language() -> None:
    p = _practice(SHEETS / "prevencion-escolar.md").practice
    assert (p.language, p.country) == ("es", "ES")
    assert p.objectives and p.objectives.startswith("Reducir")


def test_sheet_without_front_matter_takes_title_from_heading() -> None:
    result = _practice(SHEETS / "no-front-matter.md")
    p = result.practice
    assert p.title == "Neighbourhood watch in Rotterdam"
    assert p.id == "neighbourhood-watch-in-rotterdam"
    assert p.summary and p.summary.startswith("Residents of a neighbourhood")
    assert p.activities and "Volunteers walk" in p.activities
    assert (p.city, p.country) == ("Rotterdam", "NL")
    # read from the title ("… in Rotterdam"): a prose origin, sure enough not to warn
    assert p.provenance["city"].source == "prose" and p.provenance["city"].confidence >= 0.8
    assert p.provenance["country"].note == "from the city Rotterdam"


def test_unknown_headings_are_kept_as_extra_sections_in_order() -> None:
    p = _practice(SHEETS / "unknown-headings.md").practice
    assert [s.heading for s in p.sections] == [
        "Objectives", "Anecdotes from the coaches", "Activities"]
    assert [s.heading for s in p.extra_sections] == ["Anecdotes from the coaches"]
    assert "runs a hall on his own" in p.extra_sections[0].text


def test_stable_id_from_title_is_the_same_on_every_read() -> None:
    first = _practice(SHEETS / "unknown-headings.md").practice
    second = _practice(SHEETS / "unknown-headings.md").practice
    assert first.id == second.id == "youth-sport-at-midnight"
    assert first.content_hash() == second.content_hash()


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", UnreadableSheet, "the file is empty"),
        (b"   \n\n", UnreadableSheet, "the file is empty"),
        (b"# Titre\n\nCaf\xe9 au lait\n", UnreadableSheet, "not valid UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", UnreadableSheet, "binary content"),
        (b"---\ntitle: [unclosed\n---\n# T\n\ntext\n", InvalidSheet, "invalid YAML front matter"),
        (b"---\n- a\n- b\n---\n# T\n\ntext\n", InvalidSheet, "front matter must be a mapping"),
        (b"Just some text with no title at all.\n", InvalidSheet, "no title"),
        (b"# Only a title\n", InvalidSheet, "no text"),
    ],
)
def test_broken_files_give_a_clear_error_naming_the_file(
    tmp_path: Path, content: bytes, error: type[Exception], message: str
) -> None:
    path = tmp_path / "broken-sheet.md"
    path.write_bytes(content)
    with pytest.raises(error) as caught:
        _practice(path)
    text = str(caught.value)
    assert text.startswith(str(path) + ": ")
    assert message in text
    assert "\n" not in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neighbourhood watch in Rotterdam", [("Rotterdam", "NL")]),
        ("El programa se desarrolla en Madrid, España.", [("Madrid", "ES"), (None, "ES")]),
        ("In Frankfurt am Main und Berlin", [("Frankfurt am Main", "DE"), ("Berlin", "DE")]),
        ("It would be nice to split the costs in two", []),
    ],
)
def test_places_named_in_running_text(text: str, expected: list) -> None:  # type: ignore[type-arg]
    from repository.places import places_in_text

    assert places_in_text(text) == expected


def test_a_text_naming_two_countries_gives_no_country(tmp_path: Path) -> None:
    sheet = tmp_path / "two.md"
    sheet.write_text("# Exchange between Lyon and Barcelona\n\nCities in France and Spain "
                     "swapped methods.\n\n## Activities\nVisits.\n")
    result = _practice(sheet)
    assert result.practice.country is None
    assert "no country found" in result.warnings

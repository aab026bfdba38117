"""Plain-text sheets whose headings are bare lines between blank lines, in the seven
languages: a line whose words name a field is a heading even with a blank line under
it, and in a sheet laid out that way a line of the same shape in words no list knows
("Hoe het begon", "Why now?") is a heading too."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.extract import extract
from repository.ingest.readers import read_sheet
from repository.ingest.readers.markdown import read_markdown

# (title, known heading, unknown heading, known heading, unknown question) per language
LAYOUTS = {
    "en": ("Night buses in Leeds", "Objectives", "Where the idea came from", "Partners",
           "Why now?"),
    "fr": ("Bus de nuit à Lyon", "Objectifs", "D'où vient l'idée", "Partenaires",
           "Pourquoi maintenant ?"),
    "es": ("Autobuses nocturnos en Bilbao", "Objetivos", "De dónde salió la idea",
           "Socios", "¿Por qué ahora?"),
    "it": ("Bus notturni a Torino", "Obiettivi", "Da dove viene l'idea", "Partner",
           "Perché adesso?"),
    "de": ("Nachtbusse in Köln", "Ziele", "Woher die Idee kam", "Partner", "Warum jetzt?"),
    "pt": ("Autocarros noturnos em Braga", "Objetivos", "De onde veio a ideia",
           "Parceiros", "Porquê agora?"),
    "nl": ("Nachtbussen in Utrecht", "Doelen", "Hoe het begon", "Partners", "Waarom nu?"),
}
PARAGRAPH = "{word} " * 12


def _sheet_text(title: str, headings: list[str]) -> str:
    body = "\n\n".join(f"{h}\n\n{PARAGRAPH.format(word=f'w{i}').strip()}."
                       for i, h in enumerate(headings))
    return f"{title}\n\n{body}\n"


@pytest.mark.parametrize("language", sorted(LAYOUTS))
def test_bare_heading_lines_split_a_plain_text_sheet(language: str) -> None:
    title, *headings = LAYOUTS[language]
    sheet = read_sheet(f"{language}.txt", _sheet_text(title, headings).encode())
    assert sheet.title == title
    assert [s.heading for s in sheet.sections] == headings
    assert [s.text.split()[0] for s in sheet.sections] == ["w0", "w1", "w2", "w3"]
    assert sheet.preamble == ""


@pytest.mark.parametrize("language", sorted(LAYOUTS))
def test_a_known_heading_over_a_blank_line_names_its_field(language: str) -> None:
    title, objectives, _, partners, _ = LAYOUTS[language]
    text = _sheet_text(title, [objectives, partners])
    practice = extract(read_sheet(f"{language}.txt", text.encode())).practice
    assert practice.objectives.startswith("w0")
    assert practice.partners_text.startswith("w1")


def test_one_bare_line_alone_is_no_layout() -> None:
    text = ("Night buses in Leeds\n\nWhere the idea came from\n\n"
            "The council asked drivers what they saw on the late routes every night.\n")
    sheet = read_sheet("a.txt", text.encode())
    assert sheet.sections == []
    assert sheet.preamble.startswith("Where the idea came from")


@pytest.mark.parametrize("line", [
    "- Where the idea came from", "The buses stop at ten places.", "City: Leeds",
    "A line of far more than six words standing alone here", "lower-case words only",
    "2. Where the idea came from",
])
def test_what_is_not_a_heading_in_such_a_layout(line: str) -> None:
    text = _sheet_text("Night buses", ["Objectives", "Partners"]) + (
        f"\n{line}\n\nThe council asked drivers what they saw on the late routes at night.\n")
    sheet = read_sheet("a.txt", text.encode())
    assert [s.heading for s in sheet.sections] == ["Objectives", "Partners"]


def test_a_short_line_over_a_short_line_is_an_address_not_a_heading() -> None:
    text = _sheet_text("Night buses", ["Objectives", "Partners"]) + (
        "\nJan Jansen\nCity of Leeds, transport office\n")
    sheet = read_sheet("a.txt", text.encode())
    assert [s.heading for s in sheet.sections] == ["Objectives", "Partners"]
    assert sheet.sections[-1].text.endswith("transport office")


def test_markdown_with_its_own_headings_keeps_bare_lines_as_text() -> None:
    text = ("# Night buses\n\n## Objectives\n\nFewer fights at taxi ranks.\n\n"
            "Where the idea came from\n\nThe council asked drivers what they saw on the "
            "late routes at night.\n\n## Partners\n\nThe bus company.\n")
    sheet = read_markdown("a.md", text)
    assert [s.heading for s in sheet.sections] == ["Objectives", "Partners"]
    assert "Where the idea came from" in sheet.sections[0].text


_UNKNOWN = st.lists(st.sampled_from(["Hoe", "Wie", "Cómo", "Where", "Perché", "Onde",
                                     "Quando", "idea", "came", "nacque", "kam"]),
                    min_size=1, max_size=5).map(lambda w: " ".join(w)[0].upper()
                                                + " ".join(w)[1:])


@given(st.lists(_UNKNOWN, min_size=1, max_size=4))
def test_any_unknown_bare_headings_between_known_ones_split_in_order(
        unknown: list[str]) -> None:
    headings = ["Objectives", *unknown, "Partners"]
    sheet = read_sheet("s.txt", _sheet_text("Night buses in Leeds", headings).encode())
    assert [s.heading for s in sheet.sections] == headings


# numbered headings with the text right under them ("3. Assessment")
NUMBERED = {
    "en": ("Objectives", "Assessment"), "fr": ("Objectifs", "Évaluation"),
    "es": ("Objetivos", "Evaluación"), "it": ("Obiettivi", "Valutazione"),
    "de": ("Ziele", "Evaluation"), "pt": ("Objetivos", "Avaliação"),
    "nl": ("Doelen", "Evaluatie"),
}


@pytest.mark.parametrize("language", sorted(NUMBERED))
def test_numbered_headings_over_their_text_open_sections(language: str) -> None:
    title = LAYOUTS[language][0]
    goals, evaluation = NUMBERED[language]
    text = (f"{title}\n\n1. {goals}\n{PARAGRAPH.format(word='w1').strip()}.\n\n"
            f"2. {evaluation}\n{PARAGRAPH.format(word='w2').strip()}.\n")
    sheet = read_markdown("sheet.txt", text)
    assert [s.heading for s in sheet.sections] == [f"1. {goals}", f"2. {evaluation}"]
    fields = [s.field for s in extract(read_sheet("sheet.txt", text.encode())).practice.sections]
    assert fields == ["objectives", "evaluation"]


def test_a_numbered_list_of_sentences_is_not_headings() -> None:
    text = ("Night buses in Leeds\n\nWhat the crews do\n\n"
            "1. Drivers are trained to notice people in distress.\n"
            "2. Stewards ride the last buses on Fridays and Saturdays.\n")
    headings = [s.heading for s in read_markdown("sheet.txt", text).sections]
    assert not any(h.startswith(("1.", "2.")) for h in headings)

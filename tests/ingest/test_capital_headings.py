"""Lines in capitals standing alone are headings in Markdown and plain text, and a sheet
with no section at all keeps its whole text (with a warning), never a fragment of it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.extract import extract
from repository.ingest.readers import read_sheet
from repository.ingest.readers.markdown import capitals_heading, read_markdown
from repository.ingest.readers.text import read_text
from tests.conftest import CORPUS

TUTOR = CORPUS / "es" / "agente-tutor-madrid.md"


def test_the_spanish_tutor_sheet_keeps_its_body_under_its_capital_headings() -> None:
    result = extract(read_sheet(str(TUTOR), TUTOR.read_bytes()))
    p = result.practice
    assert [s.heading for s in p.sections][:3] == ["Contexto", "Objetivos", "Actuaciones"]
    assert p.context and p.context.startswith("Los problemas de convivencia")
    assert p.objectives and "prevenir el absentismo" in p.objectives
    assert p.activities and "Vigilancia preventiva" in p.activities
    assert p.partners_text and "Fiscalía de Menores" in p.partners_text
    assert p.evaluation and "No se dispone de evaluaciones" in p.evaluation
    body = TUTOR.read_text()
    kept = "\n".join([p.summary or "", *(s.text for s in p.sections)])
    for paragraph in body.split("\n\n")[1:]:  # every paragraph after the title is somewhere
        if not capitals_heading(paragraph.strip()):
            assert paragraph.strip() in kept, paragraph[:60]


def test_capital_lines_in_plain_text_are_headings_too() -> None:
    text = ("Night mediators in Nantes\n\nMediators walk the centre at night.\n\n"
            "CONTEXTE\n\nDes conflits dans les rues.\n\n2. OBJECTIFS\n\nApaiser la nuit.\n")
    sheet = read_text("nantes.txt", text)
    assert sheet.title == "Night mediators in Nantes"
    assert [(s.heading, s.text) for s in sheet.sections] == [
        ("Contexte", "Des conflits dans les rues."), ("Objectifs", "Apaiser la nuit.")]


def test_what_is_not_a_capital_heading() -> None:
    for line in ("FAQ", "- CONTEXTO", "| TABLA |", "THIS SENTENCE IS SHOUTED.",
                 "Contexto", "ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE", "2024 — 12"):
        assert capitals_heading(line) is None, line
    assert capitals_heading("**RÉSULTATS :**") == "Résultats"
    sheet = read_markdown("a.md", "# T\n\nText about CCTV\nUNODC REPORT\nand more.\n")
    assert sheet.sections == []  # inside a paragraph, capitals are just words


_HEADING = st.lists(st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVWXYZÉÀÇÜÖÑ", min_size=4,
                            max_size=12), min_size=1, max_size=4).map(" ".join)
_TEXT = st.lists(st.sampled_from(["la ciudad", "les jeunes", "the police", "de wijk",
                                  "il quartiere", "um projeto", "die Stadt"]),
                 min_size=3, max_size=12).map(lambda words: " ".join(words) + ".")


@given(st.lists(st.tuples(_HEADING, _TEXT), min_size=1, max_size=6))
def test_any_capital_headings_split_the_sheet_in_order(parts: list[tuple[str, str]]) -> None:
    body = "\n\n".join(f"{heading}\n\n{text}" for heading, text in parts)
    sheet = read_markdown("s.md", f"# A title\n\nA first paragraph.\n\n{body}\n")
    assert sheet.preamble == "A first paragraph."
    assert [(s.heading, s.text) for s in sheet.sections] == [
        (h[0] + h[1:].lower(), t) for h, t in parts]


def test_a_sheet_without_any_section_keeps_its_whole_text_as_the_summary() -> None:
    text = ("# Café des parents à Lille\n\nLes parents se retrouvent chaque semaine.\n\n"
            "Une éducatrice anime les échanges et oriente vers les services.\n\n"
            "- accueil sans rendez-vous\n- ateliers\n")
    result = extract(read_sheet("cafe.md", text.encode()))
    summary = result.practice.summary or ""
    assert "Une éducatrice anime" in summary and "ateliers" in summary
    assert summary.startswith("Les parents se retrouvent")
    assert "no sections recognised; the whole text is kept as the summary" in result.warnings


def test_a_summary_field_and_the_body_are_both_kept_when_there_is_no_section() -> None:
    text = "---\nsummary: Parents meet weekly.\n---\n# Parents' café\n\nA long body.\n"
    result = extract(read_sheet("cafe.md", text.encode()))
    assert result.practice.summary == "Parents meet weekly.\n\nA long body."

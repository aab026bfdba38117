"""Every reader on a real file of its format, and the broken files' one-line errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fpdf import FPDF

from repository.config import Settings
from repository.errors import InvalidSheet, SheetError, UnreadableSheet
from repository.ingest.readers import SUFFIXES, detect_format, read_sheet
from repository.ingest.readers.text import read_text

from .conftest import FIXTURES

GOOD = FIXTURES / "good"
BROKEN = FIXTURES / "broken"


def read(path: Path, settings: Settings | None = None):
    return read_sheet(str(path), path.read_bytes(), settings)


def test_every_format_is_registered() -> None:
    assert set(SUFFIXES.values()) == {"md", "txt", "pdf", "docx", "html", "json", "yaml"}


def test_pdf_keeps_order_and_drops_headers_footers_and_page_numbers() -> None:
    sheet = read(GOOD / "night-mediators-lyon.pdf")
    assert sheet.format == "pdf"
    assert sheet.title == "Night Mediators in Lyon"
    assert sheet.metadata == {"City": "Lyon", "Country": "France"}
    assert [s.heading for s in sheet.sections] == [
        "1. Context", "2. Objectives", "3. Activities", "4. Budget", "5. Duration",
        "6. Evaluation", "7. Results",
    ]
    everything = sheet.preamble + "".join(s.text for s in sheet.sections)
    assert "Practice sheet" not in everything
    assert "Page " not in everything
    budget = next(s for s in sheet.sections if s.heading == "4. Budget")
    assert budget.text == "EUR 45.000 per year, paid by the city and the prefecture."


def test_pdf_paragraph_continues_across_a_page_break() -> None:
    sheet = read(GOOD / "night-mediators-lyon.pdf")
    activities = next(s for s in sheet.sections if s.heading == "3. Activities")
    assert activities.text.count("Mediators walk the district") == 6


def test_content_wins_over_the_suffix() -> None:
    sheet = read(GOOD / "pdf-named-as.md")
    assert sheet.format == "pdf" and sheet.title == "Night Mediators in Lyon"


def test_docx_headings_bold_paragraphs_and_field_table() -> None:
    sheet = read(GOOD / "fair-play-wien.docx")
    assert sheet.format == "docx"
    assert sheet.title == "Fair Play Teams Wien"
    assert sheet.metadata["Stadt"] == "Wien"
    assert sheet.metadata["Land"] == "Österreich"
    assert sheet.metadata["Budget"] == "€ 1,2 Mio. pro Jahr"
    assert sheet.preamble.startswith("Die Fair-Play-Teams")
    assert [s.heading for s in sheet.sections] == [
        "Ausgangslage", "Ziele und Zielgruppen", "Laufzeit", "Evaluation", "Besonderheiten",
    ]


def test_html_main_content_only() -> None:
    sheet = read(GOOD / "puntos-lila.html")
    assert sheet.format == "html"
    assert sheet.title == "Puntos Lila en las fiestas de Barcelona"
    text = sheet.preamble + " ".join(s.text for s in sheet.sections)
    assert "Inicio" not in text and "derechos reservados" not in text
    assert [s.heading for s in sheet.sections][:2] == ["Contexto", "Objetivos"]


def test_plain_text_labels_and_underlined_headings() -> None:
    sheet = read(GOOD / "street-pastors.txt")
    assert sheet.format == "txt"
    assert sheet.title == "Street Pastors in Glasgow"
    assert sheet.metadata == {"City": "Glasgow"}
    assert [s.heading for s in sheet.sections] == [
        "Context", "Objectives", "Budget", "Duration", "Evaluation",
    ]
    objectives = sheet.sections[1]
    assert objectives.text.startswith("Reduce harm")


def test_plain_text_without_any_heading() -> None:
    sheet = read_text("note.txt", "A title line\n\nSome text about the practice.\n")
    assert sheet.title == "A title line"
    assert sheet.preamble == "Some text about the practice."


def test_json_keys_in_french() -> None:
    sheet = read(GOOD / "correspondants-rennes.json")
    assert sheet.format == "json"
    assert sheet.metadata["titre"] == "Correspondants de nuit à Rennes"
    assert sheet.metadata["ville"] == "Rennes"
    headings = [s.heading for s in sheet.sections]
    assert "Contexte" in headings and "Anecdotes" in headings  # unknown keys kept


def test_yaml_keys_in_italian() -> None:
    sheet = read(GOOD / "vigili-torino.yaml")
    assert sheet.format == "yaml"
    assert sheet.metadata["paese"] == "Italia"
    assert sheet.metadata["temi"] == ["policing", "public_spaces"]


@pytest.mark.parametrize(
    ("name", "error", "message"),
    [
        ("truncated.pdf", UnreadableSheet, "truncated or corrupt"),
        ("encrypted.pdf", UnreadableSheet, "encrypted"),
        ("image-only.pdf", UnreadableSheet, "no text layer (scanned PDF?)"),
        ("not-really.pdf", UnreadableSheet, "not a PDF"),
        ("not-a-docx.docx", UnreadableSheet, "not a Word .docx document"),
        ("zip-bomb.docx", UnreadableSheet, "zip bomb"),
        ("entities.docx", UnreadableSheet, "DOCTYPE or entities"),
        ("no-main-content.html", UnreadableSheet, "no main content"),
        ("list.json", InvalidSheet, "a list, expected one sheet object"),
        ("empty.md", UnreadableSheet, "the file is empty"),
        ("garbage.md", UnreadableSheet, "binary content"),
        ("latin1.md", UnreadableSheet, "not valid UTF-8"),
        ("bad-front-matter.md", InvalidSheet, "invalid YAML front matter"),
    ],
)
def test_broken_files_give_one_line_naming_the_file(
    name: str, error: type[SheetError], message: str
) -> None:
    path = BROKEN / name
    with pytest.raises(error) as caught:
        read(path)
    text = str(caught.value)
    assert text.startswith(f"{path}: ")
    assert message in text
    assert "\n" not in text


def test_pdf_over_the_page_limit(small_limits: Settings) -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for n in range(small_limits.max_pdf_pages + 1):
        pdf.add_page()
        pdf.cell(0, 10, f"Page text {n}")
    with pytest.raises(UnreadableSheet, match="21 pages, over the 20-page limit"):
        read_sheet("long.pdf", bytes(pdf.output()), small_limits)


def test_zip_bomb_check_reads_no_more_than_the_directory() -> None:
    # 300 MB inflated; the check must refuse it from the ZIP directory alone
    data = (BROKEN / "zip-bomb.docx").read_bytes()
    assert len(data) < 1_000_000
    with pytest.raises(UnreadableSheet, match="zip bomb"):
        read_sheet("bomb.docx", data)


def test_text_formats_sniffed_from_content() -> None:
    assert detect_format("a.md", b"%PDF-1.7\n...") == "pdf"
    assert detect_format("a.txt", b'{"title": "x"}') == "json"
    assert detect_format("a.md", b"<!DOCTYPE html><html><body>x</body></html>") == "html"
    assert detect_format("a.yml", b"title: x\n") == "yaml"
    assert detect_format("a.md", b"# Title\n") == "md"
    with pytest.raises(UnreadableSheet, match="unsupported file type '.exe'"):
        detect_format("a.exe", b"MZ")
    with pytest.raises(UnreadableSheet, match=r"old binary Office file"):
        detect_format("a.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)


def test_yaml_list_and_scalar_are_refused() -> None:
    with pytest.raises(InvalidSheet, match="a list, expected one sheet object"):
        read_sheet("a.yaml", b"- title: a\n- title: b\n")
    with pytest.raises(InvalidSheet, match="holds a str"):
        read_sheet("a.yaml", b"just words\n")
    with pytest.raises(InvalidSheet, match=r"invalid JSON \(line 1"):
        read_sheet("a.json", b'{"title": ')


def test_markdown_unchanged() -> None:
    sheet = read_sheet("a.md", b"---\ntitle: T\n---\n# T\n\nSummary.\n\n## Context\n\nC.\n"
)
    assert sheet.format == "md" and sheet.metadata == {"title": "T"}
    assert [(s.heading, s.text) for s in sheet.sections] == [("Context", "C.")]


def test_docx_built_in_memory_with_title_style_and_plain_table() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Projet Phare", style="Title")
    document.add_paragraph("Ville : Paris")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"r{r}c{c}"
    document.add_heading("Objectifs du projet", level=2)
    document.add_paragraph("Lutter contre le harcèlement.", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    sheet = read_sheet("phare.docx", buffer.getvalue())
    assert sheet.title == "Projet Phare"
    assert sheet.metadata == {"Ville": "Paris"}
    assert "r0c0 | r0c1 | r0c2" in sheet.preamble
    assert sheet.sections[0].text == "- Lutter contre le harcèlement."

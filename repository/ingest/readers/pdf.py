"""PDF sheets with a text layer (pypdf): reading order kept, page furniture dropped.

pypdf keeps headings and paragraphs in reading order but also returns running
headers, footers and page numbers; lines that repeat at the top or bottom of most
pages (digits ignored, so "Page 3 of 7" counts) and bare page numbers are dropped.
Headings are recovered from lines that look like headings (`blocks.looks_like_heading`).
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

from repository.errors import UnreadableSheet
from repository.ingest.raw import RawSheet
from repository.ingest.readers.blocks import (
    Block,
    build_sheet,
    looks_like_heading,
    metadata_line,
)

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:(?:page|seite|página|pagina|pag\.|p\.)\s*)?\d{1,4}"
    r"(?:\s*(?:/|of|sur|de|di|von|van)\s*\d{1,4})?(?:\s*[-–—])?\s*$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.;,!?…]$")
_BULLET = re.compile(r"^\s*(?:[•▪◦·*-]|\d{1,2}[.)])\s+")
EDGE_LINES = 3  # how many lines at the top and bottom of a page may be furniture


def read_pdf(file: str, data: bytes, max_pages: int = 200) -> RawSheet:
    """Read a text PDF into a sheet; a clear error for scanned, encrypted or broken files."""
    pages, doc_title = _page_texts(file, data, max_pages)
    lines_per_page = [[line.rstrip() for line in text.splitlines()] for text, _ in pages]
    styles: dict[str, Style] = {}
    for _, page_styles in pages:
        for key, style in page_styles.items():
            styles.setdefault(key, style)
    if not any(line.strip() for page in lines_per_page for line in page):
        raise UnreadableSheet(file, "the PDF has no text layer (scanned PDF?); "
                              "run OCR on it or send the original document")
    furniture = _furniture(lines_per_page)
    lines: list[str] = []
    for page in lines_per_page:
        content = [line for line in page if line.strip()]
        for index, line in enumerate(content):
            at_edge = index < EDGE_LINES or index >= len(content) - EDGE_LINES
            if _PAGE_NUMBER.match(line) or (at_edge and _key(line) in furniture):
                continue
            lines.append(line.strip())
        lines.append("")  # a page break ends a paragraph
    body = _body_size(pages)
    blocks = _blocks(lines, styles, body)
    if doc_title and not any(b.level == 1 for b in blocks):
        return build_sheet(file, "pdf", blocks, title=doc_title)
    return build_sheet(file, "pdf", blocks)


def _page_texts(file: str, data: bytes, max_pages: int
                ) -> tuple[list[tuple[str, dict[str, Style]]], str | None]:
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (NotImplementedError, PyPdfError, DependencyError) as exc:
                raise UnreadableSheet(file, f"the PDF is encrypted and cannot be opened ({exc})"
                                      ) from None
            if not opened:
                raise UnreadableSheet(file, "the PDF is encrypted (password-protected); "
                                      "send an unprotected copy")
        count = len(reader.pages)
        if count == 0:
            raise UnreadableSheet(file, "the PDF has no pages (truncated or corrupt?)")
        if count > max_pages:
            raise UnreadableSheet(file, f"the PDF has {count} pages, over the {max_pages}-page "
                                  "limit (REPOSITORY_MAX_PDF_PAGES)")
        pages = []
        for page in reader.pages:
            runs: list[tuple[float, float, bool, str]] = []
            text = page.extract_text(visitor_text=_visitor(runs)) or ""
            pages.append((text, _styled_lines(runs)))
        title = reader.metadata.title if reader.metadata else None
        return pages, (str(title).strip() or None) if title else None
    except UnreadableSheet:
        raise
    except FileNotDecryptedError:
        raise UnreadableSheet(file, "the PDF is encrypted (password-protected); "
                              "send an unprotected copy") from None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, OSError, RecursionError, AssertionError) as exc:
        detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise UnreadableSheet(file, f"the PDF is truncated or corrupt ({detail})") from None


try:  # pypdf raises this for AES without a crypto library
    from pypdf.errors import DependencyError
except ImportError:  # pragma: no cover
    class DependencyError(Exception):  # type: ignore[no-redef]
        pass


@dataclass(frozen=True)
class Style:
    """How a line was set: its largest font size and whether it is all bold."""

    size: float
    bold: bool
    chars: int


def _visitor(runs: list[tuple[float, float, bool, str]]) -> Any:
    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text.strip():
            return
        scale = abs(tm[3] or tm[0] or 1) * abs(cm[3] or cm[0] or 1)
        y = round(tm[5] * (cm[3] or 1) + cm[5], 0)
        name = str(font.get("/BaseFont", "")) if font else ""
        runs.append((y, round(size * scale, 1), "bold" in name.lower(), text))

    return visit


def _styled_lines(runs: list[tuple[float, float, bool, str]]) -> dict[str, Style]:
    """Line text (whitespace-folded) → style, grouping runs on the same baseline."""
    lines: dict[str, Style] = {}
    group: list[tuple[float, float, bool, str]] = []

    def close() -> None:
        if group:
            text = _squash("".join(r[3] for r in group))
            chars = len(text)
            lines.setdefault(text, Style(max(r[1] for r in group), all(r[2] for r in group),
                                         chars))
            group.clear()

    for run in runs:
        if group and abs(run[0] - group[-1][0]) > 1:
            close()
        for part in run[3].split("\n"):
            if group and not part.strip():
                continue
            group.append((run[0], run[1], run[2], part))
            if run[3].endswith("\n"):
                close()
    close()
    return lines


def _body_size(pages: list[tuple[str, dict[str, Style]]]) -> float:
    """The font size most characters are set in."""
    weight: Counter[float] = Counter()
    for _, styles in pages:
        for style in styles.values():
            weight[style.size] += style.chars
    return weight.most_common(1)[0][0] if weight else 0.0


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))


def _furniture(pages: list[list[str]]) -> set[str]:
    """Lines found at the top or bottom of at least half the pages (two pages at least)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        content = [line for line in page if line.strip()]
        edge = content[:EDGE_LINES] + content[-EDGE_LINES:]
        counts.update({_key(line) for line in edge})
    needed = max(2, (len(pages) + 1) // 2)
    return {key for key, n in counts.items() if n >= needed}


def _blocks(lines: list[str], styles: dict[str, Style], body: float) -> list[Block]:
    """Lines to headings and paragraphs; wrapped lines are joined back into paragraphs.

    With font information, the largest lines at the start are the title and lines set
    larger than the body text (or bold on their own) are headings; without it, lines
    that look like headings are.
    """
    blocks: list[Block] = []
    paragraph: list[str] = []
    longest = max((len(line) for line in lines), default=80)
    title_size = max((st.size for st in styles.values()), default=0.0)
    styled = body > 0 and title_size > body

    def flush() -> None:
        if paragraph:
            blocks.append(Block(_unwrap(paragraph)))
            paragraph.clear()

    def style(line: str) -> Style | None:
        return styles.get(_squash(line))

    for line in lines:
        if not line:
            flush()
            continue
        st = style(line)
        if styled and st and st.size >= title_size and st.size > body and (
            not blocks or (blocks[-1].level == 1 and len(blocks) == 1 and not paragraph)
        ):
            if blocks:
                blocks[-1] = Block(f"{blocks[-1].text} {line}", 1)  # a title on two lines
            else:
                paragraph.clear()  # small print above the title is a running header
                blocks.append(Block(line, 1))
            continue
        if not styled and not blocks and not paragraph and len(line) <= 120 and (
            not line.endswith(".")
        ):
            blocks.append(Block(line, 1))  # the first line is the title
            continue
        if metadata_line(line) and not any(b.level > 1 for b in blocks):
            flush()
            blocks.append(Block(line))
            continue
        bullet = line.startswith(("•", "▪", "◦", "·", "*", "-", "—"))
        if styled and st:
            level = 2 if (st.size > body * 1.08 or (
                st.bold and len(line) <= 100 and ": " not in line
                and not _SENTENCE_END.search(line))) and not bullet else 0
            if st.bold and not level:
                flush()  # a bold line of its own is a paragraph of its own
                blocks.append(Block(line))
                continue
        else:
            level = 0 if bullet else looks_like_heading(line)
        if level:
            flush()
            blocks.append(Block(line, level))
            continue
        if _BULLET.match(line):
            flush()
        paragraph.append(line)
        if re.search(r"[.!?:]$", line) and len(line) < 0.7 * longest:
            flush()
    flush()
    return blocks


def _unwrap(lines: list[str]) -> str:
    text = ""
    for line in lines:
        if not text:
            text = line
        elif text.endswith("-") and not text.endswith(" -") and line[:1].islower():
            text = text[:-1] + line  # a word hyphenated at the line end
        elif _BULLET.match(line):
            text += "\n" + line
        else:
            text += " " + line
    return text

"""Word sheets (python-docx): heading styles, bold-only paragraphs, field/value tables.

Before python-docx parses anything the ZIP is checked (`office_zip`): it must hold
`word/document.xml`, unpack within limits (no zip bomb), and no XML part may declare a
DOCTYPE or entities (python-docx's parser already has `resolve_entities=False`; we
refuse such parts outright, as Word never writes them).
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from repository.errors import UnreadableSheet
from repository.ingest.raw import RawSheet
from repository.ingest.readers.blocks import Block, build_sheet, looks_like_heading
from repository.ingest.readers.office_zip import check_office_zip

_HEADING_STYLE = re.compile(
    r"^(?:heading|titre|überschrift|titolo|título|titulo|kop|rubrik|nagłówek)\s*(\d)", re.I
)
_TITLE_STYLE = re.compile(r"^(?:title|titre|titel|titolo|título|titulo)$", re.I)


def check_docx_zip(file: str, data: bytes) -> None:
    """Refuse a ZIP that is not a Word document, a zip bomb, or XML with entity declarations."""
    check_office_zip(file, data, "word/document.xml", "Word", "Word .docx document")


def read_docx(file: str, data: bytes) -> RawSheet:
    """Read a .docx sheet into title, metadata and sections."""
    check_docx_zip(file, data)
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise UnreadableSheet(file, f"not a readable Word document ({exc})") from None
    except Exception as exc:  # lxml's XMLSyntaxError and friends
        raise UnreadableSheet(file, f"the Word document is corrupt ({type(exc).__name__}: "
                              f"{str(exc).splitlines()[0] if str(exc) else ''})") from None

    blocks: list[Block] = []
    metadata: dict[str, Any] = {}
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            blocks.extend(_table_blocks(item, metadata))
        else:
            block = _paragraph_block(item)
            if block:
                blocks.append(block)
    title = (document.core_properties.title or "").strip() or None
    if title and blocks and blocks[0].level and " ".join(blocks[0].text.split()) == title:
        blocks[0] = Block(blocks[0].text, 1)  # a bold first line repeating the title
    if title and any(b.level == 1 for b in blocks):
        title = None  # the document's own Title paragraph wins over the file property
    return build_sheet(file, "docx", blocks, metadata, title=title)


def _paragraph_block(paragraph: Any) -> Block | None:
    text = paragraph.text.strip()
    if not text:
        return None
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if _TITLE_STYLE.match(style):
        return Block(text, 1)
    match = _HEADING_STYLE.match(style)
    if match:
        return Block(text, max(1, int(match.group(1))))
    runs = [r for r in paragraph.runs if r.text.strip()]
    if runs and all(r.bold for r in runs) and len(text) <= 100 and not text.endswith("."):
        return Block(text, 2)
    if looks_like_heading(text) and len(text) <= 60 and text.isupper():
        return Block(text, 2)
    if "List" in style:
        return Block(f"- {text}")
    return Block(text)


def _table_blocks(table: Any, metadata: dict[str, Any]) -> list[Block]:
    """A two-column table is field/value pairs (→ metadata); any other table is text rows.

    Extraction maps each key: metadata fields (city, themes …) to the record, section
    fields (Budget, Duration …) and unknown labels to sections of their own.
    """
    rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
    rows = [list(dict.fromkeys(r)) for r in rows if any(r)]  # merged cells repeat
    if not rows or any(len(r) != 2 for r in rows if len(r) > 1):
        return [Block("\n".join(" | ".join(r) for r in rows))] if rows else []
    for row in rows:
        if len(row) == 2 and row[0] and row[1]:
            metadata.setdefault(row[0], row[1])
    return []

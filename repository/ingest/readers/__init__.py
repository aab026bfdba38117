"""Readers: from a file's bytes to a `RawSheet`, one module per format.

The format is detected from the content (magic bytes, then structure) and the file
suffix only decides between text formats that look alike (Markdown, plain text,
YAML). A `.md` file that is really a PDF is read as a PDF; a `.pdf` file that is not
one is an error that says so.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from repository.errors import UnreadableSheet
from repository.ingest.raw import RawSheet
from repository.ingest.readers.markdown import read_markdown

if TYPE_CHECKING:
    from repository.config import Settings

# file suffix → format name
SUFFIXES: dict[str, str] = {
    ".md": "md", ".markdown": "md",
    ".txt": "txt", ".text": "txt",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".yaml": "yaml", ".yml": "yaml",
}
BINARY_FORMATS = ("pdf", "docx")
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                         r"<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def decode_text(file: str, data: bytes) -> str:
    """UTF-8 text of a file (BOM tolerated), or a clear error."""
    if not data.strip():
        raise UnreadableSheet(file, "the file is empty")
    if b"\x00" in data[:8192]:
        raise UnreadableSheet(file, "binary content, not a text sheet")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableSheet(
            file, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8"
        ) from None
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > max(8, len(sample) // 100):
        raise UnreadableSheet(file, "binary content, not a text sheet")
    return text


def detect_format(file: str, data: bytes) -> str:
    """The format of a file from its content; the suffix only breaks ties between texts."""
    suffix = "." + file.rsplit(".", 1)[-1].lower() if "." in file.rsplit("/", 1)[-1] else ""
    by_suffix = SUFFIXES.get(suffix)
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "docx"
    if data.startswith(_OLE):
        raise UnreadableSheet(file, "an old binary Office file (.doc/.xls); "
                              "save it as .docx or PDF")
    if by_suffix in BINARY_FORMATS:
        if not data.strip():
            raise UnreadableSheet(file, "the file is empty")
        what = "a PDF (no %PDF- header)" if by_suffix == "pdf" else "a Word .docx (not a ZIP)"
        raise UnreadableSheet(file, f"not {what}: the file is truncated, corrupt "
                              "or of another type")
    if by_suffix is None:
        known = ", ".join(sorted(SUFFIXES))
        raise UnreadableSheet(file, f"unsupported file type {suffix or '(none)'!r} "
                              f"(supported: {known})")
    text_head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if by_suffix in ("md", "txt", "html") and text_head[:1] in (b"{", b"["):
        try:
            json.loads(data.decode("utf-8-sig"))
            return "json"
        except (ValueError, UnicodeDecodeError):
            pass
    if by_suffix in ("md", "txt") and _HTML_START.match(head.decode("utf-8", "replace")):
        return "html"
    return by_suffix


def preload() -> None:
    """Import every format's reader and its library now (each is otherwise imported by
    the first file of its format: pypdf, python-docx and trafilatura take seconds)."""
    import docx  # noqa: F401
    import trafilatura  # noqa: F401

    from repository.ingest.readers import html, pdf, structured, text  # noqa: F401


def read_sheet(file: str, data: bytes, settings: Settings | None = None) -> RawSheet:
    """Read a sheet of any supported format."""
    fmt = detect_format(file, data)
    if fmt == "pdf":
        from repository.ingest.readers.pdf import read_pdf

        return read_pdf(file, data, settings.max_pdf_pages if settings else 200)
    if fmt == "docx":
        from repository.ingest.readers.docx import read_docx

        return read_docx(file, data)
    text = decode_text(file, data)
    if fmt == "html":
        from repository.ingest.readers.html import read_html

        return read_html(file, text)
    if fmt in ("json", "yaml"):
        from repository.ingest.readers.structured import read_json, read_yaml

        return read_json(file, text) if fmt == "json" else read_yaml(file, text)
    if fmt == "txt":
        from repository.ingest.readers.text import read_text

        return read_text(file, text)
    return read_markdown(file, text)

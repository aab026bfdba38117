"""Readers: from a file's bytes to a `RawSheet`, one module per format."""

from __future__ import annotations

from typing import TYPE_CHECKING

from repository.errors import UnreadableSheet
from repository.ingest.raw import RawSheet
from repository.ingest.readers.markdown import read_markdown

if TYPE_CHECKING:
    from repository.config import Settings

# file suffix → format name
SUFFIXES: dict[str, str] = {".md": "md", ".markdown": "md"}


def decode_text(file: str, data: bytes) -> str:
    """UTF-8 text of a file (BOM tolerated), or a clear error."""
    if not data.strip():
        raise UnreadableSheet(file, "the file is empty")
    if b"\x00" in data[:8192]:
        raise UnreadableSheet(file, "binary content, not a text sheet")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableSheet(
            file, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8"
        ) from None


def read_sheet(file: str, data: bytes, settings: Settings | None = None) -> RawSheet:
    """Read a sheet of any supported format."""
    suffix = "." + file.rsplit(".", 1)[-1].lower() if "." in file else ""
    if suffix not in SUFFIXES:
        known = ", ".join(sorted(SUFFIXES))
        raise UnreadableSheet(file, f"unsupported file type {suffix or '(none)'!r} "
                              f"(supported: {known})")
    return read_markdown(file, decode_text(file, data))

"""Shared by the line-based readers (PDF, plain text, DOCX): blocks → `RawSheet`.

A reader turns its file into a flat list of `Block`s — headings and paragraphs in
reading order — and `build_sheet` makes the sheet: the first level-1 heading (or the
first heading before any text) is the title, `Key: value` lines before the first
section whose key names a metadata field (city, country, themes …) become metadata,
and every later heading opens a section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from repository.ingest.headings import (
    METADATA_PREFIXES,
    field_for_heading,
    field_for_key,
    names_a_section,
)
from repository.ingest.raw import RawSection, RawSheet

# "City: Lyon", "**Ville :** Lyon (France)", "- Pays : France"
_KEY_VALUE = re.compile(
    r"^[\s>*•·-]*(?:\*\*|__)?\s*([^\W\d_][\w .'’/&()-]{0,40}?)\s*(?:\*\*|__)?\s*[:：]\s*"
    r"(?:\*\*|__)?\s*(.*?)\s*$"
)
# Keys that are metadata only (a `Budget:` line is a section, not metadata)
_METADATA_FIELDS = frozenset(METADATA_PREFIXES) - {"title", "kind", "publication", "id"}


@dataclass
class Block:
    """A heading (level ≥ 1) or a paragraph (level 0) of a sheet, in reading order."""

    text: str
    level: int = 0


@dataclass
class SheetParts:
    title: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    preamble: list[str] = field(default_factory=list)
    sections: list[RawSection] = field(default_factory=list)


def key_line(line: str) -> tuple[str, str, str] | None:
    """(key, value, field) when a line is a `Key: value` pair whose key names a field."""
    match = _KEY_VALUE.match(line)
    if not match or not match.group(2):
        return None
    key, value = match.group(1).strip(), match.group(2).strip().strip("*_ ").strip()
    if len(key.split()) > 4 or not value:
        return None
    name = field_for_key(key)
    return (key, value, name) if name else None


def metadata_line(line: str) -> tuple[str, str] | None:
    """(key, value) when a line is a `Key: value` pair whose key names a metadata field."""
    pair = key_line(line)
    return (pair[0], pair[1]) if pair and pair[2] in _METADATA_FIELDS else None


def build_sheet(file: str, fmt: str, blocks: list[Block],
                metadata: dict[str, Any] | None = None, title: str | None = None,
                warnings: list[str] | None = None) -> RawSheet:
    """Title, metadata, preamble and sections from blocks in reading order."""
    parts = SheetParts(title=title, metadata=dict(metadata or {}))
    heading: tuple[str, int] | None = None
    texts: list[str] = []

    def close() -> None:
        if heading is not None:
            parts.sections.append(RawSection(heading[0], _join(texts), heading[1]))

    for block in blocks:
        text = block.text.strip()
        if not text:
            continue
        if block.level:
            if parts.title is None and heading is None and (
                block.level == 1 or (not parts.preamble and (
                    field_for_heading(text) is None or not names_a_section(text)))
            ):
                parts.title = text
                continue
            close()
            heading, texts = (text, max(block.level, 2)), []
        elif heading is None:
            pair = metadata_line(text) if "\n" not in text else None
            if pair:
                parts.metadata.setdefault(pair[0], pair[1])
            else:
                parts.preamble.append(text)
        else:
            texts.append(text)
    close()
    return RawSheet(file=file, format=fmt, title=parts.title, metadata=parts.metadata,
                    preamble=_join(parts.preamble), sections=parts.sections,
                    warnings=list(warnings or []))


def _join(paragraphs: list[str]) -> str:
    return re.sub(r"\n{3,}", "\n\n", "\n\n".join(p.strip() for p in paragraphs)).strip()


_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,4}[.)]|[A-H][.)])\s+\S")
_SENTENCE_END = re.compile(r"[.;,!?…]$")


def looks_like_heading(line: str) -> int:
    """Heading level (2, or 3 for 1.2-style numbering) when a line reads like a heading, else 0.

    A heading is short, does not end a sentence, and is numbered, written in capitals,
    or names a known section ("Objectifs du projet").
    """
    text = line.strip()
    if not text or len(text) > 80 or _SENTENCE_END.search(text) or text.startswith(("•", "-")):
        return 0
    words = text.split()
    if len(words) > 9:
        return 0
    if _NUMBERED.match(text) and not re.match(r"^\s*\d+[\s.,]\d", text):
        return 3 if re.match(r"^\s*\d+\.\d+", text) else 2
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return 2
    if len(words) <= 6 and field_for_heading(text) is not None and text[0].isupper():
        return 2
    return 0

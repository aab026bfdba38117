"""Plain-text sheets: `CONTEXT:`-style labels, underlined headings, `Key: value` lines
(or `Key ...... value`, joined by leaders).

The text is rewritten as Markdown (a label becomes a `##` heading, the first short
line a `#` title) and read by the Markdown reader, which already knows underlined
(setext) headings; `Key: value` lines of the preamble become metadata.
"""

from __future__ import annotations

import re
from dataclasses import replace

from repository.ingest.headings import field_for_heading
from repository.ingest.raw import RawSheet
from repository.ingest.readers.blocks import key_line, metadata_line
from repository.ingest.readers.markdown import read_markdown

_LABEL = re.compile(r"^\s*([^\W\d_][\w .'’/&()-]{1,50}?)\s*[:：]\s*(.*)$")
_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
# "Avvio ............ 1996", "Budget …… 20 000 €": a key and its value joined by leaders
_LEADER = re.compile(r"^(\s*[^\W\d_][\w '’/&()-]{0,50}?)\s*(?:\.{3,}|…+)\s*(?=\S)", re.M)


def label_of(line: str) -> tuple[str, str] | None:
    """(heading, rest) when a line opens a section with a label: `CONTEXT:`, `Objectives: …`."""
    match = _LABEL.match(line)
    if not match:
        return None
    label, rest = match.group(1).strip(), match.group(2)
    letters = [c for c in label if c.isalpha()]
    shouting = len(letters) >= 3 and all(c.isupper() for c in letters)
    if len(label.split()) > 6:
        return None
    if shouting or (field_for_heading(label) is not None and metadata_line(line) is None):
        return label, rest
    return None


def to_markdown(text: str) -> str:
    """Plain text rewritten as Markdown headings the Markdown reader understands."""
    lines = text.splitlines()
    out: list[str] = []
    titled = False
    for i, line in enumerate(lines):
        next_line = lines[i + 1] if i + 1 < len(lines) else ""
        if line.lstrip().startswith("#"):
            titled = titled or line.lstrip().startswith("# ")
            out.append(line)
            continue
        if _UNDERLINE.match(next_line) and key_line(line):
            out.extend([line, ""])  # "Budget: €800,000" over a rule: a pair, not a heading
            continue
        if line.strip() and _UNDERLINE.match(next_line) and len(next_line.strip()) >= 3:
            titled = titled or next_line.strip().startswith("=")
            out.append(line)
            continue
        label = label_of(line) if line.strip() else None
        # `KEY: short value` lines before the first section are the sheet's metadata block
        in_metadata_block = not out_has_heading(out) and bool(label) and (
            metadata_line(line) is not None or 0 < len(label[1].strip()) <= 80)  # type: ignore[index]
        if label and not in_metadata_block:
            out.extend([f"## {label[0].title() if label[0].isupper() else label[0]}", ""])
            if label[1].strip():
                out.append(label[1].strip())
            continue
        if not titled and not out_has_heading(out) and line.strip() and not any(
            o.strip() for o in out
        ) and len(line) <= 150 and not metadata_line(line):
            pair = key_line(line)  # "Titel: Sichere Wege" is titled by its value
            out.append(f"# {pair[1] if pair and pair[2] == 'title' else line.strip()}")
            titled = True
            continue
        out.append(line)
    return "\n".join(out)


def out_has_heading(out: list[str]) -> bool:
    return any(o.startswith("## ") for o in out)


def read_text(file: str, text: str) -> RawSheet:
    """Split a plain-text sheet into title, metadata, preamble and sections."""
    sheet = _titled_by_first_heading(
        read_markdown(file, to_markdown(_LEADER.sub(r"\1: ", text))), text)
    metadata = dict(sheet.metadata)
    preamble: list[str] = []
    for line in sheet.preamble.splitlines():
        pair = metadata_line(line)
        if pair:
            metadata.setdefault(pair[0], pair[1])
        else:
            preamble.append(line)
    return replace(sheet, format="txt", metadata=metadata,
                   preamble=re.sub(r"\n{3,}", "\n\n", "\n".join(preamble)).strip())


def _titled_by_first_heading(sheet: RawSheet, text: str) -> RawSheet:
    """A sheet with no title whose first line is a heading ("Programa Comércio Seguro
    – PSP" over a rule of "-"): that line names the sheet, and its text is the preamble."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if sheet.title is not None or not sheet.sections or sheet.sections[0].heading != first:
        return sheet
    head, *rest = sheet.sections
    preamble = "\n\n".join(p for p in (sheet.preamble, head.text) if p.strip())
    return replace(sheet, title=head.heading, preamble=preamble, sections=rest)

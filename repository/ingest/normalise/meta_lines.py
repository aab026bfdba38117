"""`Label: value` pairs in lines of any layout, in the seven sheet languages.

A meta line may hold several pairs: "Stadt: Graz – Land: Österreich", "Ville : Rennes |
Pays : France", "Città: Bergamo · Paese: Italia", a Markdown table row "| Gemeente |
Utrecht |", or one pair per line. A pair counts when its label names a metadata field
(`headings.field_for_key`: city, country, region, themes, project, partners, funding,
start, end …); everything else is text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from repository.ingest.headings import field_for_key

# Separators between pairs on one line: dashes, bars, middle dots, bullets, tabs, wide gaps
_SEPARATOR = re.compile(r"\s+[–—|·•▪]\s+|\s*\|\s*|\t+|\s{3,}")
_TABLE_ROW = re.compile(r"^\s*\|(.+)\|\s*$")
# "City: Lyon", "**Ville :** Lyon (France)", "- Pays : France"
_PAIR = re.compile(
    r"^[\s>*•·-]*(?:\*\*|__)?\s*([^\W\d_][\w .'’/&()-]{0,40}?)\s*(?:\*\*|__)?\s*[:：]\s*"
    r"(?:\*\*|__)?\s*(.*?)\s*$")


def pair(text: str) -> tuple[str, str] | None:
    """(label, value) when a text is one `Label: value` pair whose label names a field."""
    match = _PAIR.match(text)
    if not match or not match.group(2):
        return None
    label, value = match.group(1).strip(), match.group(2).strip().strip("*_ ").strip()
    if len(label.split()) > 4 or not value or not field_for_key(label):
        return None
    return label, value
_RULE = re.compile(r"^[\s|:-]+$")


def pairs_in_line(line: str) -> list[tuple[str, str]]:
    """The (label, value) pairs of one line whose labels name a metadata field."""
    text = line.strip()
    if not text or _RULE.match(text):
        return []
    row = _TABLE_ROW.match(text)
    if row:
        cells = [c.strip(" *_") for c in row.group(1).split("|")]
        if len(cells) == 2 and cells[0] and cells[1] and field_for_key(cells[0]):
            return [(cells[0], cells[1])]
    parts = [p for p in _SEPARATOR.split(text) if p.strip()]
    found = []
    for part in parts:
        found_pair = pair(part.strip().rstrip("."))
        if found_pair:
            found.append(found_pair)
    return found


def pairs_in_text(text: str) -> list[tuple[str, str]]:
    """Every metadata pair of a text, line by line, in order."""
    return [pair for line in text.splitlines() for pair in pairs_in_line(line)]


def expand_value(label: str, value: str) -> list[tuple[str, str]]:
    """A metadata value that runs on into more pairs, split: ("Città", "Bergamo · Paese:
    Italia") → [("Città", "Bergamo"), ("Paese", "Italia")]."""
    parts = [p for p in _SEPARATOR.split(value) if p.strip()]
    if len(parts) < 2:
        return [(label, value)]
    rest = [pair(p.strip()) for p in parts[1:]]
    if not any(rest):
        return [(label, value)]
    out = [(label, parts[0].strip())]
    out.extend(p for p in rest if p)
    return out


def by_field(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Pairs keyed by the field their label names, the first of each kept."""
    fields: dict[str, str] = {}
    for label, value in pairs:
        name = field_for_key(label)
        if name and value:
            fields.setdefault(name, value)
    return fields

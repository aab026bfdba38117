"""Markdown sheets: optional YAML front matter, `#` title, `##` sections.

Sheets written without Markdown markup are read too: an underlined (setext) line is a
heading, and so is a short line in capitals standing alone after a blank line
(`CONTEXTO`, `2. OBJETIVOS:`), as many sheets pasted from a word processor have them,
and so is a short capitalised line standing alone over text (directly or after one
blank line) whose words name a field (`Partners`, `Evaluation`). In a sheet laid out
that way (at least two such lines and no `##` headings), a line of the same shape in
words no list knows (`Hoe het begon`, `Why now?`) is a heading too when a paragraph
follows it: the layout, not the wording, says what a heading is.
A sheet with no `#` title and no `title:` key takes its first line as the title when
that line reads as one: short, standing alone, not a sentence, a list item or a
`Key: value` pair.
"""

from __future__ import annotations

import re

import yaml

from repository.errors import InvalidSheet
from repository.ingest.headings import field_for_heading, field_for_key
from repository.ingest.key_names import field_for_name
from repository.ingest.raw import RawSection, RawSheet
from repository.ingest.readers.blocks import key_line, metadata_line

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^(```|~~~)")
_CAPS_NUMBERING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]?\s+")
_STATEMENT_END = re.compile(r"[.;,!…]$")  # a sentence's end, a question's allowed
_LIST_NUMBER = re.compile(r"^\d{1,3}[.)]\s")
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,4}[.)])\s+")
# "Fiche thématique : …", "Factsheet: …": a label that says what the sheet is, in a title
_SHEET_WORD = re.compile(r"^(?:fiches?|fichas?|schede?|scheda|fact ?sheets?|sheets?|"
                         r"themenblatt|themablad|factsheet|dossier)\b", re.I)


def read_markdown(file: str, text: str) -> RawSheet:
    """Split a Markdown sheet into front matter, title, preamble and headed sections."""
    metadata, body = _split_front_matter(file, text)
    title: str | None = None
    preamble: list[str] = []
    sections: list[RawSection] = []
    current: tuple[str, int] | None = None
    lines_of: list[str] = []
    in_fence = False

    def close() -> None:
        if current is not None:
            sections.append(RawSection(current[0], _clean("\n".join(lines_of)), current[1]))

    lines = body.splitlines()
    layout_headings = heading_lines_by_layout(lines)
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
        heading = None if in_fence else _heading(line, lines[i + 1] if i + 1 < len(lines) else "")
        if heading == ("", 0):  # the underline of a setext heading
            continue
        if heading is None and not in_fence and (i == 0 or not lines[i - 1].strip()):
            caps = capitals_heading(line)
            if caps:
                first = title is None and not sections and current is None and not any(
                    p.strip() for p in preamble)
                heading = (caps, 1 if first else 2)
            elif i > 0 and (named_heading(line, _text_below(lines, i)) or i in layout_headings):
                heading = (line.strip().rstrip(":： ").strip("*_ "), 2)
        if heading:
            text_, level = heading
            if level == 1 and title is None and not sections and current is None:
                title = text_
                continue
            close()
            current, lines_of = (text_, level), []
        elif current is None:
            preamble.append(line)
        else:
            lines_of.append(line)
    close()
    if title is None and not _has_title_key(metadata):
        title, preamble = first_line_title(preamble)
    if title is None and not _has_title_key(metadata):
        title, preamble = _named_first_line(preamble)
    return RawSheet(
        file=file,
        format="md",
        title=title,
        metadata=metadata,
        preamble=_clean("\n".join(preamble)),
        sections=sections,
    )


def named_heading(line: str, next_line: str) -> bool:
    """Whether a line standing alone over text is a section heading by its words: short,
    capitalised, not a sentence (a question may be: "Has it been evaluated?") or a
    `Key: value` pair, naming a field ("Partners", "Evaluation", "Ziele und Zielgruppen:")."""
    text = line.strip()
    words = _SECTION_NUMBER.sub("", text.rstrip(":： ").strip("*_ "))  # "3. Assessment"
    first_letter = next((c for c in words if c.isalpha()), "")  # "¿Funcionó?" opens with ¿
    if (not next_line.strip() or not words or len(words) > 60 or len(words.split()) > 6
            or not first_letter.isupper() or _STATEMENT_END.search(words) or ":" in words
            or metadata_line(text) is not None):
        return False
    return field_for_heading(words) is not None


def _text_below(lines: list[str], i: int) -> str:
    """The line under line `i`, or the one after a single blank line."""
    below = lines[i + 1:i + 3]
    if below and below[0].strip():
        return below[0]
    return below[1] if len(below) == 2 and not below[0].strip() else ""


def _heading_shaped(line: str, below: str) -> bool:
    """A short capitalised line (at most 6 words, 60 characters), no sentence, list item,
    table row or `Key: value` pair, over a paragraph (eight words or more) longer than itself."""
    text = line.strip().rstrip(":： ").strip("*_ ")
    first_letter = next((c for c in text if c.isalpha()), "")  # "¿Por qué?" opens with ¿
    if (not text or len(text) > 60 or len(text.split()) > 6 or not first_letter.isupper()
            or line.lstrip()[:1] in "-+*>|<![`~=#" or _LIST_NUMBER.match(line.strip())
            or _STATEMENT_END.search(text) or metadata_line(line.strip()) is not None):
        return False
    return len(below.split()) >= 8 and len(below.strip()) > len(text)


def heading_lines_by_layout(lines: list[str]) -> set[int]:
    """Indexes of heading-shaped lines standing alone after a blank line in a sheet whose
    layout is such lines: at least two headings stand alone (in capitals or naming a
    field) and no line is a `##` heading."""
    if any((m := _HEADING.match(line)) and len(m.group(1)) > 1 for line in lines):
        return set()
    below = {i: _text_below(lines, i) for i in range(1, len(lines))
             if lines[i].strip() and not lines[i - 1].strip()}  # the lines standing alone
    named = [i for i in below if capitals_heading(lines[i]) or named_heading(lines[i], below[i])]
    if len(named) < 2:
        return set()
    return {i for i in below if _heading_shaped(lines[i], below[i])}


def first_line_title(lines: list[str]) -> tuple[str | None, list[str]]:
    """(title, the other lines) when the first non-blank line reads as a title: at most
    150 characters and 20 words, followed by a blank line, a `Key: value` line or nothing,
    not ending like a sentence or a label, not a list item, a table row or markup."""
    index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if index is None:
        return None, lines
    line = lines[index].strip()
    pair = key_line(line)
    if pair and pair[2] == "title":  # "Titel: Sichere Wege für Frauen"
        return pair[1], lines[:index] + lines[index + 1:]
    following = next((x for x in lines[index + 1:index + 2]), "")
    standalone = not following.strip() or metadata_line(following) is not None
    if (not standalone or len(line) > 150 or len(line.split()) > 20 or line[0] in "-+*>|<![`~="
            or re.search(r"[.;,:：]$", line) or re.search(r"[.!?]\s+\S", line)
            or (metadata_line(line) is not None and not _SHEET_WORD.match(line))
            or _LIST_NUMBER.match(line) or _labelled(line)):
        return None, lines
    return line.strip("*_ ").strip() or None, lines[:index] + lines[index + 1:]


def _named_first_line(lines: list[str]) -> tuple[str | None, list[str]]:
    """(title, the other lines) when a sheet would have no title and its first line is
    `Name: subtitle` whose name is no key's whole name, only words that start like one
    ("Ville Vie Vacances : des vacances pour les jeunes", not "Ville : Lyon")."""
    if any((pair := key_line(line)) and pair[2] == "title" for line in lines):
        return None, lines
    index = next((i for i, line in enumerate(lines) if line.strip()), None)
    pair = key_line(lines[index]) if index is not None else None
    if (index is None or pair is None or field_for_name(pair[0]) is not None
            or len(lines[index]) > 150 or len(pair[0].split()) < 2):
        return None, lines
    return lines[index].strip(), lines[:index] + lines[index + 1:]


def _labelled(line: str) -> bool:
    """A `Contact: …`-style line: a short label naming a field, then a colon ("Fiche
    thématique : …", "Project: …" name what the sheet is, and make titles)."""
    label, colon, _ = line.partition(":")
    return bool(colon) and len(label.split()) <= 3 and field_for_key(label) not in (
        None, "themes", "kind", "project", "title")


def _has_title_key(metadata: dict[str, object]) -> bool:
    return any(field_for_key(str(k)) == "title" and v for k, v in metadata.items())


def _heading(line: str, next_line: str) -> tuple[str, int] | None:
    """(text, level) for an ATX or setext heading line; ('', 0) for a setext underline."""
    match = _HEADING.match(line)
    if match:
        return match.group(2).strip(), len(match.group(1))
    if _SETEXT.match(line) and len(line.strip()) >= 3:
        return "", 0
    if line.strip() and _SETEXT.match(next_line) and len(next_line.strip()) >= 3:
        return line.strip(), 1 if next_line.strip().startswith("=") else 2
    return None


def capitals_heading(line: str) -> str | None:
    """The heading a line in capitals stands for ("FORMACIÓN" → "Formación"), or None.

    Short (at most 8 words, 80 characters), not a sentence (a question is allowed), not
    a list item or a table row, at least four letters, every letter a capital;
    numbering, a trailing colon and bold markers are allowed around it.
    """
    text = line.strip()
    if not text or len(text) > 80 or text[0] in "-+>|#<![`~=":
        return None
    text = text.strip("*_ ").rstrip(":： ").strip()
    text = _CAPS_NUMBERING.sub("", text)
    if not text or _STATEMENT_END.search(text) or len(text.split()) > 8:
        return None  # a question ("¿FUNCIONÓ?", "QUI LE GÈRE ?") is a heading
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return None
    first = next(i for i, c in enumerate(text) if c.isalpha())
    return text[:first + 1] + text[first + 1:].lower()


def _split_front_matter(file: str, text: str) -> tuple[dict[str, object], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise InvalidSheet(file, f"invalid YAML front matter{where}: {_first_line(exc)}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InvalidSheet(file, "front matter must be a mapping of `key: value` lines")
    return {str(k): v for k, v in data.items()}, text[match.end() :]


def _first_line(exc: Exception) -> str:
    problem = getattr(exc, "problem", None)
    return str(problem or exc).splitlines()[0]


def _clean(text: str) -> str:
    """Trim blank edges and collapse runs of blank lines."""
    return re.sub(r"\n{3,}", "\n\n", text).strip()

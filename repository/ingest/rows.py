"""From a table's rows to `Practice` records: the column → field mapping, one sheet per row.

Pure functions. Each column is mapped as a key is (`headings.field_for_key`: whole names
in seven languages and common database spellings, then word prefixes); a column that
names no field, or a second column for a one-value field, is kept as an extra field of
each row (shown on the page, listed once per file). A mapping chosen in the workspace
overrides the detected one, column by column; `extra` keeps a column as an extra field
and `ignore` leaves it out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from slugify import slugify

from repository.errors import InvalidSheet, SheetError
from repository.ingest.extract import extract
from repository.ingest.headings import field_for_heading, field_for_key
from repository.ingest.normalise.themes import theme_keys
from repository.ingest.raw import RawSection, RawSheet
from repository.ingest.readers.tables import Row, Table, header_names
from repository.model import PROFILE_FIELDS, SECTION_FIELDS, Practice, Source

EXTRA, IGNORE = "extra", "ignore"
# what a column can hold, in the order the workspace offers them
FIELDS: tuple[str, ...] = (
    "id", "title", "summary", "country", "city", "region", "language", "kind", "themes",
    "target_groups", "project", "lead_organisation", "lead_organisation_type", "partners",
    "funding", "urls", "start", "end", "evidence", *SECTION_FIELDS,
    # an ID sheet's and a resource's own fields, and the links between records
    "competencies", *PROFILE_FIELDS, "resource_type", "formats", "resource_languages",
    "resources", "related_practices")
_ONE_VALUE = tuple(f for f in FIELDS if f not in (*SECTION_FIELDS, *PROFILE_FIELDS))
_SECTION_HEADINGS = {"partners_text": "Partners", "budget_text": "Budget",
                     "duration_text": "Duration"}
# warnings about the table's columns, said once for the file instead of once per row
_ONCE_PER_FILE = ("sections kept as extra", "no sections recognised")
_VERSION = re.compile(r"^(?:v?\d+(?:\.\d+)*|final|latest|new|copy|updated?|rev\d*|export)$")


_TITLE_KEY = "title"


def key_value_sheets(table: Table) -> Table:
    """The table with each worksheet laid out as one sheet's field/value pairs (a first
    column of field names, "Title | …", "Ville | …", "Kontext | …", and their values
    beside them) turned into one row of that sheet; other worksheets are left as they are.
    """
    groups: list[list[str]] = []
    names: list[str] = []
    rows: list[Row] = []
    folded: list[int] = []  # the rows made of a worksheet's pairs
    for index, headers in enumerate(table.groups):
        own = [r for r in table.rows if r.group == index]
        pairs = _pairs(headers, own)
        names.append(table.names[index])
        if pairs is None:
            groups.append(headers)
            rows += [replace(r, group=len(groups) - 1) for r in own]
            continue
        values = dict(zip(header_names([k for k, _ in pairs]), (v for _, v in pairs),
                          strict=True))
        groups.append(list(values))
        prefix, first = own[0].where.rsplit(" ", 1)  # "row 2", "Sheet 1 row 2"
        if pairs[0] == (headers[0], headers[-1]) and first.isdigit():
            first = str(int(first) - 1)  # the header row is the first pair
        where = f"{prefix}s {first}–{own[-1].where.rsplit(' ', 1)[-1]}"  # "rows 2–13"
        warnings = tuple(w for r in own for w in r.warnings)
        folded.append(len(rows))
        rows.append(Row(where, values, warnings, group=len(groups) - 1))
    if groups == table.groups:
        return table
    if len(folded) == 1 and len(rows) > 1:
        groups, names, rows = _with_companions(groups, names, rows, rows[folded[0]])
    headers = list(dict.fromkeys(h for g in groups for h in g))
    return replace(table, headers=headers, groups=groups, names=names, rows=rows)


def _with_companions(groups: list[list[str]], names: list[str], rows: list[Row], sheet: Row
                     ) -> tuple[list[list[str]], list[str], list[Row]]:
    """One field/value sheet and worksheets beside it that cannot be sheets (no column
    names a title: "Indicator | Who records | For whom"): those worksheets are sections of
    that sheet, headed by their names, one line a row."""
    others = [r for r in rows if r is not sheet]
    if any(_has_title(detect_mapping([groups[r.group]]), groups[r.group]) for r in others):
        return groups, names, rows
    values = dict(sheet.values)
    for row in others:
        name = names[row.group]
        line = "; ".join(f"{k}: {_text(v)}" for k, v in row.values.items())
        values[name] = f"{values[name]}\n{line}" if name in values else line
    merged = Row(sheet.where, values, sheet.warnings + tuple(w for r in others
                                                              for w in r.warnings))
    return [list(values)], [names[sheet.group]], [merged]


def _pairs(headers: list[str], rows: list[Row]) -> list[tuple[str, Any]] | None:
    """A worksheet's (field name, value) pairs when it is laid out as one sheet: at most
    two columns, three first-column cells or more name a field, and most of them do unless
    one is the title (a fact sheet's free headings are its sections); else None.
    The header row is a pair too unless it names no field ("Field | Value")."""
    if not rows or not 1 <= len(headers) <= 2 or any(r.error for r in rows):
        return None
    key_column = headers[0]
    value_column = headers[1] if len(headers) > 1 else None
    pairs = [(str(r.values[key_column]).strip(), r.values.get(value_column or ""))
             for r in rows if key_column in r.values]
    if value_column is not None and field_for_key(key_column) in FIELDS:
        pairs.insert(0, (key_column, value_column))
    pairs = [(k, v) for k, v in pairs if k and v is not None and len(k) <= 60]
    named = [field_for_key(k) or field_for_heading(k) for k, _ in pairs]
    known = sum(1 for name in named if name in FIELDS)
    if known < 3 or (known * 2 < len(pairs) and "title" not in named):
        return None
    if "title" not in named:
        # no title key: the project's name ("Projekt | …"), else a first pair naming no
        # field ("Stichwort | Text" over "Angebot | Nachttaxi …") is the sheet's title
        at = named.index("project") if "project" in named else 0 if named[0] is None else -1
        if at < 0:
            return None
        return [(_TITLE_KEY, pairs[at][1]), *pairs[:at], *pairs[at + 1:]]
    return pairs


def detect_mapping(groups: list[list[str]]) -> dict[str, str]:
    """Each column's field, or `extra`: in each worksheet's headers (`groups`), the first
    column of a one-value field takes it."""
    out: dict[str, str] = {}
    for headers in groups:
        taken: set[str] = set()
        for header in headers:
            name = field_for_key(header)
            if name not in FIELDS or (name in _ONE_VALUE and name in taken) or \
                    out.get(header, name) != name:
                out.setdefault(header, EXTRA)
                continue
            out[header] = name
            taken.add(name)
    return out


def merged_mapping(groups: list[list[str]], chosen: Mapping[str, str] | None
                   ) -> dict[str, str]:
    """The detected mapping with the chosen one laid over it (unknown choices ignored)."""
    mapping = detect_mapping(groups)
    for header, name in (chosen or {}).items():
        if header in mapping and name in (*FIELDS, EXTRA, IGNORE):
            mapping[header] = name
    return mapping


def check_mapping(mapping: Mapping[str, str], groups: list[list[str]], file: str) -> None:
    """A mapping a table can be read with: a title column (in one worksheet at least),
    and no one-value field twice in a worksheet; errors name the file."""
    if groups and not any(_has_title(mapping, headers) for headers in groups):
        columns = ", ".join(repr(h) for h in groups[0]) or "none"
        raise InvalidSheet(file, f"no column is the title (columns: {columns}); name "
                           "one `title` (or `name`), or choose it in the workspace")
    for headers in groups:
        chosen = [mapping[h] for h in headers if mapping.get(h) not in (EXTRA, IGNORE, None)]
        twice = sorted({n for n in chosen if n in _ONE_VALUE and chosen.count(n) > 1})
        if twice:
            raise InvalidSheet(file, "more than one column for " + ", ".join(twice))


def _has_title(mapping: Mapping[str, str], headers: list[str]) -> bool:
    return any(mapping.get(h) == "title" for h in headers)


def usable_rows(table: Table, mapping: Mapping[str, str]) -> tuple[list[Row], list[str]]:
    """The rows to import, and a note for each worksheet left out for want of a title
    column (a workbook's lookup or notes sheet)."""
    skipped = {i for i, headers in enumerate(table.groups) if not _has_title(mapping, headers)}
    notes = [f"a worksheet with the columns {', '.join(repr(h) for h in table.groups[i][:4])}"
             " has no title column: its rows were left out" for i in sorted(skipped)]
    return [r for r in table.rows if r.group not in skipped], notes


def extra_columns(mapping: Mapping[str, str]) -> list[str]:
    return [header for header, name in mapping.items() if name == EXTRA]


def export_name(file: str) -> str:
    """The export a file is a version of: its name without trailing dates and version
    numbers (`cases-2024-06.csv`, `Cases_v3.xlsx` → `cases`)."""
    words = slugify(Path(file).stem).split("-")
    while len(words) > 1 and _VERSION.match(words[-1]):
        words.pop()
    return "-".join(words) or "export"


@dataclass
class RowOutcome:
    """A row read: its record and warnings, or why it failed."""

    where: str
    practice: Practice | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    explicit_id: bool = False


def row_practice(row: Row, mapping: Mapping[str, str], source: Source,
                 start_inference: str = "learned") -> RowOutcome:
    """One row as a record (a `SheetError` of the row becomes its failure)."""
    if row.error:
        return RowOutcome(row.where, error=row.error)
    try:
        practice, warnings, explicit = _practice(row, mapping, source, start_inference)
    except SheetError as exc:
        return RowOutcome(row.where, error=exc.problem)
    return RowOutcome(row.where, practice, [*row.warnings, *warnings], explicit_id=explicit)


def _practice(row: Row, mapping: Mapping[str, str], source: Source, start_inference: str
              ) -> tuple[Practice, list[str], bool]:
    metadata: dict[str, Any] = {}
    sections: list[RawSection] = []
    extras: set[str] = set()
    for header, value in row.values.items():
        name = mapping.get(header, EXTRA)
        if name == IGNORE:
            continue
        if name == EXTRA:
            sections.append(RawSection(header, _text(value)))
            extras.add(header)
        elif name in SECTION_FIELDS:
            heading = header if field_for_heading(header) == name else _heading(name)
            sections.append(RawSection(heading, _text(value)))
        else:
            metadata[name] = value if isinstance(value, list) else _text(value)
            if name == "themes" and theme_keys(_items(value))[1]:
                sections.append(RawSection(header, _text(value)))  # keep what is unknown
                extras.add(header)
    title = metadata.get("title")
    if not title:
        raise InvalidSheet(row.where, "the row has no title (its title cell is empty)")
    explicit = bool(metadata.get("id"))
    if explicit:
        metadata["id"] = _explicit_id(str(metadata["id"]), source.export or "")
    # the summary is the preamble too, so a row of a title and a description is a sheet
    preamble = str(metadata.get("summary") or "")
    raw = RawSheet(file=row.where, format=source.format, metadata=metadata,
                   preamble=preamble, sections=sections)
    extraction = extract(raw, source, start_inference=start_inference)
    practice = _as_extra(extraction.practice, extras)
    warnings = [w for w in extraction.warnings if not w.startswith(_ONCE_PER_FILE)]
    return practice, warnings, explicit


def _explicit_id(value: str, export: str) -> str:
    """An id column's value as a record id; a bare number gets the export's name first,
    so row 17 of two different exports are two records."""
    slug = slugify(value, max_length=80, word_boundary=True)
    if not slug:
        raise InvalidSheet("id", f"the id {value!r} has no letter or digit")
    return f"{export}-{slug}" if slug.replace("-", "").isdigit() and export else slug


def _as_extra(practice: Practice, extras: set[str]) -> Practice:
    """Columns kept as extra stay extra even when their name reads like a section."""
    if not extras or not any(s.heading in extras and s.field for s in practice.sections):
        return practice
    sections = [s.model_copy(update={"field": None}) if s.heading in extras else s
                for s in practice.sections]
    return practice.model_copy(update={"sections": sections})


def _heading(name: str) -> str:
    return _SECTION_HEADINGS.get(name, name.replace("_", " ").capitalize())


def _items(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [v for v in re.split(r"\s*[;,\n]\s*", str(value)) if v]


def _text(value: Any) -> str:
    """A cell as text: lists as lines, objects as `key: value` lines."""
    if isinstance(value, list):
        return "\n".join(f"- {_text(v)}" for v in value)
    if isinstance(value, dict):
        return "\n".join(f"{k}: {_text(v)}" for k, v in value.items())
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e15 else json.dumps(value)
    return str(value).strip()

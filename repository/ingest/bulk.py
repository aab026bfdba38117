"""A spreadsheet or export as a batch of sheets: what the reading worker does with it.

`open_table` reads the whole table once (the bytes are within the file size limit);
`read_rows` turns a chunk of its rows into records, so the caller embeds and stores a
chunk at a time and memory does not grow with the number of rows. Both run in
`pipeline.SheetReader`'s worker process, within its time limit; whatever a parser
raises there is the file's (or the row's) failure, never an exception that escapes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from repository.config import Settings
from repository.errors import SheetError
from repository.ingest.failures import damaged
from repository.ingest.readers.tables import Row, Table, read_table
from repository.ingest.rows import RowOutcome, key_value_sheets, row_practice
from repository.model import Source


def open_table(name: str, data: bytes, settings: Settings) -> Table:
    """A table's headers and rows (a worksheet of one sheet's field/value pairs as one
    row: `rows.key_value_sheets`); any parser error names the file."""
    del settings  # the same signature as `read_data`, for the worker
    try:
        return key_value_sheets(read_table(name, data))
    except SheetError:
        raise
    except Exception as exc:
        raise damaged(name, exc, name.rsplit(".", 1)[-1].lower()) from None


def read_rows(rows: list[Row], mapping: Mapping[str, str], source: Source,
              start_inference: str = "learned") -> list[RowOutcome]:
    """Each row as a record, or its failure (a row's bad cell never stops the others);
    `start_inference` as `extract` takes it."""
    out = []
    for row in rows:
        try:
            outcome = row_practice(row, mapping, source.model_copy(update={"row": row.where}),
                                   start_inference)
        except Exception as exc:  # an extractor's bug on one row: that row's failure
            outcome = RowOutcome(row.where, error=f"could not be read ({type(exc).__name__})")
        out.append(outcome)
    return out


@dataclass
class TableReport:
    """What the report says once for a table file."""

    file: str
    format: str
    rows: int
    blank_rows: int
    columns: dict[str, str]  # header → field, `extra` or `ignore`
    extra_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"file": self.file, "format": self.format, "rows": self.rows,
                "blank_rows": self.blank_rows, "columns": self.columns,
                "extra_columns": self.extra_columns, "notes": self.notes}

    def line(self) -> str:
        """One line for the terminal summary."""
        parts = [f"{self.rows} row(s)"]
        if self.blank_rows:
            parts.append(f"{self.blank_rows} blank row(s) skipped")
        if self.extra_columns:
            parts.append("columns kept as extra fields: "
                         + ", ".join(repr(c) for c in self.extra_columns))
        return f"{self.file}: " + "; ".join(parts + self.notes)

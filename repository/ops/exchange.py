"""Export normalised records (JSONL, CSV) and import a JSONL export back.

An export holds every field of every record, `source.file` included, so a batch
can be checked in a spreadsheet and a store restored from a backup; the CSV adds the
derived safety domains (JSONL stays the record itself, so it imports back). The records
come from `Store.records` (by filter, in id order) or `Store.get_many`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from repository.csv_safety import safe_row
from repository.errors import SheetError
from repository.model import Budget, Practice, Source, YearMonth
from repository.search.store import Status, Store
from repository.vocabulary.safety_domains import practice_domains

CSV_LIST_SEPARATOR = "; "


def to_jsonl(practices: Iterable[Practice]) -> Iterator[str]:
    """One JSON object per line, every field."""
    for practice in practices:
        yield json.dumps(practice.model_dump(mode="json"), ensure_ascii=False) + "\n"


_NESTED = {"source": Source, "budget": Budget, "start": YearMonth, "end": YearMonth}


def flatten(practice: Practice) -> dict[str, str]:
    """A record as flat CSV cells: nested objects as `a.b`, lists joined by '; ', and its
    safety domains (derived, `safety_domains.practice_domains`) last."""
    out: dict[str, str] = {}

    def put(prefix: str, value: Any) -> None:
        if prefix == "provenance":  # one cell: its keys differ from record to record
            out[prefix] = json.dumps(value, ensure_ascii=False) if value else ""
        elif isinstance(value, dict):
            for key, inner in value.items():
                put(f"{prefix}.{key}" if prefix else key, inner)
        elif isinstance(value, list):
            if value and isinstance(value[0], dict):
                out[prefix] = json.dumps(value, ensure_ascii=False)
            else:
                out[prefix] = CSV_LIST_SEPARATOR.join(str(v) for v in value)
        else:
            out[prefix] = "" if value is None else str(value)

    data = practice.model_dump(mode="json")
    for name, model in _NESTED.items():  # empty nested fields still get their columns
        if data.get(name) is None:
            data[name] = dict.fromkeys(model.model_fields)
    put("", data)
    out["safety_domains"] = CSV_LIST_SEPARATOR.join(practice_domains(practice))
    return out


def to_csv(practices: Iterable[Practice]) -> Iterator[str]:
    """A header line, then one row per record; columns are every field of the record
    (present even when no record is exported). Cells are safe to open in a spreadsheet."""
    rows = [flatten(p) for p in practices]
    columns: dict[str, None] = dict.fromkeys(flatten(Practice(id="", title="")))
    for row in rows:
        columns.update(dict.fromkeys(row))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), restval="")
    writer.writeheader()
    for row in rows:
        writer.writerow(safe_row(row))  # no cell may run as a spreadsheet formula
    yield buffer.getvalue()


def read_jsonl(path: Path) -> Iterator[Practice]:
    """Records of a JSONL export; a bad line is an error naming the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SheetError(path, f"cannot read the export: {exc}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield Practice.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise SheetError(path, f"line {number}: not JSON ({exc.msg})") from None
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise SheetError(path, f"line {number}: {where}: {first['msg']}") from None


def import_jsonl(store: Store, path: Path) -> list[tuple[str, Status]]:
    """Restore records from an export; the whole file is validated before anything is written."""
    practices = list(read_jsonl(path))
    statuses = store.put_many(practices)
    return [(p.id, s) for p, s in zip(practices, statuses, strict=True)]

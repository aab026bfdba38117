"""View models for the workspace pages: templates only loop over what is computed here."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from repository.model import SECTION_FIELDS, Practice
from repository.workspace.edits import (
    LIST_FIELDS,
    SECTION_HEADINGS,
    TEXT_FIELDS,
    missing_fields,
    unsure_fields,
)
from repository.workspace.imports import ImportReport
from repository.workspace.sheets import SheetState

LABELS = {"title": "Title", "summary": "Summary", "city": "City", "region": "Region",
          "project": "Project / programme", "funding": "Funding", "language": "Language",
          "partners": "Partners (comma-separated)", "target_groups": "Target groups",
          "kind": "Kind", "country": "Country", "themes": "Themes", **SECTION_HEADINGS}
LONG = ("summary", *SECTION_FIELDS)


@dataclass
class FieldView:
    name: str
    label: str
    widget: str  # text | textarea
    value: str = ""
    unsure: str | None = None  # the extraction warning about this field


def edit_fields(record: Practice, warnings: list[str]) -> list[FieldView]:
    """Every editable text field with its current value, widget and any doubt about it
    (the normalised facts are `facts.fact_rows`)."""
    unsure = unsure_fields(warnings)
    out: list[FieldView] = []
    for name in ("title", "region", "language", "summary", "project", "partners",
                 "target_groups", "funding", *SECTION_FIELDS):
        value: Any = getattr(record, name)
        view = FieldView(name, LABELS[name], "textarea" if name in LONG else "text",
                         unsure=unsure.get(name))
        if name in LIST_FIELDS:
            view.value = ", ".join(value)
        elif name in TEXT_FIELDS or name in LONG:
            view.value = value or ""
        out.append(view)
    return out


def original_sections(record: Practice) -> list[dict[str, str]]:
    """The sheet as read, heading by heading, for the left side of the review page."""
    head = [{"heading": "Summary", "text": record.summary}] if record.summary else []
    return head + [{"heading": s.heading, "text": s.text} for s in record.sections]


def sheet_view(state: SheetState) -> dict[str, Any]:
    record = state.record
    data = record.model_dump(mode="json")
    return {"id": state.id, "status": state.status, "version": state.version,
            "title": record.title, "warnings": state.warnings,
            "duplicate_of": state.duplicate_of, "translations": record.translations,
            "missing": missing_fields(data),
            "file": record.source.file if record.source else None,
            "has_original": bool(record.source and record.source.stored_as),
            "is_live": state.status != "deleted",
            "can_publish": state.status == "draft",
            "can_unpublish": state.status == "published"}


def record_rows(record: Practice) -> list[tuple[str, str]]:
    """A version's fields as label/value rows, empty ones left out."""
    rows = []
    for name in ("title", "kind", "country", "city", "region", "language", "summary",
                 "themes", "project", "partners", "funding", *SECTION_FIELDS):
        value = getattr(record, name)
        text = ", ".join(value) if isinstance(value, list) else (value or "")
        if text:
            rows.append((LABELS[name], str(text)))
    return rows


def list_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": r["id"], "title": r.get("title") or r["id"], "status": r["status"],
             "version": r.get("version") or "—", "updated_at": r.get("updated_at") or "",
             "missing": ", ".join(missing_fields(r.get("record") or {}))} for r in rows]


def status_counts(rows: list[dict[str, Any]]) -> list[tuple[str, int]]:
    counts = Counter(r["status"] for r in rows)
    return [(s, counts.get(s, 0)) for s in ("draft", "published", "deleted")]


def gap_rows(entries: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Logged zero- and low-result searches, for the dashboard."""
    out = []
    for entry in entries:
        filters = entry.get("filters") or {}
        out.append({"time": str(entry.get("time", "")), "q": str(entry.get("q", "")),
                    "filters": ", ".join(f"{k}={v}" for k, v in filters.items()),
                    "total": str(entry.get("total", ""))})
    return out


DRAFTS_LISTED = 200  # an import's drafts listed on its report page; the rest are counted


def mapping_choices() -> list[dict[str, str]]:
    """What a spreadsheet column can be mapped to, with the UI text key of each."""
    from repository.workspace.imports import CHOICES

    return [{"value": name, "key": f"field_{name}"} for name in CHOICES]


def import_view(result: ImportReport) -> dict[str, Any]:
    """An import's report: counts, every failure, the first drafts, the file's notes."""
    table = result.table or {}
    return {"file": result.file, "counts": result.counts, "failed": result.failed,
            "drafts": result.drafts[:DRAFTS_LISTED],
            "more": max(len(result.drafts) - DRAFTS_LISTED, 0),
            "extra_columns": table.get("extra_columns", []),
            "notes": table.get("notes", []), "blank_rows": table.get("blank_rows", 0)}

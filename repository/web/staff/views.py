"""View models for the workspace pages: templates only loop over what is computed here."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pycountry

from repository.labels import label
from repository.model import SECTION_FIELDS, Practice
from repository.search.request import KINDS
from repository.vocabulary import load_vocabulary
from repository.web.i18n import moment, translate
from repository.workspace.edits import (
    LIST_FIELDS,
    TEXT_FIELDS,
    missing_fields,
    unsure_fields,
)
from repository.workspace.imports import ImportReport
from repository.workspace.sheets import SheetState

LONG = ("summary", *SECTION_FIELDS)
STATUSES = ("draft", "published", "deleted")


def field_label(name: str, locale: str) -> str:
    """A record field's name in the UI language (section fields as the practice page
    names them)."""
    key = f"section_{name}" if name in SECTION_FIELDS else f"field_{name}"
    return translate(key, locale)


def fields_text(names: list[str], locale: str) -> str:
    """Field names joined for a "missing: …" line."""
    return ", ".join(field_label(n, locale) for n in names)


@dataclass
class Option:
    value: str
    label: str
    selected: bool


@dataclass
class FieldView:
    name: str
    label: str
    widget: str  # text | textarea | select | checkboxes
    value: str = ""
    options: list[Option] = field(default_factory=list)
    unsure: str | None = None  # the extraction warning about this field


def _countries(locale: str) -> list[tuple[str, str]]:
    """Every ISO country, named in the UI language, in that language's order."""
    named = [(c.alpha_2, label("country", c.alpha_2, locale)) for c in pycountry.countries]
    return sorted(named, key=lambda pair: pair[1].casefold())


def edit_fields(record: Practice, warnings: list[str], locale: str = "en") -> list[FieldView]:
    """Every editable field with its current value, widget and any doubt about it."""
    unsure = unsure_fields(warnings)
    vocabulary = load_vocabulary()
    out: list[FieldView] = []
    for name in ("title", "kind", "country", "city", "region", "language", "summary",
                 "themes", "project", "partners", "target_groups", "funding", *SECTION_FIELDS):
        value: Any = getattr(record, name)
        view = FieldView(name, field_label(name, locale),
                         "textarea" if name in LONG else "text", unsure=unsure.get(name))
        if name == "country":
            view.widget = "select"
            view.options = [Option("", translate("review_no_country", locale), not value)] + [
                Option(code, f"{text} ({code})", code == value)
                for code, text in _countries(locale)]
        elif name == "kind":
            view.widget = "select"
            view.options = [Option(k, label("kind", k, locale), k == value) for k in KINDS]
        elif name == "themes":
            view.widget = "checkboxes"
            view.options = [Option(k, vocabulary.label(k, locale), k in value)
                            for k in vocabulary.theme_keys]
        elif name in LIST_FIELDS:
            view.value = ", ".join(value)
        elif name in TEXT_FIELDS or name in LONG:
            view.value = value or ""
        out.append(view)
    return out


def original_sections(record: Practice, locale: str = "en") -> list[dict[str, str]]:
    """The sheet as read, heading by heading, for the left side of the review page."""
    head = [{"heading": translate("field_summary", locale), "text": record.summary}] \
        if record.summary else []
    return head + [{"heading": s.heading, "text": s.text} for s in record.sections]


def sheet_view(state: SheetState, locale: str = "en") -> dict[str, Any]:
    record = state.record
    data = record.model_dump(mode="json")
    return {"id": state.id, "status": state.status, "version": state.version,
            "status_label": translate(f"status_{state.status}", locale),
            "title": record.title, "language": record.language or "",
            "warnings": state.warnings,
            "duplicate_of": state.duplicate_of, "translations": record.translations,
            "missing": fields_text(missing_fields(data), locale),
            "file": record.source.file if record.source else None,
            "has_original": bool(record.source and record.source.stored_as),
            "is_live": state.status != "deleted",
            "can_publish": state.status == "draft",
            "can_unpublish": state.status == "published"}


def record_rows(record: Practice, locale: str = "en") -> list[tuple[str, str, str]]:
    """A version's fields as (label, value, language of the value) rows, empty ones left
    out: keys (kind, country, language, themes) read in the UI language, the rest is the
    sheet's own text."""
    rows = []
    for name in ("title", "kind", "country", "city", "region", "language", "summary",
                 "themes", "project", "partners", "funding", *SECTION_FIELDS):
        value = getattr(record, name)
        if name in ("kind", "language") and value:
            text, lang = label(name, value, locale), locale
        elif name == "country" and value:
            text, lang = f"{label('country', value, locale)} ({value})", locale
        elif name == "themes":
            text, lang = ", ".join(label("theme", t, locale) for t in value), locale
        else:
            text = ", ".join(value) if isinstance(value, list) else (value or "")
            lang = record.language or locale
        if text:
            rows.append((field_label(name, locale), str(text), lang))
    return rows


def list_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sheet list as the JSON API gives it: raw values, field names as keys."""
    return [{"id": r["id"], "title": r.get("title") or r["id"], "status": r["status"],
             "version": r.get("version") or "—", "updated_at": r.get("updated_at") or "",
             "missing": ", ".join(missing_fields(r.get("record") or {}))} for r in rows]


def page_rows(rows: list[dict[str, Any]], locale: str) -> list[dict[str, Any]]:
    """The sheet list as the pages show it: status, time and field names in the UI
    language."""
    return [{**row, "status_label": translate(f"status_{row['status']}", locale),
             "updated_at": moment(row["updated_at"], locale),
             "missing": fields_text(missing_fields(source.get("record") or {}), locale),
             "language": (source.get("record") or {}).get("language") or ""}
            for row, source in zip(list_rows(rows), rows, strict=True)]


def status_counts(rows: list[dict[str, Any]], locale: str = "en") -> list[dict[str, Any]]:
    """Drafts, published, deleted: each with its count in words ("3 drafts")."""
    counts = Counter(r["status"] for r in rows)
    return [{"status": s, "text": translate(f"dash_{s}", locale, n=counts.get(s, 0))}
            for s in STATUSES]


def audit_rows(entries: list[dict[str, Any]], locale: str = "en") -> list[dict[str, Any]]:
    """Audit entries with the time and the action in the UI language."""
    return [{**entry, "at": moment(entry.get("at"), locale),
             "action": action_label(str(entry.get("action", "")), locale)}
            for entry in entries]


def action_label(action: str, locale: str) -> str:
    """An audit or version action in the UI language; an unknown one as it is."""
    named = translate(f"action_{action}", locale)
    return action if named == f"action_{action}" else named


def version_rows(versions: list[dict[str, Any]], locale: str) -> list[dict[str, Any]]:
    """A sheet's versions with action, status and time in the UI language."""
    return [{**v, "action": action_label(str(v.get("action", "")), locale),
             "status": translate(f"status_{v.get('status')}", locale),
             "created_at": moment(v.get("created_at"), locale)} for v in versions]


def gap_rows(entries: list[dict[str, Any]], locale: str = "en") -> list[dict[str, str]]:
    """Logged zero- and low-result searches, for the dashboard."""
    out = []
    for entry in entries:
        filters = entry.get("filters") or {}
        out.append({"time": moment(str(entry.get("time", "")), locale),
                    "q": str(entry.get("q", "")),
                    "filters": ", ".join(f"{k}={v}" for k, v in filters.items()),
                    "total": str(entry.get("total", ""))})
    return out


def user_rows(users: list[Any], locale: str) -> list[dict[str, Any]]:
    """Accounts with their role in the UI language."""
    return [{"id": u.id, "email": u.email, "role": translate(f"role_{u.role}", locale)}
            for u in users]


def token_rows(tokens: list[Any], locale: str) -> list[dict[str, Any]]:
    """API tokens with their dates the locale's way."""
    return [{"id": t.id, "name": t.name, "email": t.email,
             "created_at": moment(t.created_at, locale),
             "revoked_at": moment(t.revoked_at, locale) if t.revoked_at else ""}
            for t in tokens]


DRAFTS_LISTED = 200  # an import's drafts listed on its report page; the rest are counted


def mapping_choices() -> list[dict[str, str]]:
    """What a spreadsheet column can be mapped to, with the UI text key of each."""
    from repository.workspace.imports import CHOICES

    return [{"value": name, "key": f"field_{name}"} for name in CHOICES]


IMPORT_STATUSES = ("added", "updated", "unchanged")


def import_view(result: ImportReport, locale: str) -> dict[str, Any]:
    """An import's report: counts, every failure, the first drafts (what the import did
    to each, in the UI language), the file's notes."""
    table = result.table or {}
    drafts = [{**d, "status_label": translate(f"import_status_{d['status']}", locale)
               if d.get("status") in IMPORT_STATUSES else d.get("status", "")}
              for d in result.drafts[:DRAFTS_LISTED]]
    return {"file": result.file, "counts": result.counts, "failed": result.failed,
            "drafts": drafts,
            "more": max(len(result.drafts) - DRAFTS_LISTED, 0),
            "extra_columns": table.get("extra_columns", []),
            "notes": table.get("notes", []), "blank_rows": table.get("blank_rows", 0)}

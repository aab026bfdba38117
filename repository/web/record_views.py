"""View models of one record: the practice page and the compare table."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from markupsafe import Markup, escape

from repository.labels import label
from repository.model import SECTION_FIELDS, Practice, YearMonth
from repository.search.request import SearchRequest
from repository.web.i18n import translate
from repository.web.views import money, url_with

MAX_COMPARE = 4


def years(practice: Practice, locale: str) -> str | None:
    """`2015-03–2018`, `2019–ongoing`, `2020`, or None."""
    start, end = _ym(practice.start), _ym(practice.end)
    if end is None and practice.ongoing:
        end = translate("ongoing", locale)
    if start and end:
        return f"{start}–{end}"
    return start or end


def _ym(value: YearMonth | None) -> str | None:
    if value is None:
        return None
    return f"{value.year}-{value.month:02d}" if value.month else str(value.year)


def budget(practice: Practice, locale: str) -> str | None:
    """The budget as the sheet wrote it, with its amount in EUR where known."""
    found = practice.budget
    if found is None:
        return practice.budget_text.splitlines()[0][:160] if practice.budget_text else None
    if found.no_budget:
        return translate("no_budget", locale)
    parts = [found.text or ""]
    if found.eur is not None and (found.currency != "EUR" or not found.text):
        parts.append(f"(≈ {money(found.eur, locale)})" if found.text else money(found.eur,
                                                                                   locale))
    return " ".join(p for p in parts if p) or None


def place(practice: Practice, locale: str) -> str | None:
    """City, region, country name."""
    country = label("country", practice.country, locale) if practice.country else None
    return ", ".join(filter(None, [practice.city, practice.region, country])) or None


def organisation(practice: Practice, locale: str) -> str | None:
    """The lead organisation with its type: `Ville de Lyon (Local authority)`."""
    kind = label("organisation_type", practice.lead_organisation_type, locale) \
        if practice.lead_organisation_type else None
    if practice.lead_organisation and kind:
        return f"{practice.lead_organisation} ({kind})"
    return practice.lead_organisation or kind


def links(practice: Practice) -> list[dict[str, str]]:
    """The sheet's web links that a browser may open (http and https only)."""
    return [{"url": url, "text": re.sub(r"^https?://(?:www\.)?", "", url).rstrip("/")}
            for url in practice.urls if re.match(r"https?://", url, re.I)]


def _facts(practice: Practice, locale: str) -> list[dict[str, Any]]:
    def search_link(name: str, value: str | None) -> str | None:
        return url_with(SearchRequest(), **{name: [value]}) if value else None

    rows: list[tuple[str, str | None, str | None]] = [
        ("fact_kind", label("kind", practice.kind, locale), None),
        ("fact_place", place(practice, locale), search_link("country", practice.country)),
        ("fact_language", label("language", practice.language, locale)
         if practice.language else None, None),
        ("fact_years", years(practice, locale), None),
        ("fact_budget", budget(practice, locale), None),
        ("fact_evaluation", label("evaluation", practice.evaluation_kind, locale)
         if practice.evaluation_kind else None, None),
        ("fact_project", practice.project, search_link("project", practice.project)),
        ("fact_organisation", organisation(practice, locale),
         search_link("organisation_type", practice.lead_organisation_type)),
        ("fact_partners", "; ".join(practice.partners) or None, None),
        ("fact_funding", practice.funding, None),
        ("fact_targets", ", ".join(practice.target_groups) or None, None),
    ]
    return [{"label": translate(key, locale), "value": value, "url": url}
            for key, value, url in rows if value]


def sections(practice: Practice) -> list[dict[str, Any]]:
    """The sheet's sections in reading order, each cut into paragraphs."""
    found = [(s.heading, s.text) for s in practice.sections] or [
        (name.replace("_text", "").replace("_", " ").capitalize(), getattr(practice, name))
        for name in SECTION_FIELDS if getattr(practice, name)
    ]
    return [{"heading": heading, "anchor": f"s{i}",
             "blocks": [_block(p.strip()) for p in text.split("\n\n") if p.strip()]}
            for i, (heading, text) in enumerate(found, start=1)]


_ITEM = re.compile(r"(?:^|\s)[-•*] (?=\S)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _inline(text: str) -> Markup:
    """Escaped text; the sheet's `**bold**` becomes <strong>."""
    return Markup(_BOLD.sub(r"<strong>\1</strong>", str(escape(text))))


def _block(paragraph: str) -> dict[str, Any]:
    """A paragraph, or a list when the sheet wrote `- item` lines."""
    if _ITEM.match(paragraph):
        items = [i.strip().rstrip(";") for i in _ITEM.split(paragraph) if i.strip()]
        return {"list": [_inline(i) for i in items]}
    return {"text": _inline(paragraph)}


def practice_page(practice: Practice, locale: str, versions: list[Practice],
                  similar: list[dict[str, Any]], base_url: str) -> dict[str, Any]:
    """Everything the practice page shows."""
    permalink = f"{base_url.rstrip('/')}/practices/{practice.id}"
    when = practice.start.year if practice.start else None
    accessed = translate("accessed", locale, date=date.today().isoformat())
    cite = ". ".join(filter(None, [
        practice.title, place(practice, locale), str(when) if when else None,
        translate("site", locale)])) + f". {permalink} ({accessed})."
    return {
        "locale": locale,
        "practice": practice,
        "themes": [{"label": label("theme", t, locale),
                    "url": url_with(SearchRequest(), theme=[t])} for t in practice.themes],
        "facts": _facts(practice, locale),
        "links": links(practice),
        "sections": sections(practice),
        "source": {"url": f"/practices/{practice.id}/original", "file": practice.source.file,
                   "label": translate("download", locale, format=practice.source.format)}
        if practice.source and practice.source.stored_as else None,
        "versions": [{"url": f"/practices/{v.id}", "title": v.title or v.id,
                      "language": label("language", v.language or "?", locale),
                      "code": v.language or ""} for v in versions],
        "similar": [{"url": f"/practices/{s['id']}", "title": s.get("title"),
                     "place": ", ".join(filter(None, [
                         str(s.get("city") or ""),
                         label("country", s["country"], locale) if s.get("country") else ""])),
                     "language": s.get("language") or ""} for s in similar],
        "cite": cite,
        "permalink": permalink,
    }


COMPARE_ROWS = ("row_place", "row_summary", "row_themes", "row_objectives", "row_activities",
                "row_budget", "row_duration", "row_evaluation", "row_results")


def _cell(practice: Practice, row: str, locale: str) -> str:
    value: str | None
    if row == "row_place":
        value = place(practice, locale)
    elif row == "row_summary":
        value = practice.summary
    elif row == "row_themes":
        value = ", ".join(label("theme", t, locale) for t in practice.themes)
    elif row == "row_budget":
        value = budget(practice, locale)
    elif row == "row_duration":
        value = " · ".join(filter(None, [years(practice, locale), practice.duration_text]))
    elif row == "row_evaluation":
        kind = label("evaluation", practice.evaluation_kind, locale) \
            if practice.evaluation_kind else None
        value = " — ".join(filter(None, [kind, practice.evaluation]))
    else:
        value = getattr(practice, row.removeprefix("row_"))
    return value or "—"


def compare_page(practices: list[Practice], locale: str) -> dict[str, Any]:
    """The compare table: one column per practice, one row per aspect."""
    return {
        "locale": locale,
        "columns": [{"title": p.title, "url": f"/practices/{p.id}", "language": p.language}
                    for p in practices],
        "rows": [{"label": translate(row, locale),
                  "cells": [[para for para in _cell(p, row, locale).split("\n\n") if para]
                            for p in practices]}
                 for row in COMPARE_ROWS],
    }

"""View models of one record: the practice page and the compare table."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from babel.dates import format_skeleton
from markupsafe import Markup, escape

from repository.labels import cldr, label
from repository.model import SECTION_FIELDS, Practice, YearMonth
from repository.places import city_name
from repository.search.links import Linked
from repository.search.request import SearchRequest
from repository.vocabulary.safety_domains import practice_domains
from repository.web import kind_views
from repository.web.i18n import day, translate
from repository.web.views import money, url_with

MAX_COMPARE = 4


def years(practice: Practice, locale: str) -> str | None:
    """`2015-03–2018`, `2019–ongoing`, `2020`, or None."""
    start, end = _ym(practice.start, locale), _ym(practice.end, locale)
    if end is None and practice.ongoing:
        end = translate("ongoing", locale)
    if start and end:
        return f"{start}–{end}"
    return start or end


def _ym(value: YearMonth | None, locale: str) -> str | None:
    """`2015`, or a month the locale's way (`Mar 2015`, `mars 2015`)."""
    if value is None:
        return None
    if not value.month:
        return str(value.year)
    return format_skeleton("yMMM", date(value.year, value.month, 1), locale=cldr(locale))


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
    """City, region, country, the city and country as the reader's language names them."""
    country = label("country", practice.country, locale) if practice.country else None
    city = city_name(practice.city, locale, practice.country) if practice.city else None
    return ", ".join(filter(None, [city, practice.region, country])) or None


def organisation(practice: Practice, locale: str) -> Markup | str | None:
    """The lead organisation with its type: `Ville de Lyon (Local authority)`; the name
    is the sheet's (translate="no"), the type the UI's."""
    kind = label("organisation_type", practice.lead_organisation_type, locale) \
        if practice.lead_organisation_type else None
    name = Markup('<span translate="no">{}</span>').format(practice.lead_organisation) \
        if practice.lead_organisation else None
    if name and kind:
        return Markup("{} ({})").format(name, kind)
    return name or kind


def links(practice: Practice) -> list[dict[str, str]]:
    """The sheet's web links that a browser may open (http and https only)."""
    return [{"url": url, "text": re.sub(r"^https?://(?:www\.)?", "", url).rstrip("/")}
            for url in practice.urls if re.match(r"https?://", url, re.I)]


def _facts(practice: Practice, locale: str) -> list[dict[str, Any]]:
    def search_link(name: str, value: str | None) -> str | None:
        return url_with(SearchRequest(), **{name: [value]}) if value else None

    rows: list[tuple[str, Markup | str | None, str | None]] = [
        ("fact_kind", label("kind", practice.kind, locale), None),
        ("fact_place", place(practice, locale), search_link("country", practice.country)),
        ("fact_language", label("language", practice.language, locale)
         if practice.language else None, None),
        ("fact_years", years(practice, locale), None),
        ("fact_budget", budget(practice, locale), None),
        ("fact_evaluation", label("evaluation", practice.evaluation_kind, locale)
         if practice.evaluation_kind else None, None),
        ("fact_evidence", label("evidence", practice.evidence, locale)
         if practice.evidence else None, search_link("evidence", practice.evidence)),
        ("fact_domains", ", ".join(label("domain", d, locale)
                                   for d in practice_domains(practice)) or None, None),
        ("fact_project", practice.project, search_link("project", practice.project)),
        ("fact_organisation", organisation(practice, locale),
         search_link("organisation_type", practice.lead_organisation_type)),
        ("fact_partners", "; ".join(practice.partners) or None, None),
        ("fact_funding", practice.funding, None),
        # a resource's card shows its audience
        ("fact_targets", ", ".join(practice.target_groups)
         if practice.kind != "resource" else None, None),
    ]
    # these facts are the sheet's own words, in its language; the rest are the UI's
    own = ("fact_budget", "fact_project", "fact_partners", "fact_funding", "fact_targets")
    # what the evidence level means, beside it (docs/evidence.md has the scale)
    about = {"fact_evidence": translate(f"evidence_about_{practice.evidence}", locale)
             if practice.evidence else None}
    return [{"label": translate(key, locale), "value": value, "url": url,
             "lang": (practice.language or "") if key in own else "",
             "about": about.get(key), "id": key.replace("_", "-")}
            for key, value, url in rows if value]


def sections(practice: Practice, locale: str) -> list[dict[str, Any]]:
    """The sheet's sections in reading order, each cut into paragraphs; a record without
    the sheet's own headings gets the UI's names of its fields."""
    found = [(s.heading, s.text) for s in practice.sections] or [
        (translate(f"section_{name}", locale), getattr(practice, name))
        for name in SECTION_FIELDS if getattr(practice, name)
    ] + kind_views.profile_sections(practice, locale)
    return [{"heading": heading, "anchor": f"s{i}", "blocks": blocks(text)}
            for i, (heading, text) in enumerate(found, start=1)]


def blocks(text: str) -> list[dict[str, Any]]:
    """A text's paragraphs, each a paragraph or a list, with the sheet's bold kept."""
    return [_block(p.strip()) for p in text.split("\n\n") if p.strip()]


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
                  similar: list[dict[str, Any]], base_url: str,
                  linked: list[Linked] | None = None) -> dict[str, Any]:
    """Everything the practice page shows."""
    permalink = f"{base_url.rstrip('/')}/practices/{practice.id}"
    when = practice.start.year if practice.start else None
    accessed = translate("accessed", locale, date=day(date.today(), locale))
    # the title is the sheet's words, the URL a name: the template marks both
    cite = {"title": practice.title, "rest": ". ".join(filter(None, [
        place(practice, locale), str(when) if when else None, translate("site", locale)])),
        "accessed": accessed}
    return {
        "locale": locale,
        "practice": practice,
        "summary": _inline(practice.summary) if practice.summary else None,
        "themes": [{"label": label("theme", t, locale), "glossary": f"/glossary/{t}",
                    "url": url_with(SearchRequest(), theme=[t])} for t in practice.themes],
        "facts": _facts(practice, locale),
        "links": links(practice),
        "sections": sections(practice, locale),
        "source": {"url": f"/practices/{practice.id}/original", "file": practice.source.file,
                   "label": translate("download", locale, format=practice.source.format)}
        if practice.source and practice.source.stored_as else None,
        "versions": [{"url": f"/practices/{v.id}", "title": v.title or v.id,
                      "language": label("language", v.language or "?", locale),
                      "code": v.language or ""} for v in versions],
        "similar": [{"url": f"/practices/{s['id']}", "title": s.get("title"),
                     "place": ", ".join(filter(None, [
                         city_name(str(s["city"]), locale, s.get("country"))
                         if s.get("city") else "",
                         label("country", s["country"], locale) if s.get("country") else ""])),
                     "language": s.get("language") or ""} for s in similar],
        "cite": cite,
        "permalink": permalink,
        "profile": kind_views.profile(practice, locale),
        "resource": kind_views.resource_card(practice, locale),
        "linked": kind_views.linked_view(linked or [], locale),
    }


COMPARE_ROWS = ("row_place", "row_summary", "row_themes", "row_objectives", "row_activities",
                "row_budget", "row_duration", "row_evaluation", "row_results")


def _cell(practice: Practice, row: str, locale: str) -> list[tuple[str | None, bool]]:
    """A cell's parts: (text, whether it is the sheet's own words rather than the UI's)."""
    if row == "row_place":
        return [(place(practice, locale), False)]
    if row == "row_themes":
        return [(", ".join(label("theme", t, locale) for t in practice.themes), False)]
    if row == "row_budget":
        return [(budget(practice, locale), True)]
    if row == "row_duration":
        return [(years(practice, locale), False), (practice.duration_text, True)]
    if row == "row_evaluation":
        kind = label("evaluation", practice.evaluation_kind, locale) \
            if practice.evaluation_kind else None
        return [(kind, False), (practice.evaluation, True)]
    field = "summary" if row == "row_summary" else row.removeprefix("row_")
    return [(getattr(practice, field), True)]


def _cell_blocks(practice: Practice, row: str, locale: str) -> list[dict[str, Any]]:
    """The cell as paragraphs and lists like the practice page, each with its language."""
    out = [{**block, "lang": practice.language or locale if own else locale}
           for text, own in _cell(practice, row, locale) if text for block in blocks(text)]
    return out or [{"text": "—", "lang": locale}]


def compare_page(practices: list[Practice], locale: str) -> dict[str, Any]:
    """The compare table: one column per practice, one row per aspect."""
    return {
        "locale": locale,
        "columns": [{"title": p.title, "url": f"/practices/{p.id}", "language": p.language}
                    for p in practices],
        "rows": [{"label": translate(row, locale),
                  "cells": [_cell_blocks(p, row, locale) for p in practices]}
                 for row in COMPARE_ROWS],
    }

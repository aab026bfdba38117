"""View models of what only some kinds of record show: a police force's profile, a
resource's card, and the records a page links to (a practice's resources, a resource's
practices)."""

from __future__ import annotations

from typing import Any

from babel.numbers import format_decimal

from repository.labels import cldr, label
from repository.model import PROFILE_FIELDS, Practice
from repository.search.links import Linked
from repository.search.request import SearchRequest
from repository.web.i18n import translate
from repository.web.views import url_with


def _chips(facet: str, values: list[str], locale: str) -> list[dict[str, str]]:
    return [{"label": label(facet, v, locale), "url": url_with(SearchRequest(), **{facet: [v]})}
            for v in values]


def profile(practice: Practice, locale: str) -> dict[str, Any] | None:
    """An ID sheet's profile panel: its competencies (each a link to the faceted search)
    and its head count; None for other kinds."""
    if practice.kind != "id_sheet":
        return None
    count = (format_decimal(practice.personnel_count, locale=cldr(locale))
             if practice.personnel_count is not None else None)
    return {"competencies": _chips("competency", practice.competencies, locale),
            "personnel": count,
            "has_units": bool(practice.units)}


def resource_card(practice: Practice, locale: str) -> dict[str, Any] | None:
    """A resource's card: its type (a link to the faceted search), formats, languages, and
    where to open it; None for other kinds."""
    if practice.kind != "resource":
        return None
    kind = practice.resource_type
    return {
        "type": {"label": label("resource_type", kind, locale),
                 "url": url_with(SearchRequest(), resource_type=[kind])} if kind else None,
        "formats": ", ".join(practice.formats) or None,
        "languages": ", ".join(label("language", code, locale)
                               for code in practice.resource_languages) or None,
        "audience": "; ".join(practice.target_groups) or None,
        "open": next(iter(practice.urls), None),
    }


def linked_view(found: list[Linked], locale: str) -> dict[str, list[dict[str, Any]]]:
    """Linked records in two lists: resources, and practices (any other kind)."""
    def row(item: Linked) -> dict[str, Any]:
        kind = label("resource_type", item.resource_type, locale) if item.resource_type \
            else label("kind", item.kind, locale)
        return {"url": f"/practices/{item.id}", "title": item.title,
                "language": item.language or "", "kind": kind}

    return {"resources": [row(i) for i in found if i.kind == "resource"],
            "practices": [row(i) for i in found if i.kind != "resource"]}


def profile_sections(practice: Practice, locale: str) -> list[tuple[str, str]]:
    """A record without the sheet's own headings: the UI's names of its profile fields."""
    return [(translate(f"section_{name}", locale), getattr(practice, name))
            for name in PROFILE_FIELDS if getattr(practice, name)]

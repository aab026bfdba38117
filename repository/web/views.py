"""View models: what templates loop over, computed here so templates hold no logic."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

from repository.model import SECTION_FIELDS, Practice
from repository.search.request import SearchRequest
from repository.search.service import SearchHit, SearchResponse
from repository.vocabulary import load_vocabulary

FACET_TITLES = {"theme": "Theme", "country": "Country", "city": "City",
                "language": "Language", "kind": "Kind", "project": "Project",
                "evaluation": "Evaluation", "year": "Start year", "budget": "Budget (EUR)"}
# facets whose values a visitor can tick (the others are shown as counts)
TOGGLABLE = ("theme", "country", "city", "language", "kind", "project", "evaluation")


@dataclass
class FacetValue:
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Facet:
    name: str
    title: str
    values: list[FacetValue]


def query_pairs(request: SearchRequest) -> list[tuple[str, str]]:
    """The request as query-string pairs, defaults left out."""
    pairs: list[tuple[str, str]] = []
    data = request.model_dump(exclude_defaults=True, exclude={"include_drafts"})
    for key, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append((key, str(item).lower() if isinstance(item, bool) else str(item)))
    return pairs


def url_with(request: SearchRequest, **changes: Any) -> str:
    """The search URL with some parameters replaced (None removes one)."""
    multi = [(k, v) for k, v in query_pairs(request) if k not in changes and k != "page"]
    for key, value in changes.items():
        if value is None:
            continue
        for item in value if isinstance(value, list) else [value]:
            multi.append((key, str(item)))
    return "/?" + urlencode(multi) if multi else "/"


def facets_view(request: SearchRequest, response: SearchResponse) -> list[Facet]:
    vocabulary = load_vocabulary()
    out = []
    for name in TOGGLABLE:
        selected = set(getattr(request, name))
        values = []
        for item in response.facets.get(name, []):
            value = str(item["value"])
            chosen = sorted(selected ^ {value})
            label = vocabulary.label(value) if name == "theme" else value
            values.append(FacetValue(label, item["count"], value in selected,
                                     url_with(request, **{name: chosen})))
        if values:
            out.append(Facet(name, FACET_TITLES[name], values))
    return out


def highlighted(hit: SearchHit) -> Markup:
    """The snippet, escaped, with its highlight spans wrapped in <mark>."""
    parts: list[str] = []
    last = 0
    for start, end in hit.highlights:
        parts.append(str(escape(hit.snippet[last:start])))
        parts.append(f"<mark>{escape(hit.snippet[start:end])}</mark>")
        last = end
    parts.append(str(escape(hit.snippet[last:])))
    return Markup("".join(parts))


def hit_view(hit: SearchHit) -> dict[str, Any]:
    vocabulary = load_vocabulary()
    return {
        "id": hit.id, "title": hit.title,
        "place": ", ".join(filter(None, [hit.city, hit.country])),
        "languages": hit.languages or [hit.language],
        "themes": [vocabulary.label(t) for t in hit.themes],
        "snippet": highlighted(hit), "section": hit.section,
    }


def practice_view(practice: Practice) -> dict[str, Any]:
    vocabulary = load_vocabulary()
    facts = [
        ("Kind", practice.kind.replace("_", " ")),
        ("City", practice.city), ("Region", practice.region), ("Country", practice.country),
        ("Language", practice.language), ("Project", practice.project),
        ("Funding", practice.funding),
        ("Budget", _budget(practice)),
        ("Start", _ym(practice.start)), ("End", _ym(practice.end) or
                                         ("ongoing" if practice.ongoing else None)),
        ("Evaluation", practice.evaluation_kind),
        ("Partners", ", ".join(practice.partners) or None),
        ("Target groups", ", ".join(practice.target_groups) or None),
        ("Source file", practice.source.file if practice.source else None),
    ]
    sections = practice.sections or [
        {"heading": name, "text": getattr(practice, name)}
        for name in SECTION_FIELDS if getattr(practice, name)
    ]
    return {
        "practice": practice,
        "themes": [vocabulary.label(t) for t in practice.themes],
        "facts": [(k, v) for k, v in facts if v],
        "sections": sections,
    }


def _ym(value: Any) -> str | None:
    if value is None:
        return None
    return f"{value.year}-{value.month:02d}" if value.month else str(value.year)


def _budget(practice: Practice) -> str | None:
    budget = practice.budget
    if budget is None:
        return practice.budget_text.splitlines()[0][:120] if practice.budget_text else None
    if budget.no_budget:
        return "no dedicated budget"
    parts = [budget.text or ""]
    if budget.amount is not None and budget.currency:
        parts.append(f"({budget.amount:,.0f} {budget.currency}")
        if budget.eur is not None and budget.currency != "EUR":
            parts[-1] += f" ≈ {budget.eur:,.0f} EUR"
        parts[-1] += ")"
    return " ".join(p for p in parts if p) or None

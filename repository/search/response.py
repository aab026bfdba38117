"""What a search returns: the page of hits, each with why it matched, and the facets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SUMMARY_SECTION = "Summary"  # the section name of a sheet's title-and-summary passage


@dataclass
class SearchHit:
    """One result, with why it matched."""

    id: str
    title: str
    score: float
    country: str | None
    city: str | None
    language: str | None
    themes: list[str]
    snippet: str
    section: str | None
    highlights: list[tuple[int, int]]
    signals: list[str]
    translations: list[str]
    languages: list[str]
    kind: str
    start_year: int | None
    budget_eur: float | None
    evaluation_kind: str | None
    evidence: str | None = None
    competencies: list[str] = field(default_factory=list)
    resource_type: str | None = None
    safety_domains: list[str] = field(default_factory=list)  # USM domains, DOMAINS keys


@dataclass
class SearchResponse:
    """The page of hits, the total of the result set and its facets."""

    query: str
    mode: str
    total: int
    page: int
    per_page: int
    hits: list[SearchHit]
    facets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    corrections: dict[str, str] = field(default_factory=dict)  # query word → known word
    sheets: int = 0  # sheets in the result set, what facets count (≥ total: practices)

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "mode": self.mode,
            "total": self.total,
            "sheets": self.sheets,
            "page": self.page,
            "per_page": self.per_page,
            "hits": [
                {
                    "id": h.id, "title": h.title, "score": round(h.score, 6),
                    "country": h.country, "city": h.city, "language": h.language,
                    "themes": h.themes, "snippet": h.snippet, "section": h.section,
                    "highlights": [list(x) for x in h.highlights], "signals": h.signals,
                    "translations": h.translations, "languages": h.languages,
                    "kind": h.kind,
                    "start_year": h.start_year, "budget_eur": h.budget_eur,
                    "evaluation_kind": h.evaluation_kind, "evidence": h.evidence,
                    "competencies": h.competencies, "resource_type": h.resource_type,
                    "safety_domains": h.safety_domains,
                }
                for h in self.hits
            ],
            "facets": self.facets,
            "corrections": self.corrections,
        }

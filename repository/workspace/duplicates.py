"""Likely duplicates of a sheet: the same practice already in the repository, in any language.

Candidates are the nearest sheets by whole-sheet meaning (the `doc` vector), drafts
included; each is scored by that similarity, plus how alike the titles are and
whether the place is the same. Pure scoring, one `Store.neighbours` call at the edge.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from repository.errors import NotFound
from repository.search.store import Store
from repository.text import fold

NEIGHBOURS = 20
THRESHOLD = 0.6


def title_similarity(a: str, b: str) -> float:
    """How alike two titles read, accents and case ignored (0 to 1)."""
    return SequenceMatcher(None, fold(a), fold(b)).ratio()


def duplicate_score(cosine: float, title_ratio: float, same_city: bool, same_country: bool
                    ) -> float:
    """One number: meaning first, then title, then place."""
    return round(0.7 * cosine + 0.2 * title_ratio + 0.07 * same_city + 0.03 * same_country, 4)


def suggest(store: Store, sheet_id: str, limit: int = 5) -> list[dict[str, Any]]:
    """Up to `limit` sheets likely to be the same practice, best first."""
    try:
        source, near = store.neighbours(sheet_id, NEIGHBOURS, published_only=False)
    except NotFound:
        return []
    group = source.translation_group
    out = []
    for hit in near:
        if hit.id == sheet_id or (group and hit.translation_group == group
                                  and group != sheet_id):
            continue
        ratio = title_similarity(str(source.title or ""), str(hit.title or ""))
        same_city = bool(source.city) and fold(str(source.city)) == fold(str(hit.city or ""))
        same_country = bool(source.country) and source.country == hit.country
        score = duplicate_score(hit.score, ratio, same_city, same_country)
        if score < THRESHOLD:
            continue
        reasons = [f"meaning {hit.score:.2f}"]
        if ratio >= 0.6:
            reasons.append(f"title {ratio:.2f}")
        if same_city:
            reasons.append("same city")
        out.append({"id": hit.id, "title": hit.title, "language": hit.language,
                    "country": hit.country, "city": hit.city,
                    "publication": hit.publication, "score": score,
                    "reasons": reasons})
    out.sort(key=lambda d: -d["score"])
    return out[:limit]

"""The order of results, as pure functions over hits: total sort keys, one hit per
practice, and the language of a query.

Every order ends with the record id, so the same search gives the same order on
every call and pages of it never repeat or skip a sheet, whatever the engine does
with ties.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from repository.search import index as ix
from repository.text import LANGUAGES

# fields a hit's payload needs for ordering and grouping
ORDER_FIELDS = ("id", "translation_group", "language", "sort_start", "title")
# below this probability a query's language is a guess ("drugs" is Dutch at 0.37)
LANGUAGE_CONFIDENCE = 0.6


def by_relevance(hits: list[ix.Hit]) -> list[ix.Hit]:
    """Best score first, ties by id."""
    return sorted(hits, key=lambda h: (-h.score, h.id))


def newest_key(payload: dict[str, Any]) -> tuple[int, str]:
    """Latest start first (sheets with no start date last), ties by id."""
    return -int(payload.get("sort_start") or 0), str(payload.get("id"))


def title_key(payload: dict[str, Any]) -> tuple[str, str]:
    """Title A to Z, case-insensitive, ties by id."""
    return str(payload.get("title") or "").casefold(), str(payload.get("id"))


def sort_hits(hits: list[ix.Hit], sort: str) -> list[ix.Hit]:
    """Hits in the order a request's `sort` asks for (relevance keeps theirs)."""
    if sort == "newest":
        return sorted(hits, key=lambda h: newest_key(h.payload))
    if sort == "title":
        return sorted(hits, key=lambda h: title_key(h.payload))
    return hits


def collapse_translations(hits: list[ix.Hit], prefer: str | None = None) -> list[ix.Hit]:
    """One hit per practice, at the rank of its best version.

    The version shown is the first (best) one in the language `prefer`, if one of
    that language is among the hits, else the best one.
    """
    chosen: dict[str, ix.Hit] = {}
    for hit in hits:
        group = str(hit.payload.get("translation_group") or hit.id)
        best = chosen.get(group)
        if best is None:
            chosen[group] = hit
        elif prefer and hit.payload.get("language") == prefer \
                and best.payload.get("language") != prefer:
            chosen[group] = ix.Hit(hit.id, best.score, hit.payload)  # the group's score
    return list(chosen.values())  # a dict keeps first insertion order: the best rank


@cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def query_language(query: str) -> str | None:
    """The language of a query among the sheet languages, or None when unsure.

    Queries are short, so the guess counts only when py3langid (restricted to our
    languages, probabilities normalised) gives it at least LANGUAGE_CONFIDENCE.
    """
    if sum(c.isalpha() for c in query) < 3:
        return None
    language, probability = _identifier().classify(query[:1000])
    return str(language) if probability >= LANGUAGE_CONFIDENCE else None

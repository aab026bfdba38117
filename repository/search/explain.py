"""Why each hit matched: its best passage with the query's terms highlighted, and the
signals (keyword, semantic, concept) that found it."""

from __future__ import annotations

from typing import Any

import numpy as np

from repository.search import index as ix
from repository.search import lexical
from repository.search.response import SearchHit
from repository.search.snippets import Snippet, best_snippet
from repository.search.store import Store
from repository.search.understand import Signals


def explain(store: Store, signals: Signals | None, hits: list[ix.Hit]) -> list[SearchHit]:
    """The page's hits as `SearchHit`s: record fields, snippet, signals, languages."""
    payloads = store.index.retrieve([h.id for h in hits], with_vectors=signals is not None)
    by_id = {p["id"]: p for p in payloads}
    others = sorted({t for p in payloads for t in p["record"].get("translations", [])})
    language_of = {p["id"]: p.get("language") for p in store.index.retrieve(others)}
    out = []
    marked = set(signals.terms | signals.related) if signals else set()
    for hit in hits:
        data = by_id.get(hit.id)
        if data is None:
            continue
        record = data["record"]
        snippet: Snippet = best_snippet(
            data.get("passages", []), record.get("language"), marked,
            np.asarray(signals.dense) if signals and signals.dense else None,
            data.get("_vectors", {}).get(ix.SECTIONS),
        )
        out.append(SearchHit(
            id=hit.id, title=record["title"], score=hit.score, country=record.get("country"),
            city=record.get("city"), language=record.get("language"),
            themes=record.get("themes", []), snippet=snippet.text, section=snippet.section,
            highlights=snippet.highlights,
            signals=_signals_of(data, signals, snippet),
            translations=[t for t in record.get("translations", []) if t in language_of],
            languages=sorted({record.get("language") or "", *(
                language_of[t] or "" for t in record.get("translations", []) if t in language_of
            )} - {""}),
            kind=record.get("kind", "practice"),
            start_year=data.get("start_year"), budget_eur=data.get("budget_eur"),
            evaluation_kind=record.get("evaluation_kind"),
        ))
    return out


def _signals_of(data: dict[str, Any], signals: Signals | None, snippet: Snippet
                ) -> list[str]:
    """keyword: the sheet has one of the query's terms; semantic: its best passage is
    above the threshold; concept: it shares a vocabulary concept with the query (the
    concept signal, or its labels in the sheet's language)."""
    if signals is None:
        return []
    vectors = data.get("_vectors", {})
    found = []
    if _shares(vectors.get(ix.LEXICAL), {lexical.term_id(t) for t in signals.terms}):
        found.append("keyword")
    if signals.dense is not None and snippet.similarity >= signals.ranking.semantic_threshold:
        found.append("semantic")
    if _shares(vectors.get(ix.CONCEPTS), set(signals.concepts.indices)) or _shares(
            vectors.get(ix.LEXICAL), {lexical.term_id(t) for t in signals.related}):
        found.append("concept")
    return found


def _shares(vector: object, ids: set[int]) -> bool:
    return isinstance(vector, ix.Sparse) and bool(ids) and not ids.isdisjoint(vector.indices)
